package bnlab;

import bnlab.data.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The arguments of a relaunch with every one that names a pipe (a FIFO, or the {@code /dev/fd/N} of
 * a shell's {@code <(…)}) replaced by a copy of what the pipe held, saved under the same file name
 * in a temporary folder; the child JVM could not open the pipe, which belongs to this process.
 * A copy stops at {@link #MAX_BYTES}: the child then refuses it as too large, as it would the pipe.
 */
record PipeCopies(String[] args, Path folder) {
    /** The system property that tells the child where the copies are (their relative paths start in the current folder). */
    static final String PROPERTY = "bnlab.pipeCopies";
    /** More than any file given on the command line through a pipe may hold (an experiment is at most 1 MB). */
    static final long MAX_BYTES = 16L << 20;

    static PipeCopies of(String[] args) throws IOException {
        String[] out = args.clone();
        Path folder = null;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("-") || args[i].isEmpty()) continue;
                Path p;
                try {
                    p = Path.of(args[i]);
                } catch (java.nio.file.InvalidPathException e) {
                    continue;
                }
                if (UserFiles.kind(p) != UserFiles.Kind.PIPE) continue;
                if (folder == null) folder = Files.createTempDirectory("bnlab-pipes-");
                Path name = p.getFileName();
                Path copy = folder.resolve(i + "-" + (name == null ? "pipe" : name.toString()));
                Files.createDirectory(copy);
                copy = copy.resolve(name == null ? "pipe" : name.toString());
                try (InputStream in = Files.newInputStream(p); OutputStream o = Files.newOutputStream(copy)) {
                    o.write(in.readNBytes((int) MAX_BYTES + 1));
                }
                out[i] = copy.toString();
            }
        } catch (IOException e) {
            new PipeCopies(out, folder).delete();
            throw e;
        }
        return new PipeCopies(out, folder);
    }

    /** Removes the copies. */
    void delete() {
        if (folder == null) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder: the system clears it in time
        }
    }
}
