package bnlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code dataset} section of an experiment file, read directly by Jackson (a record with
 * nullable fields: a missing field is null and means "the default"). Which fields apply
 * depends on {@code source}:
 *
 * <ul>
 *   <li>{@code spiral, circles, moons, xor, blobs} (generated 2-D points): {@code points}
 *       (default {@value #DEFAULT_POINTS}), {@code noise} (0..1, default 0.05 for spiral, else 0.1),
 *       {@code classes} (default 3 for spiral and blobs, else 2), {@code testFraction} (default
 *       {@value #DEFAULT_TEST_FRACTION}) or {@code testSize}, {@code trainSize} (default: the rest).
 *   <li>{@code digits}: {@code testSize} (default {@value #DIGITS_TEST_SIZE}) or
 *       {@code testFraction}, {@code trainSize} (default: the rest, 1437).
 *   <li>{@code fashion-mnist}: {@code trainSize} (≤ 10000, default 10000), {@code testSize}
 *       (≤ 2000, default 2000): the first images of the shipped subset.
 *   <li>{@code idx}: {@code images}, {@code labels} (required), {@code testImages} and
 *       {@code testLabels} (both or neither; without them the test set is split off with
 *       {@code testFraction}/{@code testSize}), {@code trainSize}, {@code testSize} (default all).
 *   <li>{@code csv}: {@code path} (required), {@code labelColumn} (a name, or a 0-based index
 *       written "4" or 4; default the last column), {@code testFraction}/{@code testSize},
 *       {@code trainSize}.
 * </ul>
 * {@code standardize} (all sources) defaults to true for csv, false otherwise. File paths are
 * relative to the experiment file's folder.
 */
public record DatasetSpec(String source, Integer trainSize, Integer testSize, Integer points, Double noise,
                          Integer classes, String images, String labels, String testImages, String testLabels,
                          String path, String labelColumn, Double testFraction, Boolean standardize) {

    /** Every value {@code source} may take. */
    public static final List<String> SOURCES = List.of("spiral", "circles", "moons", "xor", "blobs",
            "digits", "fashion-mnist", "idx", "csv");

    public static final int DEFAULT_POINTS = 500;
    public static final double DEFAULT_TEST_FRACTION = 0.2;
    public static final int DIGITS_TEST_SIZE = 360;
    public static final int MIN_POINTS = 20;
    public static final int MAX_POINTS = 100_000;

    /** A spec of the given source with every default filled in. */
    public static DatasetSpec of(String source) {
        return new DatasetSpec(source, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .withDefaults();
    }

    /** Generated points of the given shape, with the default test fraction. */
    public static DatasetSpec points(String shape, int points, double noise, int classes) {
        return new DatasetSpec(shape, null, null, points, noise, classes, null, null, null, null, null, null,
                null, null).withDefaults();
    }

    /** The user's IDX files; the test pair may be null (a test set is then split off). */
    public static DatasetSpec idx(String images, String labels, String testImages, String testLabels) {
        return new DatasetSpec("idx", null, null, null, null, null, images, labels, testImages, testLabels, null,
                null, null, null).withDefaults();
    }

    /** The user's CSV file; labelColumn null means the last column. */
    public static DatasetSpec csv(String path, String labelColumn) {
        return new DatasetSpec("csv", null, null, null, null, null, null, null, null, null, path, labelColumn,
                null, null).withDefaults();
    }

    public DatasetSpec withSizes(Integer trainSize, Integer testSize) {
        return new DatasetSpec(source, trainSize, testSize, points, noise, classes, images, labels, testImages,
                testLabels, path, labelColumn, testSize == null ? testFraction : null, standardize);
    }

    public DatasetSpec withStandardize(Boolean standardize) {
        return new DatasetSpec(source, trainSize, testSize, points, noise, classes, images, labels, testImages,
                testLabels, path, labelColumn, testFraction, standardize);
    }

    /**
     * This spec with every missing value that has a default filled in (sizes that mean "all"
     * or "the rest" stay null). A missing or unknown source is returned unchanged.
     */
    public DatasetSpec withDefaults() {
        if (source == null || !SOURCES.contains(source)) {
            return this;
        }
        Integer train = trainSize;
        Integer test = testSize;
        Double fraction = testFraction;
        PointGenerator generator = PointGenerator.named(source);
        boolean splitsPool = generator != null || source.equals("digits") || source.equals("csv")
                || (source.equals("idx") && testImages == null && testLabels == null);
        if (source.equals("digits") && test == null && fraction == null) {
            test = DIGITS_TEST_SIZE;
        }
        if (splitsPool && test == null && fraction == null) {
            fraction = DEFAULT_TEST_FRACTION;
        }
        if (source.equals("digits") && train == null) {
            int rest = ShippedDatasets.DIGITS_COUNT - testCount(ShippedDatasets.DIGITS_COUNT, test, fraction);
            train = rest >= 1 ? Integer.valueOf(rest) : null;
        }
        if (source.equals("fashion-mnist")) {
            train = train == null ? ShippedDatasets.FASHION_MNIST_TRAIN_COUNT : train;
            test = test == null ? ShippedDatasets.FASHION_MNIST_TEST_COUNT : test;
        }
        return new DatasetSpec(source, train, test,
                generator != null && points == null ? Integer.valueOf(DEFAULT_POINTS) : points,
                generator != null && noise == null ? Double.valueOf(generator.defaultNoise()) : noise,
                generator != null && classes == null ? Integer.valueOf(generator.defaultClasses()) : classes,
                images, labels, testImages, testLabels, path, labelColumn, fraction,
                standardize == null ? Boolean.valueOf(source.equals("csv")) : standardize);
    }

    /**
     * Every problem with this spec, each a sentence a student can act on; empty if the spec can
     * be loaded (its files may still turn out to be bad). Never throws.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (source == null || source.isBlank()) {
            problems.add("dataset.source is required; use one of " + String.join(", ", SOURCES));
            return problems;
        }
        if (!SOURCES.contains(source)) {
            String hint = SOURCES.contains(source.toLowerCase(Locale.ROOT)) ? " (write it in lower case)"
                    : source.toLowerCase(Locale.ROOT).contains("mnist") ? " (for your own MNIST files use \"idx\")" : "";
            problems.add("dataset.source must be one of " + String.join(", ", SOURCES) + "; got " + Quoted.text(source)
                    + hint);
            return problems;
        }
        DatasetSpec spec = withDefaults();
        spec.checkCommon(problems);
        PointGenerator generator = PointGenerator.named(source);
        if (generator != null) {
            spec.checkPoints(generator, problems);
        } else if (source.equals("digits")) {
            spec.checkPoolSizes(ShippedDatasets.DIGITS_COUNT, "the digits dataset has", problems);
        } else if (source.equals("fashion-mnist")) {
            atMost(problems, "trainSize", trainSize, ShippedDatasets.FASHION_MNIST_TRAIN_COUNT,
                    "the shipped Fashion-MNIST subset has 10000 training images; for more, use your own files with source \"idx\"");
            atMost(problems, "testSize", testSize, ShippedDatasets.FASHION_MNIST_TEST_COUNT,
                    "the shipped Fashion-MNIST subset has 2000 test images");
        } else if (source.equals("idx")) {
            required(problems, "images", images, "idx");
            required(problems, "labels", labels, "idx");
            if ((testImages == null) != (testLabels == null)) {
                problems.add("dataset.testImages and dataset.testLabels go together: give both or neither");
            }
        } else if (source.equals("csv")) {
            required(problems, "path", path, "csv");
            if (labelColumn != null && CsvTable.isIndex(labelColumn) && labelColumn.trim().startsWith("-")) {
                problems.add("dataset.labelColumn must be a column name or a 0-based column number; got " + labelColumn);
            }
        }
        return problems;
    }

    /**
     * Fields that are set but have no effect with this source (e.g. {@code noise} for csv), so
     * a runner can warn about them; they are not errors.
     */
    public List<String> unusedFields() {
        List<String> unused = new ArrayList<>();
        boolean generated = PointGenerator.named(source) != null;
        boolean csv = "csv".equals(source);
        boolean idx = "idx".equals(source);
        boolean fractionApplies = generated || csv || "digits".equals(source)
                || (idx && testImages == null && testLabels == null);
        addIfSet(unused, "points", points, generated);
        addIfSet(unused, "noise", noise, generated);
        addIfSet(unused, "classes", classes, generated);
        addIfSet(unused, "images", images, idx);
        addIfSet(unused, "labels", labels, idx);
        addIfSet(unused, "testImages", testImages, idx);
        addIfSet(unused, "testLabels", testLabels, idx);
        addIfSet(unused, "path", path, csv);
        addIfSet(unused, "labelColumn", labelColumn, csv);
        addIfSet(unused, "testFraction", testFraction, fractionApplies);
        return unused;
    }

    /** How many test examples a pool of n gives: testSize, or testFraction of n, at least 1 and at most n - 1. */
    static int testCount(int n, Integer testSize, Double testFraction) {
        if (testSize != null) {
            return testSize;
        }
        double fraction = testFraction == null ? DEFAULT_TEST_FRACTION : testFraction;
        return (int) Math.max(1, Math.min(n - 1L, Math.round(fraction * n)));
    }

    private void checkCommon(List<String> problems) {
        atLeast(problems, "trainSize", trainSize, 1);
        atLeast(problems, "testSize", testSize, 1);
        if (testFraction != null && !(testFraction > 0 && testFraction < 1)) {
            problems.add("dataset.testFraction must be more than 0 and less than 1; got " + number(testFraction));
        }
        if (testSize != null && testFraction != null) {
            problems.add("dataset.testSize and dataset.testFraction both say how big the test set is; give only one");
        }
    }

    private void checkPoints(PointGenerator generator, List<String> problems) {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            problems.add("dataset.points must be between " + MIN_POINTS + " and " + MAX_POINTS + "; got " + points);
        }
        if (!(noise >= 0 && noise <= 1)) {
            problems.add("dataset.noise must be between 0 and 1; got " + number(noise));
        }
        if (classes < generator.minClasses() || classes > generator.maxClasses()) {
            problems.add(generator.minClasses() == generator.maxClasses()
                    ? "dataset.classes for " + source + " must be " + generator.minClasses() + "; got " + classes
                    : "dataset.classes for " + source + " must be between " + generator.minClasses() + " and "
                    + generator.maxClasses() + "; got " + classes);
        }
        if (points >= MIN_POINTS && points <= MAX_POINTS) {
            checkPoolSizes(points, "dataset.points is", problems);
        }
    }

    /** Checks that the test set and the training set fit in a pool of n examples. */
    private void checkPoolSizes(int n, String poolText, List<String> problems) {
        if (testSize != null && testSize >= n) {
            problems.add("dataset.testSize must be less than " + n + " (" + poolText + " " + n + "); got " + testSize);
            return;
        }
        boolean testOk = (testSize == null || testSize >= 1) && (testFraction == null || (testFraction > 0 && testFraction < 1));
        if (trainSize != null && trainSize >= 1 && testOk) {
            int test = testCount(n, testSize, testFraction);
            if (trainSize + test > n) {
                problems.add("dataset.trainSize can be at most " + (n - test) + " (" + poolText + " " + n + ", and "
                        + test + " go to the test set); got " + trainSize);
            }
        }
    }

    private static void required(List<String> problems, String field, String value, String source) {
        if (value == null || value.isBlank()) {
            problems.add("dataset." + field + " is required when dataset.source is \"" + source + "\"");
        }
    }

    private static void atLeast(List<String> problems, String field, Integer value, int min) {
        if (value != null && value < min) {
            problems.add("dataset." + field + " must be at least " + min + "; got " + value);
        }
    }

    private static void atMost(List<String> problems, String field, Integer value, int max, String why) {
        if (value != null && value > max) {
            problems.add("dataset." + field + " can be at most " + max + " (" + why + "); got " + value);
        }
    }

    private static void addIfSet(List<String> unused, String field, Object value, boolean applies) {
        if (value != null && !applies) {
            unused.add(field);
        }
    }

    /** 3 rather than 3.0, 0.25 as is. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
