package bnlab.ui.record;

import java.util.Arrays;

/**
 * The 255 colours of one GIF frame, the commonest among the pixels it changes (a chart has few
 * colours, so usually all of them), plus one transparent index for "unchanged since the previous
 * frame". A colour in the palette maps to itself; any other to its nearest entry, found once per
 * 15-bit colour and remembered, so mapping a frame costs a table look-up per pixel, not a search.
 */
final class GifPalette {
    static final int TRANSPARENT = 255;
    private static final int COLOURS = 255;

    private final int[] rgb;
    private final int size;
    /** Open-addressed table of the palette's exact colours: key rgb+1 (0 = empty), value index. */
    private final int[] exactKeys;
    private final byte[] exactIndex;
    /** Nearest entry per RGB555 colour, -1 until first needed. */
    private final short[] nearest = new short[1 << 15];

    private GifPalette(int[] rgb, int size) {
        this.rgb = rgb;
        this.size = size;
        int capacity = 1024;
        exactKeys = new int[capacity];
        exactIndex = new byte[capacity];
        for (int i = 0; i < size; i++) {
            int slot = slot(rgb[i]);
            while (exactKeys[slot] != 0) slot = (slot + 1) & (capacity - 1);
            exactKeys[slot] = rgb[i] + 1;
            exactIndex[slot] = (byte) i;
        }
        Arrays.fill(nearest, (short) -1);
    }

    /** The commonest colours of the first {@code count} of {@code argb} (alpha ignored), at most 255. */
    static GifPalette of(int[] argb, int count) {
        // Count with an open-addressed table: a frame has up to a million pixels, boxing each is slow.
        int capacity = 1024;
        while (capacity < 2 * Math.min(count, 1 << 22)) capacity <<= 1;
        int[] keys = new int[capacity];
        int[] counts = new int[capacity];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            int c = (argb[i] & 0xFFFFFF) + 1;
            int slot = (c * 0x9E3779B1 >>> 8) & (capacity - 1);
            while (keys[slot] != 0 && keys[slot] != c) slot = (slot + 1) & (capacity - 1);
            if (keys[slot] == 0) {
                keys[slot] = c;
                distinct++;
            }
            counts[slot]++;
        }
        long[] ranked = new long[distinct];
        int k = 0;
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] != 0) ranked[k++] = ((long) counts[slot] << 24) | (keys[slot] - 1);
        }
        Arrays.sort(ranked); // ascending by count: the commonest are at the end
        int size = Math.min(COLOURS, distinct);
        int[] colours = new int[size];
        for (int i = 0; i < size; i++) colours[i] = (int) (ranked[distinct - 1 - i] & 0xFFFFFF);
        return new GifPalette(colours, size);
    }

    /** The palette index for an RGB colour (alpha ignored). */
    int indexOf(int argb) {
        int c = argb & 0xFFFFFF;
        int slot = slot(c);
        while (exactKeys[slot] != 0) {
            if (exactKeys[slot] == c + 1) return exactIndex[slot] & 0xFF;
            slot = (slot + 1) & (exactKeys.length - 1);
        }
        int key = ((c >> 9) & 0x7C00) | ((c >> 6) & 0x3E0) | ((c >> 3) & 0x1F);
        short n = nearest[key];
        if (n < 0) {
            n = (short) search(((key >> 10) << 3) | 4, (((key >> 5) & 31) << 3) | 4, ((key & 31) << 3) | 4);
            nearest[key] = n;
        }
        return n;
    }

    /** Red, green and blue bytes of the 256 entries (unused ones black), as the GIF colour table wants. */
    byte[][] channels() {
        byte[][] ch = new byte[3][256];
        for (int i = 0; i < size; i++) {
            ch[0][i] = (byte) (rgb[i] >> 16);
            ch[1][i] = (byte) (rgb[i] >> 8);
            ch[2][i] = (byte) rgb[i];
        }
        return ch;
    }

    private int search(int r, int g, int b) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int dr = ((rgb[i] >> 16) & 0xFF) - r;
            int dg = ((rgb[i] >> 8) & 0xFF) - g;
            int db = (rgb[i] & 0xFF) - b;
            // Weighted as the eye sees differences: green most, blue least.
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private int slot(int c) {
        int h = c * 0x9E3779B1;
        return (h >>> 22) & (exactKeys.length - 1);
    }
}
