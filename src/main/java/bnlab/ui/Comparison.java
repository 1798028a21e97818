package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentValidator;
import bnlab.experiment.Variant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What the settings' comparison builder describes: which one setting differs between 2 or 3
 * networks, its value and name in each. Turns that into an experiment's variants and back, so the
 * form can show a loaded comparison. A comparison that differs in more than one setting (written
 * in a file) is {@link Dimension#FILE}: the form shows its names and keeps it as it is.
 */
record Comparison(Dimension dimension, List<String> values, List<String> names) {
    /** A setting that can differ, with where it lives in the experiment file. */
    enum Dimension {
        NONE(null, null, null),
        NORMALIZATION("normalization", "kind", ExperimentValidator.NORMALIZATIONS),
        PLACEMENT("normalization", "placement", ExperimentValidator.PLACEMENTS),
        BN_MOMENTUM("normalization", "momentum", null),
        LEARNING_RATE("optimizer", "learningRate", null),
        BATCH_SIZE(null, "batchSize", null),
        INIT_SCALE("network", "initScale", null),
        OPTIMIZER("optimizer", "kind", ExperimentValidator.OPTIMIZERS),
        FILE(null, null, null);

        final String section; // null: a top-level field
        final String field;
        final List<String> choices; // null: a number typed in

        Dimension(String section, String field, List<String> choices) {
            this.section = section;
            this.field = field;
            this.choices = choices;
        }

        /** The dimensions a user can pick in the form. */
        static List<Dimension> pickable() {
            return List.of(NONE, NORMALIZATION, PLACEMENT, BN_MOMENTUM, LEARNING_RATE, BATCH_SIZE, INIT_SCALE, OPTIMIZER);
        }

        boolean whole() {
            return this == BATCH_SIZE;
        }

        /** The value {@code e} has, as the form shows it. */
        String valueIn(Experiment e) {
            return switch (this) {
                case NORMALIZATION -> e.normalization().kind();
                case PLACEMENT -> e.normalization().placement();
                case BN_MOMENTUM -> number(e.normalization().momentum());
                case LEARNING_RATE -> number(e.optimizer().learningRate());
                case BATCH_SIZE -> String.valueOf(e.batchSize());
                case INIT_SCALE -> number(e.network().initScale());
                case OPTIMIZER -> e.optimizer().kind();
                case NONE, FILE -> "";
            };
        }

        /** Values to start from when the user picks this dimension: the experiment's own first. */
        List<String> startingValues(Experiment e) {
            String own = valueIn(e);
            List<String> out = new ArrayList<>(List.of(own));
            List<String> more = switch (this) {
                case NORMALIZATION -> List.of("batch", "layer", "none");
                case PLACEMENT -> ExperimentValidator.PLACEMENTS;
                case OPTIMIZER -> ExperimentValidator.OPTIMIZERS;
                case BN_MOMENTUM -> List.of("0.1", "0.01", "0.9");
                case LEARNING_RATE -> List.of(number(e.optimizer().learningRate() * 10),
                        number(e.optimizer().learningRate() / 10));
                case BATCH_SIZE -> List.of(String.valueOf(Math.max(2, e.batchSize() / 4)), "2", "60");
                case INIT_SCALE -> List.of(number(e.network().initScale() * 3), number(e.network().initScale() / 10));
                case NONE, FILE -> List.of();
            };
            for (String m : more) if (!out.contains(m)) out.add(m);
            while (out.size() < 3) out.add(own);
            return out.subList(0, 3);
        }

        ObjectNode override(String value, List<String> problems, int index) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            ObjectNode at = section == null ? o : o.putObject(section);
            if (choices != null) {
                at.put(field, value);
            } else {
                try {
                    if (whole()) at.put(field, Integer.parseInt(value.trim()));
                    else at.put(field, Double.parseDouble(value.trim()));
                } catch (NumberFormatException e) {
                    problems.add("variant " + (index + 1) + ": \"" + value + "\" is not a "
                            + (whole() ? "whole number" : "number"));
                }
            }
            return o;
        }
    }

    static final Comparison NOTHING = new Comparison(Dimension.NONE, List.of(), List.of());

    Comparison {
        values = List.copyOf(values);
        names = List.copyOf(names);
    }

    /** How the form shows {@code e}: one network, one differing setting, or a file's own comparison. */
    static Comparison of(Experiment e) {
        if (e.variants().isEmpty()) {
            if (!e.compare() || "none".equals(e.normalization().kind())) return NOTHING;
            return new Comparison(Dimension.NORMALIZATION, List.of(e.normalization().kind(), "none"), List.of("", ""));
        }
        Dimension found = null;
        for (Variant v : e.variants()) {
            String path = singleLeaf(v.overrides());
            if (path == null) {
                if (!v.overrides().isEmpty()) return file(e);
                continue; // the shared experiment as it is
            }
            Dimension d = byPath(path);
            if (d == null || (found != null && d != found)) return file(e);
            found = d;
        }
        if (found == null) return file(e);
        List<String> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Variant v : e.variants()) {
            JsonNode at = found.section == null ? v.overrides() : v.overrides().path(found.section);
            JsonNode value = at.get(found.field);
            values.add(value == null ? found.valueIn(e) : value.isNumber() ? number(value.asDouble()) : value.asText());
            names.add(v.name());
        }
        return new Comparison(found, values, names);
    }

    private static Comparison file(Experiment e) {
        return new Comparison(Dimension.FILE, List.of(), e.variants().stream().map(Variant::name).toList());
    }

    /** "section.field" when the overrides set exactly one value, else null. */
    private static String singleLeaf(ObjectNode o) {
        if (o.size() != 1) return null;
        String name = o.fieldNames().next();
        JsonNode v = o.get(name);
        if (!v.isObject()) return name;
        if (v.size() != 1) return null;
        String inner = v.fieldNames().next();
        return v.get(inner).isObject() ? null : name + "." + inner;
    }

    private static Dimension byPath(String path) {
        for (Dimension d : Dimension.pickable()) {
            if (d.field != null && path.equals(d.section == null ? d.field : d.section + "." + d.field)) return d;
        }
        return null;
    }

    /**
     * {@code base} with this comparison: its variants, or none. Blank names take the readable
     * default for their value ("BN", "rate 0.01"); problems are added to {@code problems}.
     */
    Experiment applyTo(Experiment base, ResourceBundle text, List<String> problems) {
        if (dimension == Dimension.FILE) return base;
        Experiment plain = base.withVariants(List.of()).withCompare(false);
        if (dimension == Dimension.NONE) return plain;
        List<Variant> variants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String name = names.get(i).isBlank() ? defaultName(dimension, values.get(i), text) : names.get(i).trim();
            if (!seen.add(name)) {
                problems.add("variants: two networks are called \"" + name + "\"; give each its own name or value");
            }
            variants.add(new Variant(name, dimension.override(values.get(i), problems, i)));
        }
        return plain.withVariants(variants);
    }

    /** A short name for a network with this value, e.g. "BN", "LN", "rate 0.01", "batch 2". */
    static String defaultName(Dimension d, String value, ResourceBundle text) {
        String key = "compare.name." + d.name().toLowerCase();
        if (d.choices != null) {
            String k = key + "." + value;
            return text.containsKey(k) ? text.getString(k) : value;
        }
        return Messages.format(text, key, value.trim());
    }

    /** A number as briefly as it can be written: 0.5, 20, 1e-05 stays 0.00001. */
    static String number(double v) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
