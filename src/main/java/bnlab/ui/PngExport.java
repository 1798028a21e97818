package bnlab.ui;

import bnlab.data.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a node shows, at its on-screen size, as a PNG file. */
final class PngExport {
    private PngExport() {}

    static void write(Node node, Path file) throws IOException {
        write(image(node), file);
    }

    /** What the node shows now (on the JavaFX thread), to write later on another. */
    static BufferedImage image(Node node) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    static void write(BufferedImage buffered, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) throw new IOException("no PNG writer available");
        });
    }
}
