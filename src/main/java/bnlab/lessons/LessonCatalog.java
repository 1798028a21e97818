package bnlab.lessons;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lessons shipped with the app: {@code /assets/lessons/lessons.json} lists them in order, each
 * with its experiment file (beside it) and the charts it highlights; the texts are in
 * {@link LessonTexts}. A shipped file that is wrong is a bug in the app, so loading reports every
 * problem at once in an {@link IllegalStateException} rather than returning half a list.
 */
public final class LessonCatalog {
    public static final String ROOT = "/assets/lessons/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> LESSON_FIELDS = Set.of("id", "experiment", "highlight", "steps");
    private static final Set<String> HIGHLIGHT_FIELDS = Set.of("chart", "layers");

    private final List<Lesson> lessons;

    private LessonCatalog(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** Reads the shipped lessons from the classpath. */
    public static LessonCatalog load() {
        String json = resource(ROOT + "lessons.json");
        if (json == null) throw new IllegalStateException("the lessons are missing: no " + ROOT + "lessons.json on the classpath");
        return parse(json);
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The ids in order, for messages such as "--only must be one of …". */
    public List<String> ids() {
        return lessons.stream().map(Lesson::id).toList();
    }

    /** Reads a lessons.json text whose experiment files are on the classpath under {@link #ROOT} (tools and tests). */
    public static LessonCatalog parse(String json) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lessons.json is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode list = root == null ? null : root.get("lessons");
        if (list == null || !list.isArray()) throw new IllegalStateException("lessons.json must hold {\"lessons\": [ … ]}");
        List<Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : list) {
            Lesson lesson = lesson(node, lessons.size() + 1, problems);
            if (lesson == null) continue;
            if (!ids.add(lesson.id())) problems.add("lesson id \"" + lesson.id() + "\" appears twice");
            lessons.add(lesson);
        }
        if (!problems.isEmpty()) throw new IllegalStateException("lessons.json: " + String.join("; ", problems));
        return new LessonCatalog(lessons);
    }

    private static Lesson lesson(JsonNode node, int number, List<String> problems) {
        String where = "lesson " + number;
        unknownFields(node, LESSON_FIELDS, where, problems);
        String id = node.path("id").asText("");
        String file = node.path("experiment").asText("");
        if (id.isEmpty() || file.isEmpty()) {
            problems.add(where + " needs an id and an experiment file");
            return null;
        }
        where = "lesson \"" + id + "\"";
        List<ChartHighlight> highlights = new ArrayList<>();
        for (JsonNode h : node.path("highlight")) {
            unknownFields(h, HIGHLIGHT_FIELDS, where, problems);
            List<Integer> layers = new ArrayList<>();
            for (JsonNode l : h.path("layers")) layers.add(l.asInt(0));
            try {
                highlights.add(new ChartHighlight(Chart.fromId(h.path("chart").asText("")), layers));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (highlights.isEmpty()) problems.add(where + " highlights no chart");
        String text = resource(ROOT + file);
        if (text == null) {
            problems.add(where + ": its experiment " + ROOT + file + " is missing");
            return null;
        }
        Experiment experiment;
        try {
            experiment = ExperimentJson.read(text, file);
        } catch (InvalidExperimentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        int hidden = experiment.network().hidden().size();
        for (ChartHighlight h : highlights) {
            for (int layer : h.layers()) {
                if (layer > hidden) problems.add(where + " highlights layer " + layer + " but its network has " + hidden);
            }
        }
        if (!node.has("steps")) {
            return new Lesson(id, number, file, experiment, highlights, List.of(GuidedStep.whole(highlights)), false);
        }
        int before = problems.size();
        List<GuidedStep> steps = StepFormat.parse(id, node.get("steps"), experiment, highlights, problems);
        return problems.size() > before ? null : new Lesson(id, number, file, experiment, highlights, steps, true);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) problems.add(where + " has an unknown field \"" + f + "\"; known: " + known);
        }
    }

    /** A classpath text resource, or null if there is none. */
    static String resource(String path) {
        try (InputStream in = LessonCatalog.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
