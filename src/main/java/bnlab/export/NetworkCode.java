package bnlab.export;

import bnlab.experiment.Experiment;
import bnlab.nn.Activation;
import bnlab.nn.NormKind;
import bnlab.nn.OptimizerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PyTorch code of one network of an experiment: a function that builds its {@code nn.Sequential},
 * optimizer and learning-rate schedule, and returns them with the per-network settings the training
 * loop reads (clipping, L1, switches). Only what the network uses is written.
 *
 * @param function the Python function's name, e.g. network_bn
 * @param name     the network's display name, as in expected.csv
 * @param comments the language of its comments
 */
record NetworkCode(String function, String name, Experiment experiment, int inputs, int classes, Comments comments) {

    NormKind norm() {
        return NormKind.fromId(experiment.normalization().kind());
    }

    boolean dropout() {
        return experiment.network().dropout() > 0;
    }

    boolean noisy() {
        return norm() == NormKind.NOISY_BATCH;
    }

    boolean clips() {
        return experiment.optimizer().gradientClip() > 0;
    }

    boolean l1() {
        return experiment.optimizer().l1() > 0;
    }

    boolean scheduled() {
        Experiment.ScheduleSection s = experiment.optimizer().schedule();
        return !"constant".equals(s.kind()) || s.warmupSteps() > 0;
    }

    boolean switches() {
        return norm() != NormKind.NONE && !experiment.switches().isEmpty();
    }

    /** The Python class of its normalization layers, or null without. */
    String normClass() {
        return switch (norm()) {
            case NONE -> null;
            case BATCH -> "nn.BatchNorm1d";
            case NOISY_BATCH -> "NoisyBatchNorm1d";
            case LAYER -> "nn.LayerNorm";
            case GROUP -> "nn.GroupNorm";
            case BATCH_RENORM -> "BatchRenorm1d";
        };
    }

    /** The function, as it appears in train.py. */
    String code() {
        Experiment.NetworkSection n = experiment.network();
        List<String> layer = new ArrayList<>();
        layer.add("nn.Linear(n_in, n)");
        String norm = normLayer();
        boolean before = "before-activation".equals(experiment.normalization().placement());
        if (norm != null && before) layer.add(norm);
        layer.add(activation());
        if (norm != null && !before) layer.add(norm);
        if (dropout()) layer.add("AppDropout(" + Py.num(n.dropout()) + ")");
        String sizes = n.hidden().stream().map(String::valueOf).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder();
        b.append("def ").append(function).append("():\n");
        b.append("    \"\"\"").append(comments.get("model.doc", name, shape(),
                layer.stream().map(NetworkCode::shortName).collect(Collectors.joining(" → ")))).append("\"\"\"\n");
        b.append("    layers, n_in = [], ").append(inputs).append('\n');
        b.append("    for n in [").append(sizes).append("]:\n");
        b.append("        layers += [").append(String.join(", ", layer)).append("]\n");
        b.append("        n_in = n\n");
        b.append("    model = nn.Sequential(*layers, nn.Linear(n_in, ").append(classes).append("))\n");
        b.append(optimizer());
        List<String> returned = new ArrayList<>(List.of("model=model", "optimizer=optimizer"));
        if (scheduled()) {
            b.append(schedule());
            returned.add("scheduler=scheduler");
        }
        if (clips()) returned.add("clip=" + Py.num(experiment.optimizer().gradientClip()));
        if (l1()) returned.add("l1=" + Py.num(experiment.optimizer().l1()));
        if (dropout()) returned.add("dropouts=[m for m in model if isinstance(m, AppDropout)]");
        if (noisy()) returned.add("noisy=[m for m in model if isinstance(m, NoisyBatchNorm1d)]");
        if (switches()) {
            returned.add("norms=[(i, m) for i, m in enumerate(model) if isinstance(m, " + normClass() + ")]");
            returned.add("switches={" + experiment.switches().stream()
                    .map(s -> s.step() + ": " + (s.enabled() ? "True" : "False")).collect(Collectors.joining(", ")) + "}");
        }
        String joined = String.join(", ", returned);
        b.append("    return dict(").append(joined.length() <= 80 ? joined : String.join(",\n                ", returned))
                .append(")\n");
        return b.toString();
    }

    private String shape() {
        List<String> sizes = new ArrayList<>();
        sizes.add(String.valueOf(inputs));
        experiment.network().hidden().forEach(h -> sizes.add(String.valueOf(h)));
        sizes.add(String.valueOf(classes));
        return String.join(" → ", sizes);
    }

    private static String shortName(String layer) {
        String s = layer.startsWith("nn.") ? layer.substring(3) : layer;
        int paren = s.indexOf('(');
        return paren < 0 ? s : s.substring(0, paren);
    }

    private String normLayer() {
        Experiment.NormalizationSection s = experiment.normalization();
        String eps = Py.num(s.epsilon());
        return switch (norm()) {
            case NONE -> null;
            case BATCH -> "nn.BatchNorm1d(n, momentum=" + Py.num(s.momentum()) + ", eps=" + eps + ")";
            case NOISY_BATCH -> "NoisyBatchNorm1d(n, momentum=" + Py.num(s.momentum()) + ", eps=" + eps + ")";
            case LAYER -> "nn.LayerNorm(n, eps=" + eps + ")";
            case GROUP -> "nn.GroupNorm(" + s.groups() + ", n, eps=" + eps + ")";
            case BATCH_RENORM -> "BatchRenorm1d(n, " + Py.num(s.momentum()) + ", " + eps + ", rmax=" + Py.num(s.rmax())
                    + ", dmax=" + Py.num(s.dmax()) + ", warmup=" + s.renormWarmup() + ")";
        };
    }

    private String activation() {
        return switch (Activation.fromId(experiment.network().activation())) {
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(" + Py.num(Activation.LEAKY_SLOPE) + ")";
            case IDENTITY -> "nn.Identity()";
        };
    }

    private String optimizer() {
        Experiment.OptimizerSection o = experiment.optimizer();
        StringBuilder b = new StringBuilder();
        String params = "model.parameters()";
        if (o.weightDecay() > 0) {
            b.append("    # ").append(comments.get("model.weightDecay")).append('\n');
            b.append("    weights = [m.weight for m in model if isinstance(m, nn.Linear)]\n");
            b.append("    others = [p for p in model.parameters() if all(p is not w for w in weights)]\n");
            params = "[dict(params=weights, weight_decay=" + Py.num(o.weightDecay()) + "), dict(params=others)]";
        }
        OptimizerKind kind = OptimizerKind.fromId(o.kind());
        b.append("    optimizer = torch.optim.").append(kind == OptimizerKind.ADAM ? "Adam" : "SGD").append('(').append(params)
                .append(", lr=").append(Py.num(o.learningRate()));
        if (kind == OptimizerKind.MOMENTUM) b.append(", momentum=").append(Py.num(o.momentum()));
        return b.append(")\n").toString();
    }

    /** The schedule, stepped once per training step: the warm-up, the schedule, and a hold at the end of a short cosine. */
    private String schedule() {
        Experiment.ScheduleSection s = experiment.optimizer().schedule();
        double rate = experiment.optimizer().learningRate();
        List<String> parts = new ArrayList<>();
        List<Long> milestones = new ArrayList<>();
        if (s.warmupSteps() > 0) {
            parts.add("lr_scheduler.LinearLR(optimizer, start_factor=" + Py.num(s.warmupStartFactor()) + ", total_iters="
                    + s.warmupSteps() + ")");
        }
        switch (s.kind()) {
            case "step" -> parts.add("lr_scheduler.StepLR(optimizer, step_size=" + s.stepSize() + ", gamma=" + Py.num(s.gamma()) + ")");
            case "cosine" -> {
                long length = s.cosineSteps() > 0 ? s.cosineSteps() : Math.max(1, experiment.steps() - s.warmupSteps());
                parts.add("lr_scheduler.CosineAnnealingLR(optimizer, T_max=" + length + ", eta_min="
                        + Py.num(rate * s.minFactor()) + ")");
                if (s.warmupSteps() > 0) milestones.add(s.warmupSteps());
                if (s.warmupSteps() + length < experiment.steps()) {
                    // the app holds the minimum after the cosine; CosineAnnealingLR would rise again
                    parts.add("lr_scheduler.LambdaLR(optimizer, lambda step: " + Py.num(s.minFactor()) + ")");
                    milestones.add(s.warmupSteps() + length);
                }
            }
            default -> { } // constant after the warm-up: LinearLR alone ends at the full rate
        }
        if (s.warmupSteps() > 0 && "step".equals(s.kind())) milestones.add(s.warmupSteps());
        StringBuilder b = new StringBuilder();
        if (parts.size() == 1) {
            b.append("    scheduler = ").append(parts.get(0)).append('\n');
        } else {
            b.append("    scheduler = lr_scheduler.SequentialLR(optimizer, [\n");
            for (String p : parts) b.append("        ").append(p).append(",\n");
            b.append("    ], milestones=").append(milestones).append(")\n");
        }
        return b.toString();
    }
}
