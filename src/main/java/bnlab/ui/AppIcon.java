package bnlab.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The app's icon (a ragged histogram straightening into a bell curve) at the sizes a desktop
 * asks for: title bar, task bar, switcher. Drawn by src/dist/icon/RenderIcon.java.
 */
final class AppIcon {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {}

    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("/bnlab/ui/icon/icon-" + size + ".png")) {
                if (in != null) images.add(new Image(in));
            } catch (java.io.IOException e) {
                // an icon is decoration: a window without it still works
            }
        }
        return images;
    }
}
