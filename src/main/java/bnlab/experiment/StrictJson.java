package bnlab.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an experiment file's text as exactly one JSON value, strictly: a key given twice, text
 * after the closing brace or a second object are refused with a sentence each (Jackson alone would
 * keep the last duplicate and ignore what follows). A UTF-8 byte-order mark, as Windows editors
 * write, is accepted.
 */
final class StrictJson {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private StrictJson() {}

    /** The one value in {@code text}, or null if it holds none; problems are sentences naming line and column. */
    static JsonNode read(ObjectMapper mapper, String text, String source) throws InvalidExperimentException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode root = mapper.readTree(parser);
            if (root == null) return null;
            JsonToken next;
            try {
                next = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw problem(source, e.getLocation(), "there is text after the experiment's closing }; a file holds "
                        + "one JSON object and nothing after it (remove what follows)");
            }
            if (next != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw problem(source, at, next == JsonToken.START_OBJECT
                        ? "a second JSON object follows the experiment; a file holds one experiment (to train several "
                                + "side by side, list them under variants)"
                        : "there is text after the experiment's closing }; a file holds one JSON object and nothing "
                                + "after it (remove what follows)");
            }
            return root;
        } catch (JsonProcessingException e) {
            Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (m.find()) {
                throw problem(source, e.getLocation(), m.group(1) + " is given twice in the same object; "
                        + "keep only one (otherwise it is unclear which value is meant)");
            }
            throw problem(source, e.getLocation(), "this is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InvalidExperimentException(source, List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static InvalidExperimentException problem(String source, JsonLocation loc, String sentence) {
        String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        return new InvalidExperimentException(source, List.of(where + sentence));
    }
}
