package bnlab.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the {@code dataset} section of an experiment file into a train/test split: generates
 * or reads the data, splits off a test set where the source has none, keeps the requested
 * number of examples and standardizes if asked. Everything random derives from the one seed.
 */
public final class DatasetLoader {

    private DatasetLoader() {
    }

    /**
     * @param spec    the dataset section; its {@link DatasetSpec#problems()} are reported first
     * @param seed    the experiment's seed: same spec, seed and files give the same split
     * @param baseDir the folder relative file paths resolve against (the experiment file's
     *                folder); null for the working directory
     * @throws DatasetException with a message for the user if the spec or a file is bad
     */
    public static DatasetSplit load(DatasetSpec spec, long seed, Path baseDir) throws DatasetException {
        if (spec == null) {
            throw new DatasetException("the experiment has no dataset section");
        }
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            throw new DatasetException(String.join("\n", problems));
        }
        DatasetSpec full = spec.withDefaults();
        DatasetSplit split = switch (full.source()) {
            case "digits" -> splitPool(ShippedDatasets.digits(), full, seed);
            case "fashion-mnist" -> keepFirst(ShippedDatasets.fashionMnist(), full, "the shipped Fashion-MNIST subset");
            case "idx" -> loadIdx(full, seed, baseDir);
            case "csv" -> splitPool(CsvReader.read(resolve(baseDir, full.path()), full.labelColumn()), full, seed);
            default -> {
                PointGenerator generator = PointGenerator.named(full.source());
                Dataset points = generator.generate(full.points(), full.noise(), full.classes(), subSeed(seed, 1));
                yield splitPool(points, full, seed);
            }
        };
        return Boolean.TRUE.equals(full.standardize()) ? split.standardized() : split;
    }

    private static DatasetSplit loadIdx(DatasetSpec spec, long seed, Path baseDir) throws DatasetException {
        Path images = resolve(baseDir, spec.images());
        Path labels = resolve(baseDir, spec.labels());
        if (spec.testImages() == null) {
            return splitPool(IdxReader.read(images, labels), spec, seed);
        }
        DatasetSplit pair = IdxReader.read(images, labels,
                resolve(baseDir, spec.testImages()), resolve(baseDir, spec.testLabels()));
        return keepFirst(pair, spec, "your IDX files");
    }

    /** Splits a pool into test (testSize or testFraction) and train (trainSize or the rest). */
    private static DatasetSplit splitPool(Dataset pool, DatasetSpec spec, long seed) throws DatasetException {
        int n = pool.size();
        if (n < 2) {
            throw new DatasetException(pool.name() + " has only " + n + " example; it needs at least 2 to split off a test set");
        }
        if (spec.testSize() != null && spec.testSize() >= n) {
            throw new DatasetException("dataset.testSize is " + spec.testSize() + " but " + pool.name() + " holds only "
                    + n + " examples; some must be left for training");
        }
        int testCount = DatasetSpec.testCount(n, spec.testSize(), spec.testFraction());
        DatasetSplit split = DatasetSplit.stratified(pool, testCount, subSeed(seed, 2));
        if (spec.trainSize() != null && spec.trainSize() > split.train().size()) {
            throw new DatasetException("dataset.trainSize is " + spec.trainSize() + " but only " + split.train().size()
                    + " examples are left for training (" + pool.name() + " holds " + n + " and " + testCount
                    + " go to the test set)");
        }
        return spec.trainSize() == null ? split : split.firsts(spec.trainSize(), testCount);
    }

    /** Keeps the first trainSize / testSize examples of a fixed training/test pair. */
    private static DatasetSplit keepFirst(DatasetSplit pair, DatasetSpec spec, String what) throws DatasetException {
        if (spec.trainSize() != null && spec.trainSize() > pair.train().size()) {
            throw new DatasetException("dataset.trainSize is " + spec.trainSize() + " but " + what + " holds only "
                    + pair.train().size() + " training examples");
        }
        if (spec.testSize() != null && spec.testSize() > pair.test().size()) {
            throw new DatasetException("dataset.testSize is " + spec.testSize() + " but " + what + " holds only "
                    + pair.test().size() + " test examples");
        }
        int train = spec.trainSize() == null ? pair.train().size() : spec.trainSize();
        int test = spec.testSize() == null ? pair.test().size() : spec.testSize();
        return pair.firsts(train, test);
    }

    private static Path resolve(Path baseDir, String file) throws DatasetException {
        Path path;
        try {
            path = Path.of(file.trim());
        } catch (InvalidPathException e) {
            throw new DatasetException(Quoted.text(file) + " is not a valid file path (" + e.getReason() + ")", e);
        }
        return baseDir == null || path.isAbsolute() ? path : baseDir.resolve(path);
    }

    /** Independent seeds for generation and splitting, derived from one (SplitMix64's finaliser). */
    static long subSeed(long seed, int stream) {
        long z = seed + stream * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
