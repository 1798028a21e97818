package bnlab.data;

import java.nio.file.Path;

/**
 * Times loading a full IDX pair, by default Debian's Fashion-MNIST training set (60,000
 * images, {@code apt-get install dataset-fashion-mnist}). Not a test: run it by hand,
 *
 * <pre>
 *   mvn -q test-compile
 *   java -Xmx2g -cp target/classes:target/test-classes bnlab.data.IdxLoadBenchmark [images labels]
 * </pre>
 *
 * It prints the time of each of five loads; the first includes JVM warm-up.
 */
public final class IdxLoadBenchmark {

    public static void main(String[] args) throws Exception {
        String folder = "/usr/share/datasets/fashion-mnist/";
        Path images = Path.of(args.length > 0 ? args[0] : folder + "train-images-idx3-ubyte.gz");
        Path labels = Path.of(args.length > 1 ? args[1] : folder + "train-labels-idx1-ubyte.gz");
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            Dataset data = IdxReader.read(images, labels);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %s loaded in %d ms%n", run, data, millis);
        }
    }
}
