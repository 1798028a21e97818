import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws BatchNorm Lab's icon: a ragged, skewed histogram whose bars straighten, left to right,
 * into a bell curve (what batch normalization does to a layer's distribution). Run from the
 * project folder with {@code java src/dist/icon/RenderIcon.java}; it rewrites the window's icons
 * (src/main/resources/bnlab/ui/icon/icon-N.png) and the packages' icons (src/dist/icon/bnlab.png,
 * .ico for Windows, .icns for macOS). The PNGs are committed, so a build needs nothing of this.
 */
public final class RenderIcon {
    // Okabe–Ito, as in the app's charts.
    private static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    private static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    private static final Color BACKGROUND_TOP = new Color(0x1F, 0x3A, 0x5F);
    private static final Color BACKGROUND_BOTTOM = new Color(0x10, 0x1E, 0x33);
    private static final int BARS = 9;
    /** The ragged histogram's heights (of 1), before they straighten; skewed to the left. */
    private static final double[] RAGGED = {0.55, 0.95, 0.70, 0.85, 0.40, 0.52, 0.22, 0.30, 0.10};

    public static void main(String[] args) throws IOException {
        Path window = Path.of("src/main/resources/bnlab/ui/icon");
        Path dist = Path.of("src/dist/icon");
        Files.createDirectories(window);
        Files.createDirectories(dist);
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            ImageIO.write(draw(size), "png", window.resolve("icon-" + size + ".png").toFile());
        }
        ImageIO.write(draw(256), "png", dist.resolve("bnlab.png").toFile());
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) ico.put(size, png(draw(size)));
        Files.write(dist.resolve("bnlab.ico"), ico(ico));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        Files.write(dist.resolve("bnlab.icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);
        g.setPaint(new java.awt.GradientPaint(0, 0, BACKGROUND_TOP, 0, 256, BACKGROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double left = 34, right = 222, base = 206, top = 52;
        double slot = (right - left) / BARS;
        double gap = size < 32 ? 2.5 : 4;
        for (int i = 0; i < BARS; i++) {
            double t = i / (double) (BARS - 1); // 0: ragged, 1: straightened
            double h = (1 - t) * RAGGED[i] + t * bell(i);
            double x = left + i * slot;
            g.setColor(mix(VERMILLION, GREEN, t));
            g.fill(new RoundRectangle2D.Double(x + gap / 2, base - h * (base - top), slot - gap, h * (base - top), 6, 6));
        }
        // The bell curve the bars straighten into.
        Path2D curve = new Path2D.Double();
        for (int k = 0; k <= 100; k++) {
            double u = k / 100.0 * BARS - 0.5; // in bar units, centred on the bars
            double x = left + (u + 0.5) * slot;
            double y = base - gauss(u) * (base - top);
            if (k == 0) curve.moveTo(x, y);
            else curve.lineTo(x, y);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(size < 32 ? 14f : 9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(left - 4, base + 10, right + 4, base + 10));
        g.dispose();
        return image;
    }

    private static double bell(int bar) {
        return gauss(bar);
    }

    /** A Gaussian over the bars, peak 1 at the middle bar. */
    private static double gauss(double bar) {
        double z = (bar - (BARS - 1) / 2.0) / 1.8;
        return Math.exp(-0.5 * z * z);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon whose images are PNGs (allowed since Windows Vista). */
    private static byte[] ico(Map<Integer, byte[]> images) {
        int header = 6 + 16 * images.size();
        int total = header + images.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = header;
        for (var e : images.entrySet()) {
            int size = e.getKey();
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        images.values().forEach(buf::put);
        return buf.array();
    }

    /** A macOS icon file whose images are PNGs (types ic07..ic10). */
    private static byte[] icns(Map<String, byte[]> images) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var e : images.entrySet()) {
            d.writeBytes(e.getKey());
            d.writeInt(8 + e.getValue().length);
            d.write(e.getValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
