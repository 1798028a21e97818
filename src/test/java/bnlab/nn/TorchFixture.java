package bnlab.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ejml.data.DMatrixRMaj;

/** Reads the PyTorch reference values in src/test/resources/fixtures/torch (and torch-extra). */
final class TorchFixture {
    private final JsonNode root;

    private TorchFixture(JsonNode root) {
        this.root = root;
    }

    static TorchFixture load(String file) {
        return load("torch", file);
    }

    /** A fixture of another reference set under src/test/resources/fixtures (e.g. "torch-extra"). */
    static TorchFixture load(String set, String file) {
        try (InputStream in = TorchFixture.class.getResourceAsStream("/fixtures/" + set + "/" + file)) {
            if (in == null) throw new IllegalStateException("missing fixture " + file);
            return new TorchFixture(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode node(String field) {
        JsonNode n = root.get(field);
        if (n == null) throw new IllegalStateException("fixture has no field " + field);
        return n;
    }

    double number(String field) {
        return node(field).asDouble();
    }

    int integer(String field) {
        return node(field).asInt();
    }

    String text(String field) {
        return node(field).asText();
    }

    boolean has(String field) {
        return root.has(field);
    }

    double[] vector(String field) {
        return vector(node(field));
    }

    DMatrixRMaj matrix(String field) {
        return matrix(node(field));
    }

    int[] ints(String field) {
        JsonNode n = node(field);
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) out[i] = n.get(i).asInt();
        return out;
    }

    static double[] vector(JsonNode n) {
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) out[i] = n.get(i).asDouble();
        return out;
    }

    static DMatrixRMaj matrix(JsonNode rows) {
        int r = rows.size();
        int c = rows.get(0).size();
        DMatrixRMaj m = new DMatrixRMaj(r, c);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) m.set(i, j, rows.get(i).get(j).asDouble());
        }
        return m;
    }

    /** PyTorch's out × in weight, transposed to this engine's in × out. */
    static DMatrixRMaj transposedMatrix(JsonNode rows) {
        DMatrixRMaj m = matrix(rows);
        DMatrixRMaj t = new DMatrixRMaj(m.numCols, m.numRows);
        org.ejml.dense.row.CommonOps_DDRM.transpose(m, t);
        return t;
    }
}
