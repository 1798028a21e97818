package bnlab.nn;

import static bnlab.nn.Approx.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SGD, momentum and Adam, with and without weight decay, against torch.optim over four steps. */
class OptimizerTest {
    @ParameterizedTest
    @ValueSource(strings = {"optim_sgd_decay", "optim_momentum", "optim_momentum_decay", "optim_adam",
            "optim_adam_decay"})
    void matchesTorchOptim(String name) throws Exception {
        JsonNode f;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/optim/" + name + ".json")) {
            f = new ObjectMapper().readTree(in);
        }
        JsonNode s = f.get("settings");
        double lr = s.get("lr").asDouble();
        double decay = s.has("weight_decay") ? s.get("weight_decay").asDouble() : 0.0;
        Optimizer opt = f.get("optimizer").asText().equals("Adam")
                ? new Adam(lr, decay)
                : new Sgd(lr, s.has("momentum") ? s.get("momentum").asDouble() : 0.0, decay);
        Parameter p = new Parameter("w", 3, 4, true);
        p.value().setTo(TorchFixture.matrix(f.get("w0")));
        JsonNode grads = f.get("grads");
        JsonNode after = f.get("weights_after_each_step");
        assertEquals(4, grads.size());
        for (int step = 0; step < grads.size(); step++) {
            double[] before = p.value().data.clone();
            p.grad().setTo(TorchFixture.matrix(grads.get(step)));
            opt.step(List.of(p));
            assertClose(TorchFixture.matrix(after.get(step)), p.value(), 1e-12, name + " step " + (step + 1));
            for (int i = 0; i < before.length; i++) {
                assertEquals(p.value().data[i] - before[i], p.update().data[i], 1e-15, "recorded update");
            }
        }
    }
}
