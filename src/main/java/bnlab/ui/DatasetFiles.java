package bnlab.ui;

import bnlab.data.DatasetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Turns a file the user picked into a dataset spec: a CSV (asking for the label column), or an
 * IDX image file whose label file (and test pair) are found by the usual MNIST names, or asked for.
 */
final class DatasetFiles {
    private DatasetFiles() {}

    static DatasetSpec specFor(Path file, Window owner, ResourceBundle text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
            TextInputDialog d = new TextInputDialog("");
            d.initOwner(owner);
            d.setTitle(text.getString("data.csv.title"));
            d.setHeaderText(text.getString("data.csv.header"));
            d.setContentText(text.getString("data.csv.label"));
            Optional<String> column = d.showAndWait();
            if (column.isEmpty()) return null;
            String c = column.get().trim();
            return DatasetSpec.csv(file.toAbsolutePath().toString(), c.isEmpty() ? null : c);
        }
        Path images = file.toAbsolutePath();
        Path labels = sibling(images, "images", "labels", "idx3", "idx1");
        if (labels == null || !Files.exists(labels)) {
            FileChooser fc = new FileChooser();
            fc.setTitle(text.getString("data.idx.labels"));
            fc.setInitialDirectory(images.getParent().toFile());
            var f = fc.showOpenDialog(owner);
            if (f == null) return null;
            labels = f.toPath().toAbsolutePath();
        }
        // MNIST-style names: train-images… goes with t10k-images… as the test set.
        Path testImages = sibling(images, "train", "t10k", null, null);
        Path testLabels = sibling(labels, "train", "t10k", null, null);
        boolean testPair = testImages != null && testLabels != null && Files.exists(testImages) && Files.exists(testLabels);
        return DatasetSpec.idx(images.toString(), labels.toString(), testPair ? testImages.toString() : null,
                testPair ? testLabels.toString() : null);
    }

    /** The file named like {@code p} with {@code a→b} (and {@code c→d}) replaced, or null if the name has no {@code a}. */
    private static Path sibling(Path p, String a, String b, String c, String d) {
        String n = p.getFileName().toString();
        if (!n.contains(a)) return null;
        String m = n.replace(a, b);
        if (c != null) m = m.replace(c, d);
        return p.resolveSibling(m);
    }
}
