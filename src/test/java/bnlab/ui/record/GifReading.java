package bnlab.ui.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an animated GIF back as a viewer shows it: every frame drawn over the previous ones at its
 * position (transparent pixels keep what was there), with its delay, and whether it loops.
 */
public final class GifReading {
    public final int width;
    public final int height;
    public final boolean loopsForever;
    public final List<int[]> frames = new ArrayList<>();
    public final List<Integer> delays = new ArrayList<>();

    private GifReading(int width, int height, boolean loopsForever) {
        this.width = width;
        this.height = height;
        this.loopsForever = loopsForever;
    }

    public static GifReading read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            int w = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
            int h = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
            int count = reader.getNumImages(true);
            boolean loops = false;
            int[] canvas = new int[w * h];
            GifReading gif = null;
            for (int i = 0; i < count; i++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                if (i == 0) {
                    var apps = meta.getElementsByTagName("ApplicationExtension");
                    for (int k = 0; k < apps.getLength(); k++) {
                        IIOMetadataNode app = (IIOMetadataNode) apps.item(k);
                        byte[] data = (byte[]) app.getUserObject();
                        if ("NETSCAPE".equals(app.getAttribute("applicationID")) && "2.0".equals(app.getAttribute("authenticationCode"))
                                && data != null && data.length == 3 && data[0] == 1 && data[1] == 0 && data[2] == 0) {
                            loops = true;
                        }
                    }
                    gif = new GifReading(w, h, loops);
                }
                IIOMetadataNode desc = (IIOMetadataNode) meta.getElementsByTagName("ImageDescriptor").item(0);
                IIOMetadataNode control = (IIOMetadataNode) meta.getElementsByTagName("GraphicControlExtension").item(0);
                int x0 = Integer.parseInt(desc.getAttribute("imageLeftPosition"));
                int y0 = Integer.parseInt(desc.getAttribute("imageTopPosition"));
                BufferedImage img = reader.read(i);
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        int argb = img.getRGB(x, y);
                        if ((argb >>> 24) != 0) canvas[(y0 + y) * w + x0 + x] = argb | 0xFF000000;
                    }
                }
                gif.frames.add(canvas.clone());
                gif.delays.add(Integer.parseInt(control.getAttribute("delayTime")));
            }
            return gif;
        } finally {
            reader.dispose();
        }
    }
}
