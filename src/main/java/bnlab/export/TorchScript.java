package bnlab.export;

import bnlab.nn.NormKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writes train.py: the header, the data, the modules PyTorch lacks (only those used), one function
 * per network, the checks, and the training loop. A line for a feature appears only if some
 * network uses it, and is guarded by an {@code if} only if some other network does not.
 */
final class TorchScript {
    private final String title;
    private final long steps;
    private final int evalEvery;
    private final DataCode data;
    private final List<NetworkCode> networks;
    private final List<String> notes;     // what the script does not repeat exactly, one sentence each
    private final List<Long> stepsDone;   // per network: where a diverged one stopped, else the steps
    private final Comments comments;

    TorchScript(String title, long steps, int evalEvery, DataCode data, List<NetworkCode> networks, List<String> notes,
                List<Long> stepsDone, Comments comments) {
        this.title = title;
        this.steps = steps;
        this.evalEvery = evalEvery;
        this.data = data;
        this.networks = networks;
        this.notes = notes;
        this.stepsDone = stepsDone;
        this.comments = comments;
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"").append(title).append("\n\nExported from BatchNorm Lab: PyTorch trains the same ")
                .append(networks.size() == 1 ? "network" : networks.size() + " networks")
                .append(" from the app's initial weights on the app's\nbatches and checks every step against the app's own")
                .append(" numbers (expected.csv). Run: python3 train.py\n\"\"\"\n");
        for (String note : notes) b.append("# Not as in the app: ").append(note).append('\n');
        b.append("import csv\n");
        if (data.readsIdx()) b.append("import gzip\n");
        b.append("import os\nimport sys\n\nimport numpy as np\nimport torch\nfrom torch import nn\n");
        if (any(NetworkCode::scheduled)) b.append("from torch.optim import lr_scheduler\n");
        b.append("\ntorch.set_default_dtype(torch.float64)  # the app computes in double precision\n");
        b.append("HERE = os.path.dirname(os.path.abspath(__file__))\n");
        b.append("STEPS, EVAL_EVERY = ").append(steps).append(", ").append(evalEvery).append('\n');
        b.append("TOLERANCE = 1e-9  # a number matches if |PyTorch - app| <= TOLERANCE * max(1, |app|)\n");
        b.append("run = dict(np.load(os.path.join(HERE, \"run.npz\")))  # what the app's run saw: weights, batches")
                .append(any(NetworkCode::dropout) ? ", masks" : "").append(any(NetworkCode::noisy) ? ", noise" : "").append("\n\n");
        if (data.readsIdx()) b.append('\n').append(resource("read_idx.py")).append("\n\n\n");
        b.append(data.code()).append("\n\n");
        if (any(n -> n.norm() == NormKind.BATCH_RENORM)) b.append(resource("batch_renorm.py")).append("\n\n");
        if (any(n -> n.norm() == NormKind.NOISY_BATCH)) b.append(resource("noisy_batch_norm.py")).append("\n\n");
        if (any(NetworkCode::dropout)) b.append(resource("app_dropout.py")).append("\n\n");
        for (NetworkCode n : networks) b.append(n.code()).append("\n\n");
        if (any(NetworkCode::switches)) b.append(SWITCH).append("\n\n");
        b.append(resource("checks.py"));
        b.append("\n\n\n").append(loop());
        return b.toString().replace("\n\n\n\n", "\n\n\n");
    }

    private static final String SWITCH = """
            def switch_normalization(net, on):
                \"""The app's live switch: the normalization layers are bypassed, their γ, β and running
                statistics left as they are (no gradient reaches them), or put back.\"""
                for i, norm in net["norms"]:
                    net["model"][i] = norm if on else nn.Identity()""";

    /** The part the app's PyTorch tab shows: the first network's function and its training step. */
    String modelAndStep() {
        return networks.get(0).code() + "\n\n# " + comments.get("tab.step") + "\n" + stepBody("");
    }

    private String loop() {
        StringBuilder b = new StringBuilder();
        b.append("networks = {");
        for (int i = 0; i < networks.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(Py.str(networks.get(i).name())).append(": ").append(networks.get(i).function()).append("()");
        }
        b.append("}\n");
        boolean diverged = stepsDone.stream().anyMatch(s -> s < steps);
        if (diverged) {
            b.append("last_step = {");
            for (int i = 0; i < networks.size(); i++) {
                b.append(i > 0 ? ", " : "").append(Py.str(networks.get(i).name())).append(": ").append(stepsDone.get(i));
            }
            b.append("}  # a network that diverged in the app stops there\n");
        }
        b.append("for i, (name, net) in enumerate(networks.items()):\n");
        b.append("    load_app_weights(net[\"model\"], f\"net{i}\")\n");
        b.append("    net[\"batches\"] = torch.from_numpy(run[f\"net{i}_batches\"]).long()  # the examples of every step\n");
        if (any(NetworkCode::switches)) {
            b.append(guard(NetworkCode::switches, "    ", "switches"))
                    .append(indent(NetworkCode::switches, "    ")).append("if 0 in net[\"switches\"]:\n")
                    .append(indent(NetworkCode::switches, "    ")).append("    switch_normalization(net, net[\"switches\"][0])\n");
        }
        b.append("    evaluate(name, net, 0)\n\n");
        b.append("for step in range(1, STEPS + 1):\n");
        b.append("    for i, (name, net) in enumerate(networks.items()):\n");
        if (diverged) b.append("        if step > last_step[name]:\n            continue\n");
        b.append(stepBody("        "));
        b.append("        if step % EVAL_EVERY == 0 or step == STEPS:\n");
        b.append("            evaluate(name, net, step)\n");
        if (any(NetworkCode::switches)) {
            String in = indent(NetworkCode::switches, "        ");
            b.append(guard(NetworkCode::switches, "        ", "switches"));
            b.append(in).append("if step in net[\"switches\"]:\n");
            b.append(in).append("    switch_normalization(net, net[\"switches\"][step])\n");
        }
        b.append("\nfor i, (name, net) in enumerate(networks.items()):  # every weight after the last step\n");
        if (diverged) b.append("    if last_step[name] < STEPS:\n        continue\n");
        b.append("""
                    for k, linear in enumerate(m for m in net["model"] if isinstance(m, nn.Linear)):
                        for what in ("weight", "bias"):
                            got = getattr(linear, what).detach().flatten()
                            want = torch.from_numpy(run[f"net{i}_final_{what}{k}"]).flatten()
                            worst = (got - want).abs().argmax()
                            check(name, STEPS, f"Linear layer {k + 1} {what}", got[worst].item(), want[worst].item())
                """);
        b.append("print(f\"matches BatchNorm Lab to 1e-9 over {STEPS} steps (").append(networks.size())
                .append(networks.size() == 1 ? " network" : " networks").append(")\")\n");
        return b.toString();
    }

    /** One training step of {@code net}, as the app takes it. */
    private String stepBody(String in) {
        StringBuilder b = new StringBuilder();
        b.append(in).append("model, optimizer, batch = net[\"model\"], net[\"optimizer\"], net[\"batches\"][step - 1]\n");
        b.append(in).append("model.train()  # ").append(comments.get(any(NetworkCode::dropout) ? "step.trainDropout" : "step.train"))
                .append('\n');
        if (any(NetworkCode::dropout)) {
            b.append(guard(NetworkCode::dropout, in, "dropouts"));
            String g = indent(NetworkCode::dropout, in);
            b.append(g).append("for k, dropout in enumerate(net[\"dropouts\"]):\n");
            b.append(g).append("    dropout.keep = torch.from_numpy(run[f\"net{i}_keep{k}\"][step - 1])\n");
        }
        if (any(NetworkCode::noisy)) {
            b.append(guard(NetworkCode::noisy, in, "noisy"));
            String g = indent(NetworkCode::noisy, in);
            b.append(g).append("for k, norm in enumerate(net[\"noisy\"]):  # ").append(comments.get("step.noise")).append('\n');
            b.append(g).append("    norm.scale = torch.from_numpy(run[f\"net{i}_noise_scale{k}\"][step - 1])\n");
            b.append(g).append("    norm.shift = torch.from_numpy(run[f\"net{i}_noise_shift{k}\"][step - 1])\n");
        }
        b.append(in).append("loss = nn.functional.cross_entropy(model(x_train[batch]), y_train[batch])\n");
        b.append(in).append(any(NetworkCode::switches)
                ? "optimizer.zero_grad(set_to_none=True)  # " + comments.get("step.zeroGrad") + "\n"
                : "optimizer.zero_grad()\n");
        b.append(in).append("loss.backward()\n");
        if (any(NetworkCode::l1)) {
            b.append(guard(NetworkCode::l1, in, "l1"));
            String g = indent(NetworkCode::l1, in);
            b.append(g).append("for w in (m.weight for m in model if isinstance(m, nn.Linear)):\n");
            b.append(g).append("    w.grad += net[\"l1\"] * w.sign()  # ").append(comments.get("step.l1")).append('\n');
        }
        if (any(NetworkCode::clips)) {
            b.append(guard(NetworkCode::clips, in, "clip"));
            b.append(indent(NetworkCode::clips, in)).append("nn.utils.clip_grad_norm_(model.parameters(), net[\"clip\"])\n");
        }
        b.append(in).append("optimizer.step()\n");
        if (any(NetworkCode::scheduled)) {
            b.append(guard(NetworkCode::scheduled, in, "scheduler"));
            b.append(indent(NetworkCode::scheduled, in)).append("net[\"scheduler\"].step()\n");
        }
        b.append(in).append("check(name, step, \"loss\", loss.item())\n");
        return b.toString();
    }

    private boolean any(Predicate<NetworkCode> p) {
        return networks.stream().anyMatch(p);
    }

    /** An {@code if} when only some networks use the feature, else nothing. */
    private String guard(Predicate<NetworkCode> p, String in, String key) {
        return networks.stream().allMatch(p) ? "" : in + "if \"" + key + "\" in net:\n";
    }

    private String indent(Predicate<NetworkCode> p, String in) {
        return networks.stream().allMatch(p) ? in : in + "    ";
    }

    static String resource(String name) {
        try (InputStream in = TorchScript.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the script part " + name + " is missing from this build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
