package bnlab.lessons;

import bnlab.experiment.Experiment;
import bnlab.experiment.RunPlan;
import bnlab.experiment.Variants;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Reads the {@code "steps"} of a lesson in {@code lessons.json} (the format is described in
 * {@code assets/lessons/README.md}) and checks them against the lesson's experiment and texts.
 * Every problem becomes one sentence naming the lesson and the step, collected, not thrown.
 */
final class StepFormat {
    static final int MIN_STEPS = 3;
    static final int MAX_STEPS = 7;
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 4;
    private static final Set<String> STEP_FIELDS = Set.of("trainTo", "normalization", "learningRate", "statistics",
            "offsetView", "highlight", "question");
    private static final Set<String> QUESTION_FIELDS = Set.of("kind", "measure", "layer", "threshold", "network",
            "networks", "factor", "margin", "choices");
    private static final Set<String> CHOICE_FIELDS = Set.of("key", "means");
    private static final Set<String> HIGHLIGHT_FIELDS = Set.of("chart", "layers");

    private StepFormat() {}

    /** The lesson's steps; problems are added to {@code problems}, and a broken step is left out. */
    static List<GuidedStep> parse(String lessonId, JsonNode steps, Experiment e, List<ChartHighlight> lessonHighlights,
            List<String> problems) {
        String where = "lesson \"" + lessonId + "\"";
        List<GuidedStep> out = new ArrayList<>();
        if (!steps.isArray()) {
            problems.add(where + ": \"steps\" must be a list [ … ] of steps");
            return out;
        }
        if (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS) {
            problems.add(where + " has " + steps.size() + " steps; a guided lesson has " + MIN_STEPS + " to " + MAX_STEPS);
        }
        int hidden = e.network().hidden().size();
        boolean hasNorm = RunPlan.variants(e).stream().anyMatch(r -> !"none".equals(r.experiment().normalization().kind()));
        long reached = 0;
        int number = 0;
        for (JsonNode node : steps) {
            number++;
            String at = where + ", step " + number;
            int before = problems.size();
            unknownFields(node, STEP_FIELDS, at, problems);
            long trainTo = -1;
            if (node.has("trainTo")) {
                JsonNode t = node.get("trainTo");
                if (!t.canConvertToLong() || !t.isIntegralNumber()) {
                    problems.add(at + ": trainTo must be a whole number of steps; got " + t);
                } else {
                    trainTo = t.asLong();
                    if (trainTo <= reached) {
                        problems.add(at + ": trainTo " + trainTo + " must be later than step " + reached
                                + ", where the step before left off");
                    } else if (e.steps() > 0 && trainTo > e.steps()) {
                        problems.add(at + ": trainTo " + trainTo + " is past the experiment's last step, " + e.steps());
                    } else {
                        reached = trainTo;
                    }
                }
            }
            Boolean norm = null;
            if (node.has("normalization")) {
                String v = node.get("normalization").asText("");
                if (!v.equals("on") && !v.equals("off")) problems.add(at + ": normalization must be \"on\" or \"off\"; got " + node.get("normalization"));
                else if (!hasNorm) problems.add(at + " switches normalization " + v + ", but the experiment has none (normalization.kind is none)");
                else norm = v.equals("on");
            }
            double lr = Double.NaN;
            if (node.has("learningRate")) {
                JsonNode v = node.get("learningRate");
                if (!v.isNumber() || !(v.asDouble() > 0) || !Double.isFinite(v.asDouble())) {
                    problems.add(at + ": learningRate must be a number above 0; got " + v);
                } else {
                    lr = v.asDouble();
                }
            }
            Boolean training = null;
            if (node.has("statistics")) {
                String v = node.get("statistics").asText("");
                if (!v.equals("training") && !v.equals("inference")) problems.add(at + ": statistics must be \"training\" or \"inference\"; got " + node.get("statistics"));
                else training = v.equals("training");
            }
            Boolean offset = null;
            if (node.has("offsetView")) {
                if (!node.get("offsetView").isBoolean()) problems.add(at + ": offsetView must be true or false; got " + node.get("offsetView"));
                else offset = node.get("offsetView").asBoolean();
            }
            List<ChartHighlight> highlights = node.has("highlight")
                    ? highlights(node.get("highlight"), at, hidden, problems) : lessonHighlights;
            Question q = node.has("question") ? question(node.get("question"), at, e, problems) : null;
            if (q != null && trainTo < 0 && norm == null && Double.isNaN(lr)) {
                problems.add(at + " asks a question but then runs nothing (give it trainTo, normalization or learningRate)");
            }
            texts(lessonId, number, q, at, problems);
            if (problems.size() == before) out.add(new GuidedStep(number, trainTo, norm, lr, training, offset, highlights, q));
        }
        return out;
    }

    static List<ChartHighlight> highlights(JsonNode list, String where, int hidden, List<String> problems) {
        List<ChartHighlight> out = new ArrayList<>();
        for (JsonNode h : list) {
            unknownFields(h, HIGHLIGHT_FIELDS, where, problems);
            List<Integer> layers = new ArrayList<>();
            for (JsonNode l : h.path("layers")) layers.add(l.asInt(0));
            try {
                ChartHighlight c = new ChartHighlight(Chart.fromId(h.path("chart").asText("")), layers);
                for (int layer : c.layers()) {
                    if (layer > hidden) problems.add(where + " highlights layer " + layer + " but its network has " + hidden);
                }
                out.add(c);
            } catch (IllegalArgumentException ex) {
                problems.add(where + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private static Question question(JsonNode node, String where, Experiment e, List<String> problems) {
        String at = where + ", question";
        int before = problems.size();
        unknownFields(node, QUESTION_FIELDS, at, problems);
        String kindText = node.path("kind").asText("");
        Question.Kind kind = kindText.equals("compare") ? Question.Kind.COMPARE
                : kindText.equals("change") ? Question.Kind.CHANGE : null;
        if (kind == null) {
            problems.add(at + ": kind must be \"compare\" (with against without normalization) or \"change\" (end of the step against its beginning); got \"" + kindText + "\"");
            return null;
        }
        Measure measure = null;
        try {
            measure = Measure.fromId(node.path("measure").asText(""));
        } catch (IllegalArgumentException ex) {
            problems.add(at + ": " + ex.getMessage());
        }
        int hidden = e.network().hidden().size();
        int layer = node.path("layer").asInt(0);
        if (measure != null && measure.needsLayer() && (layer < 1 || layer > hidden)) {
            problems.add(at + ": measure " + measure.id() + " needs a layer from 1 to " + hidden + "; got " + node.path("layer"));
        }
        double threshold = node.path("threshold").asDouble(0);
        if (measure == Measure.STEPS_TO_ACCURACY && !(threshold > 0 && threshold <= 1)) {
            problems.add(at + ": steps-to-accuracy needs a threshold above 0 and at most 1 (0.8 is 80%)");
        }
        double factor = node.path("factor").asDouble(0);
        double margin = node.path("margin").asDouble(-1);
        if (node.has("factor") == node.has("margin")) {
            problems.add(at + " needs exactly one of factor (values within this factor count as the same) and margin"
                    + " (values within this distance count as the same)");
        } else if (node.has("factor") && !(factor > 1)) {
            problems.add(at + ": factor must be above 1; got " + node.get("factor"));
        } else if (node.has("margin") && !(margin >= 0)) {
            problems.add(at + ": margin must be 0 or more; got " + node.get("margin"));
        }
        String network = node.path("network").asText("");
        List<String> networks = new ArrayList<>();
        for (JsonNode n : node.path("networks")) networks.add(n.asText(""));
        List<Variants.Resolved> runs = RunPlan.variants(e);
        List<String> names = runs.stream().map(Variants.Resolved::name).toList();
        if (kind == Question.Kind.COMPARE) {
            if (!network.isEmpty()) problems.add(at + ": a compare question reads two networks; name them in networks, not network");
            if (node.has("networks")) {
                if (networks.size() != 2 || networks.get(0).equals(networks.get(1))) {
                    problems.add(at + ": networks names the two networks to compare, the first against the second; got " + node.get("networks"));
                }
                for (String n : networks) {
                    if (!names.contains(n)) problems.add(at + ": network \"" + n + "\" is not one of this experiment's " + names);
                }
            } else {
                boolean normalized = runs.stream().anyMatch(r -> !"none".equals(r.experiment().normalization().kind()));
                boolean plain = runs.stream().anyMatch(r -> "none".equals(r.experiment().normalization().kind()));
                if (!normalized || !plain) {
                    problems.add(at + " compares with and without normalization, but the experiment does not train both"
                            + " (compare must be true, or variants with and without normalization; or name two in networks)");
                }
            }
        } else {
            if (node.has("networks")) problems.add(at + ": a change question reads one network; name it in network");
            if (!network.isEmpty() && !names.contains(network)) {
                problems.add(at + ": network must be one of " + names + "; got \"" + network + "\"");
            }
        }
        List<Question.Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonNode list = node.path("choices");
        if (!list.isArray() || list.size() < MIN_CHOICES || list.size() > MAX_CHOICES) {
            problems.add(at + " needs " + MIN_CHOICES + " to " + MAX_CHOICES + " choices");
        } else {
            for (JsonNode c : list) {
                unknownFields(c, CHOICE_FIELDS, at, problems);
                String key = c.path("key").asText("");
                if (!key.matches("[a-z]")) {
                    problems.add(at + ": a choice's key is one small letter (a, b, c …); got \"" + key + "\"");
                    continue;
                }
                if (!keys.add(key)) problems.add(at + ": choice " + key + " appears twice");
                try {
                    choices.add(new Question.Choice(key, Outcome.fromId(c.path("means").asText(""), kind)));
                } catch (IllegalArgumentException ex) {
                    problems.add(at + ", choice " + key + ": " + ex.getMessage());
                }
            }
            if (choices.stream().map(Question.Choice::means).distinct().count() < choices.size()) {
                problems.add(at + ": two choices mean the same outcome, so the answer could not pick one");
            }
        }
        if (problems.size() > before) return null;
        return new Question(kind, measure, measure.needsLayer() ? layer : 0, threshold, network, networks,
                node.has("factor") ? factor : 0, node.has("margin") ? margin : 0, choices);
    }

    /** Every text the step shows must be there in every language. */
    private static void texts(String lessonId, int number, Question q, String where, List<String> problems) {
        List<String> parts = new ArrayList<>(List.of("text"));
        if (q != null) {
            parts.add("question");
            for (Question.Choice c : q.choices()) parts.add("choice." + c.key());
        }
        for (Locale locale : LessonTexts.LANGUAGES) {
            for (String part : parts) {
                try {
                    String t = LessonTexts.stepText(lessonId, number, part, locale);
                    if (t.isBlank()) throw new MissingResourceException("", "", "");
                } catch (MissingResourceException ex) {
                    problems.add(where + " has no text " + LessonTexts.stepKey(lessonId, number, part) + " in "
                            + LessonTexts.fileName(locale));
                }
            }
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) problems.add(where + " has an unknown field \"" + f + "\"; known: " + known);
        }
    }
}
