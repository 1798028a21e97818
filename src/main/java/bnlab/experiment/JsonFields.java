package bnlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object, noting every problem in a shared list instead of stopping
 * at the first, so a student sees all that is wrong with a file at once.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path; // "" at the top, "network." inside a section
    private final List<String> problems;

    JsonFields(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Notes every field not in {@code known}, suggesting the nearest known name. */
    void rejectUnknown(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (known.contains(name)) continue;
            String hint = nearest(name, known);
            problems.add(path + bnlab.data.Quoted.raw(name) + " is not a known field" + (hint == null ? "" : " (did you mean " + path + hint + "?)")
                    + "; known fields here: " + String.join(", ", new java.util.TreeSet<>(known)));
        }
    }

    List<String> problems() {
        return problems;
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    /** True if the field is absent; a null is noted as a problem (leaving a field out is how to get its default). */
    private boolean absent(String name, JsonNode v) {
        if (v == null) return true;
        if (v.isNull()) {
            problems.add(path + name + " is null; give it a value, or leave the field out to get its default");
            return true;
        }
        return false;
    }

    String text(String name, String fallback) {
        JsonNode v = node.get(name);
        if (absent(name, v)) return fallback;
        if (!v.isTextual()) {
            problems.add(path + name + " must be text in quotes; got " + echo(v));
            return fallback;
        }
        return v.asText();
    }

    Long whole(String name, Long fallback) {
        JsonNode v = node.get(name);
        if (absent(name, v)) return fallback;
        if (v.isIntegralNumber() && v.canConvertToLong()) return v.asLong();
        if (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 9e15) {
            return (long) v.asDouble();
        }
        problems.add(path + name + " must be a whole number; got " + echo(v));
        return fallback;
    }

    Integer integer(String name, Integer fallback) {
        Long l = whole(name, fallback == null ? null : fallback.longValue());
        if (l == null) return null;
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            problems.add(path + name + (l > 0 ? " must be at most " + Integer.MAX_VALUE : " must be at least " + Integer.MIN_VALUE)
                    + "; got " + l);
            return fallback;
        }
        return l.intValue();
    }

    Double number(String name, Double fallback) {
        JsonNode v = node.get(name);
        if (absent(name, v)) return fallback;
        if (!v.isNumber()) {
            problems.add(path + name + " must be a number; got " + echo(v));
            return fallback;
        }
        if (!Double.isFinite(v.asDouble())) {
            problems.add(path + name + " must be a finite number (at most ±1.8e308); got a value beyond that, which "
                    + "reads as infinity");
            return fallback;
        }
        return v.asDouble();
    }

    Boolean bool(String name, Boolean fallback) {
        JsonNode v = node.get(name);
        if (absent(name, v)) return fallback;
        if (!v.isBoolean()) {
            problems.add(path + name + " must be true or false; got " + echo(v));
            return fallback;
        }
        return v.asBoolean();
    }

    /** A nested object, or null (with a problem noted if present but not an object). */
    JsonFields object(String name) {
        JsonNode v = node.get(name);
        if (absent(name, v)) return null;
        if (!v.isObject()) {
            problems.add(path + name + " must be an object in { }; got " + echo(v));
            return null;
        }
        return new JsonFields(v, path + name + ".", problems);
    }

    List<Integer> integers(String name, List<Integer> fallback) {
        JsonNode v = node.get(name);
        if (absent(name, v)) return fallback;
        if (!v.isArray()) {
            problems.add(path + name + " must be a list of whole numbers like [100, 100]; got " + echo(v));
            return fallback;
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (e.isIntegralNumber() && e.canConvertToInt()) {
                out.add(e.asInt());
            } else {
                problems.add(path + name + " must hold whole numbers only; got " + echo(e));
                return fallback;
            }
        }
        return out;
    }

    /** Elements of an array of objects, or an empty list. */
    List<JsonFields> objects(String name) {
        JsonNode v = node.get(name);
        List<JsonFields> out = new ArrayList<>();
        if (absent(name, v)) return out;
        if (!v.isArray()) {
            problems.add(path + name + " must be a list in [ ]; got " + echo(v));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isObject()) {
                problems.add(path + name + "[" + i + "] must be an object in { }; got " + echo(e));
            } else {
                out.add(new JsonFields(e, path + name + "[" + i + "].", problems));
            }
        }
        return out;
    }

    /** A value as a message shows it: bounded, so a megabyte-long field is not printed back whole. */
    static String echo(JsonNode v) {
        return v.isTextual() ? bnlab.data.Quoted.text(v.asText()) : bnlab.data.Quoted.raw(v.toString());
    }

    private static String nearest(String name, Set<String> known) {
        if (name.length() > 100) return null; // no field name is that long, and the distance would cost its square
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
