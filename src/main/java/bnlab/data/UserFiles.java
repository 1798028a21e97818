package bnlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The first step of every read of a file a user names (an experiment, a CSV or IDX data file):
 * what the path is, refused with a sentence when reading it makes no sense. A device like
 * {@code /dev/zero} never ends, a socket is not data, and a folder is not a file. A pipe (a FIFO,
 * or the {@code /dev/fd/63} of a shell's {@code <(…)}) is read only where the caller allows it,
 * and then only up to a bound.
 */
public final class UserFiles {
    /** What a path is, as far as reading it goes. */
    public enum Kind { FILE, FOLDER, PIPE, DEVICE, SOCKET, MISSING }

    /** A path that is not something to read; the message is the sentence, after the file's name. */
    public static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;
        private final Kind kind;

        NotAFile(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** Thrown when a file holds more than the reader takes; the message is the sentence, after the file's name. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private UserFiles() {}

    /** What {@code file} is (links followed). */
    public static Kind kind(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Kind.FILE : Kind.MISSING; // let the read say why
        }
        if (a.isRegularFile()) return Kind.FILE;
        if (a.isDirectory()) return Kind.FOLDER;
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            if (type == 0010000) return Kind.PIPE;
            if (type == 0140000) return Kind.SOCKET;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix attributes: anything else is taken as a device
        }
        return Kind.DEVICE;
    }

    /**
     * Checks that {@code file} can be read as a file: a regular file, or also a pipe if
     * {@code pipes}. The message of the refusal follows the file's name ("data.csv is a folder…").
     */
    public static void checkReadable(Path file, boolean pipes) throws NotAFile {
        Kind kind = kind(file);
        String where = " (" + file.toAbsolutePath() + ")";
        switch (kind) {
            case FOLDER -> throw new NotAFile(kind, "is a folder, not a file" + where);
            case DEVICE -> throw new NotAFile(kind, "is a device, not a file" + where
                    + "; reading a device like /dev/zero or /dev/urandom never ends: name a file");
            case SOCKET -> throw new NotAFile(kind, "is a socket, not a file" + where + "; name a file");
            case PIPE -> {
                if (!pipes) {
                    throw new NotAFile(kind, "is a pipe (FIFO), not a file" + where
                            + "; a pipe can be read only once and may never end: save what it holds to a file and name that");
                }
            }
            default -> { }
        }
    }

    /** Opens {@code file} after {@link #checkReadable}. */
    public static InputStream open(Path file, boolean pipes) throws IOException {
        checkReadable(file, pipes);
        return Files.newInputStream(file);
    }

    /**
     * All of {@code file}'s bytes, at most {@code limit} of them: a longer file is refused after
     * reading {@code limit + 1} bytes, so a pipe that never ends costs a bounded read.
     *
     * @param what what the file should be, for the refusal ("an experiment file")
     */
    public static byte[] readBounded(Path file, long limit, boolean pipes, String what) throws IOException {
        if (kind(file) == Kind.MISSING) throw new NoSuchFileException(file.toString());
        try (InputStream in = open(file, pipes)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLarge("is larger than " + CsvLimits.size(limit) + "; " + what + " is never that large: "
                        + "is this the right file?");
            }
            return bytes;
        }
    }
}
