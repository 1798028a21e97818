package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDX headers that lie about their sizes: a product of dimensions past 64 bits, one that wraps
 * around to a plausible size, hundreds of millions of images claimed by a tiny file, plain or
 * gzip. Each is refused with a sentence before anything is allocated for the claimed data.
 */
class IdxHeaderTest {
    @TempDir
    Path dir;

    private String refusal(int[] dims, boolean gzip) throws Exception {
        Path images = IdxFiles.write(dir.resolve("images" + (gzip ? ".gz" : "")), IdxFiles.idx(dims, new byte[100]), gzip);
        Path labels = IdxFiles.labels(dir.resolve("labels"), IdxFiles.cycle(10, 2), false);
        // A second, far below what an allocation of gigabytes would take.
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(DatasetException.class, () -> IdxReader.read(images, labels))).getMessage();
    }

    @Test
    void sizesPast64BitsAreRefused() throws Exception {
        int big = Integer.MAX_VALUE;
        for (boolean gzip : new boolean[] {false, true}) {
            String name = gzip ? "images.gz" : "images";
            assertEquals(name + ": its header claims 2147483647 images of 2147483647×2147483647, more bytes than any file "
                    + "can hold (is the file damaged, or not an IDX file?)", refusal(new int[] {big, big, big}, gzip));
            // 2^16 × 2^16 × 2^16 × 2^16 = 2^64 wraps to 0 in 64 bits: no longer taken for an empty file.
            assertEquals(name + ": its header claims 65536 images of 65536×65536×65536, more bytes than any file can hold "
                    + "(is the file damaged, or not an IDX file?)", refusal(new int[] {65536, 65536, 65536, 65536}, gzip));
        }
    }

    @Test
    void aTinyFileClaimingMillionsOfImagesIsRefused() throws Exception {
        assertEquals("images is cut short: its header promises 300000000 images of 28×28 (235200000000 bytes) but only "
                + "100 bytes of pixels follow", refusal(new int[] {300_000_000, 28, 28}, false));
        assertEquals("images is cut short: its header promises 1000000 images of 2×2 (4000000 bytes) but only 100 bytes "
                + "of pixels follow", refusal(new int[] {1_000_000, 2, 2}, false));
        String gz = refusal(new int[] {300_000_000, 28, 28}, true);
        assertEquals(true, gz.startsWith("images.gz: its header promises 300000000 images of 28×28 (235200000000 bytes), "
                + "more than its gzip data can expand to (at most "), gz);
    }

    @Test
    void labelsClaimingMoreThanTheFileHoldsAreRefused() throws Exception {
        Path images = IdxFiles.images(dir.resolve("i"), 4, 2, 2, false);
        for (int claimed : new int[] {2_000_000_000, 1_000_000, 11}) {
            Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.idx(new int[] {claimed}, new byte[10]), false);
            String m = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(DatasetException.class, () -> IdxReader.read(images, labels))).getMessage();
            assertEquals("labels is cut short: its header promises " + claimed + " labels but only 10 follow", m);
        }
    }
}
