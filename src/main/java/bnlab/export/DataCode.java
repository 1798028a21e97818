package bnlab.export;

import bnlab.data.AtomicFiles;
import bnlab.data.Dataset;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data section of train.py and the files it reads. IDX images (the shipped Fashion-MNIST
 * subset, or the user's files) are read from the files themselves, copied beside the script when
 * small; every other source is written as the app read it, before standardization, to train.csv
 * and test.csv. The script standardizes as the app does, with the training set's statistics.
 */
final class DataCode {
    /** Files at most this large are copied beside the script; larger ones are read where they are. */
    static final long COPY_LIMIT = 64L << 20;
    private static final String SHIPPED = "/assets/datasets/fashion-mnist/";
    private static final List<String> SHIPPED_FILES = List.of("train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private final DatasetSpec spec;
    private final DatasetSplit raw;
    private final Path baseDir;
    private final List<String> idxFiles = new ArrayList<>(); // train images, labels, test images, labels

    /** @param raw the split as the app makes it, not standardized */
    DataCode(DatasetSpec spec, DatasetSplit raw, Path baseDir) {
        this.spec = spec.withDefaults();
        this.raw = raw;
        this.baseDir = baseDir;
        if ("fashion-mnist".equals(this.spec.source())) {
            for (String f : SHIPPED_FILES) idxFiles.add("os.path.join(HERE, " + Py.str(f) + ")");
        } else if (readsIdx()) {
            for (Path source : userIdxFiles()) {
                idxFiles.add(copied(source) ? "os.path.join(HERE, " + Py.str(source.getFileName().toString()) + ")"
                        : Py.str(source.toAbsolutePath().normalize().toString()));
            }
        }
    }

    private List<Path> userIdxFiles() {
        return Stream.of(spec.images(), spec.labels(), spec.testImages(), spec.testLabels())
                .map(f -> baseDir == null ? Path.of(f) : baseDir.resolve(f)).toList();
    }

    private static boolean copied(Path source) {
        try {
            return Files.size(source) <= COPY_LIMIT;
        } catch (IOException e) {
            return false; // read where it is; the script says which file is missing if it is
        }
    }

    boolean readsIdx() {
        return "fashion-mnist".equals(spec.source()) || ("idx".equals(spec.source()) && spec.testImages() != null);
    }

    boolean standardized() {
        return Boolean.TRUE.equals(spec.standardize());
    }

    /** Writes the data files the script reads into {@code dir}. */
    void writeFiles(Path dir) throws IOException {
        if ("fashion-mnist".equals(spec.source())) {
            for (String f : SHIPPED_FILES) {
                try (InputStream in = DataCode.class.getResourceAsStream(SHIPPED + f)) {
                    if (in == null) throw new IOException("the shipped file " + f + " is missing from this build");
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } else if (readsIdx()) {
            for (Path source : userIdxFiles()) {
                if (copied(source)) Files.copy(source, dir.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            writeCsv(dir.resolve("train.csv"), raw.train());
            writeCsv(dir.resolve("test.csv"), raw.test());
        }
    }

    private static void writeCsv(Path file, Dataset d) throws IOException {
        AtomicFiles.writeText(file, (Writer w) -> {
            int n = d.featureCount();
            for (int j = 0; j < n; j++) w.write("x" + (j + 1) + ",");
            w.write("label\n");
            double[] row = new double[n];
            for (int i = 0; i < d.size(); i++) {
                d.copyExample(i, row, 0);
                for (double v : row) {
                    w.write(Double.toString(v)); // reads back bit for bit
                    w.write(',');
                }
                w.write(Integer.toString(d.label(i)));
                w.write('\n');
            }
        });
    }

    /** The data section: x_train, y_train, x_test, y_test as tensors. */
    String code() {
        int train = raw.train().size();
        int test = raw.test().size();
        StringBuilder b = new StringBuilder();
        if (readsIdx()) {
            String what = "fashion-mnist".equals(spec.source()) ? "Fashion-MNIST (the subset shipped with the app)"
                    : "your IDX files";
            b.append("# ").append(Py.count(train)).append(" training and ").append(Py.count(test))
                    .append(" test images of ").append(what).append(",\n# the first of each file, pixels scaled to [0, 1] and flattened.\n");
            b.append("x_train = read_idx(").append(idxFiles.get(0)).append(")[:").append(train).append("].reshape(")
                    .append(train).append(", -1) / 255.0\n");
            b.append("y_train = read_idx(").append(idxFiles.get(1)).append(")[:").append(train).append("]\n");
            b.append("x_test = read_idx(").append(idxFiles.get(2)).append(")[:").append(test).append("].reshape(")
                    .append(test).append(", -1) / 255.0\n");
            b.append("y_test = read_idx(").append(idxFiles.get(3)).append(")[:").append(test).append("]\n");
        } else {
            b.append("# The ").append(Py.count(train)).append(" training and ").append(Py.count(test))
                    .append(" test examples the app ").append(origin())
                    .append(",\n# as it read them (the last column: the class, numbered from 0).\n");
            b.append("train = np.loadtxt(os.path.join(HERE, \"train.csv\"), delimiter=\",\", skiprows=1, ndmin=2)\n");
            b.append("test = np.loadtxt(os.path.join(HERE, \"test.csv\"), delimiter=\",\", skiprows=1, ndmin=2)\n");
            b.append("x_train, y_train = train[:, :-1], train[:, -1]\n");
            b.append("x_test, y_test = test[:, :-1], test[:, -1]\n");
        }
        if (standardized()) {
            b.append("""
                    # Standardized as in the app: each feature's mean and standard deviation on the training
                    # set (a feature constant there is only centred).
                    mean, std = x_train.mean(0), x_train.std(0)
                    std[std <= 1e-12] = 1.0
                    x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
                    """);
        }
        b.append("x_train, x_test = torch.from_numpy(x_train), torch.from_numpy(x_test)\n");
        b.append("y_train, y_test = torch.from_numpy(y_train.astype(np.int64)), torch.from_numpy(y_test.astype(np.int64))\n");
        return b.toString();
    }

    private String origin() {
        return switch (spec.source()) {
            case "digits" -> "split from the digits dataset shipped with it";
            case "csv" -> "split from " + Path.of(spec.path()).getFileName();
            case "idx" -> "split from your IDX files";
            default -> "generated (" + spec.source() + ") and split";
        };
    }
}
