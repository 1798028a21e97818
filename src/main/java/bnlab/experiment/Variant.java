package bnlab.experiment;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of an experiment's {@code variants} list: a display name and the fields in which this
 * variant differs from the shared experiment, kept as the JSON the file gave. The overrides stay a
 * JSON tree on purpose: {@link Variants} merges them into the shared experiment's JSON and reads the
 * result as a whole experiment, so a field added to experiments later can be varied without any
 * change here.
 *
 * @param name      what the app and the CSV files call this variant, e.g. "LN, rate 0.01"
 * @param overrides fields of the experiment, nested as in the file, e.g. {"normalization": {"kind": "layer"}}
 */
public record Variant(String name, ObjectNode overrides) {
    public Variant {
        overrides = overrides == null ? JsonNodeFactory.instance.objectNode() : overrides.deepCopy();
    }

    /** A variant from JSON text for its overrides, e.g. {@code {"optimizer": {"learningRate": 0.01}}}. */
    public static Variant of(String name, String overridesJson) {
        try {
            return new Variant(name, (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(overridesJson));
        } catch (java.io.IOException | ClassCastException e) {
            throw new IllegalArgumentException("overrides must be a JSON object: " + overridesJson, e);
        }
    }

    /** As written in the file: the name first, then the overrides. */
    @JsonValue
    public ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", name);
        o.setAll(overrides.deepCopy());
        return o;
    }

    @Override
    public ObjectNode overrides() {
        return overrides.deepCopy();
    }
}
