package bnlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment's {@code variants}: each is the shared experiment with the variant's overrides
 * merged in field by field, read and validated as a whole experiment. The merge works on the JSON
 * tree, so any field an experiment file may hold can be varied, except those every variant must
 * share for the comparison to be fair (the data, the seed, the length and the measuring cadence).
 */
public final class Variants {
    public static final int MIN = 2;
    public static final int MAX = 3;
    /** Fields every variant shares: same data, same initial weights, same steps, measured at the same steps. */
    static final Set<String> SHARED = Set.of("name", "variants", "compare", "dataset", "seed", "steps", "evalEvery",
            "statsEvery", "probeSize", "histograms");

    private static final ObjectMapper MAPPER = new ObjectMapper() // absent, not null: a null in a file is a mistake
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    /** One variant, resolved: its display name and the whole experiment it trains. */
    public record Resolved(String name, Experiment experiment) {}

    private Variants() {}

    /** The variants of {@code e}, each as a whole experiment (without variants and compare); empty if it has none. */
    public static List<Resolved> resolve(Experiment e) {
        List<Resolved> out = new ArrayList<>();
        for (Variant v : e.variants()) {
            List<String> problems = new ArrayList<>();
            Experiment x = merge(e, v, problems);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("variant " + bnlab.data.Quoted.text(v.name()) + ": " + String.join("; ", problems));
            }
            out.add(new Resolved(v.name(), x));
        }
        return out;
    }

    /** The shared experiment alone: what every variant starts from. */
    public static Experiment base(Experiment e) {
        return e.withVariants(List.of()).withCompare(false);
    }

    /**
     * Reads the file's {@code variants} entry; problems go to {@code problems}. Null or absent gives
     * an empty list.
     */
    static List<Variant> parse(JsonNode raw, List<String> problems) {
        List<Variant> out = new ArrayList<>();
        if (raw == null || raw.isNull()) return out;
        if (!raw.isArray()) {
            problems.add("variants must be a list in [ ] of " + MIN + " or " + MAX + " entries, each {\"name\": ..., and the fields that differ}; got " + JsonFields.echo(raw));
            return out;
        }
        for (int i = 0; i < raw.size(); i++) {
            JsonNode entry = raw.get(i);
            if (!entry.isObject()) {
                problems.add("variants[" + i + "] must be an object in { } with a name and the fields that differ; got " + JsonFields.echo(entry));
                continue;
            }
            JsonNode name = entry.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                problems.add("variants[" + i + "] needs a name in quotes, e.g. \"name\": \"LN, rate 0.01\"");
                continue;
            }
            ObjectNode overrides = ((ObjectNode) entry).deepCopy();
            overrides.remove("name");
            out.add(new Variant(name.asText(), overrides));
        }
        return out;
    }

    /**
     * Every problem of {@code e}'s variants, each naming its variant. A problem the shared experiment
     * already has (reported once, without a variant) is not repeated for each variant.
     */
    static List<String> problems(Experiment e, List<String> sharedProblems) {
        List<String> p = new ArrayList<>();
        List<Variant> variants = e.variants();
        if (variants.isEmpty()) return p;
        if (variants.size() < MIN || variants.size() > MAX) {
            p.add("variants must list " + MIN + " or " + MAX + " variants; got " + variants.size());
        }
        if (e.compare()) {
            p.add("compare and variants cannot be used together: compare is the shorthand for two variants"
                    + " (this normalization and none); list them in variants instead");
        }
        Set<String> names = new HashSet<>();
        for (Variant v : variants) {
            String who = "variant " + bnlab.data.Quoted.text(v.name()) + ": ";
            if (!names.add(v.name())) p.add(who + "another variant has the same name; every variant needs its own name");
            p.addAll(Names.problems("variants[" + variants.indexOf(v) + "].name", v.name(), Names.MAX_VARIANT));
            boolean sharedOnly = false;
            for (Iterator<String> it = v.overrides().fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (SHARED.contains(field)) {
                    p.add(who + field + " is shared by every variant (so that they compare fairly) and cannot differ;"
                            + " set it once, outside variants");
                    sharedOnly = true;
                }
            }
            if (sharedOnly) continue;
            List<String> own = new ArrayList<>();
            merge(e, v, own);
            for (String problem : own) {
                if (!sharedProblems.contains(problem)) p.add(who + problem);
            }
        }
        return p;
    }

    /** The shared experiment's JSON with the overrides merged in, read and validated as a whole experiment. */
    private static Experiment merge(Experiment e, Variant v, List<String> problems) {
        ObjectNode tree = MAPPER.valueToTree(base(e));
        deepMerge(tree, v.overrides());
        int before = problems.size();
        Experiment x = ExperimentJson.parse(new JsonFields(tree, "", problems));
        if (problems.size() == before) problems.addAll(ExperimentValidator.problems(x));
        return x;
    }

    /** Objects merge field by field; anything else (numbers, text, lists) replaces what was there. */
    static void deepMerge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode old = into.get(f.getKey());
            if (old instanceof ObjectNode o && f.getValue() instanceof ObjectNode n) {
                deepMerge(o, n);
            } else {
                into.set(f.getKey(), f.getValue().deepCopy());
            }
        }
    }
}
