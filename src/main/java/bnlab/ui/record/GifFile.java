package bnlab.ui.record;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own writer ({@code javax.imageio}). It
 * loops forever (the NETSCAPE2.0 application extension, loop count 0). Each frame is a rectangle
 * of palette indices drawn over the previous frame (disposal "do not dispose"); index
 * {@link GifPalette#TRANSPARENT} keeps the previous pixel.
 */
final class GifFile implements Closeable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream out;
    private boolean first = true;

    GifFile(Path file) throws IOException {
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        // Not ImageIO.createImageOutputStream: it prints a stack trace and returns null where the
        // file cannot be created; this throws, with the reason, for the dialog to say.
        out = new FileImageOutputStream(file.toFile());
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /**
     * Adds a frame: {@code indices} (row by row, {@code width} by {@code height}) placed at
     * {@code x, y} of the picture, in the frame's own {@code palette}, shown for {@code delayCentiseconds}.
     */
    void write(byte[] indices, GifPalette palette, int x, int y, int width, int height, int delayCentiseconds)
            throws IOException {
        byte[][] ch = palette.channels();
        IndexColorModel colours = new IndexColorModel(8, 256, ch[0], ch[1], ch[2], GifPalette.TRANSPARENT);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, colours);
        System.arraycopy(indices, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, width * height);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(y));
        descriptor.setAttribute("imageWidth", Integer.toString(width));
        descriptor.setAttribute("imageHeight", Integer.toString(height));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) table.removeChild(table.getFirstChild());
        table.setAttribute("sizeOfLocalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(ch[0][i] & 0xFF));
            entry.setAttribute("green", Integer.toString(ch[1][i] & 0xFF));
            entry.setAttribute("blue", Integer.toString(ch[2][i] & 0xFF));
            table.appendChild(entry);
        }
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "TRUE");
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayCentiseconds)));
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, forever
            extensions.appendChild(loop);
            first = false;
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(image, null, meta), null);
    }

    @Override
    public void close() throws IOException {
        try {
            if (!first) writer.endWriteSequence();
        } finally {
            writer.dispose();
            out.close();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) return (IIOMetadataNode) parent.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
