package bnlab.runner;

import bnlab.data.AtomicFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a run's result files go, written as a set. Checked before training starts (so a folder
 * that cannot be written fails at once, not after hours), the files are first written into a
 * sibling folder {@code DIR.incomplete}, rows streamed in as training goes, and only when every
 * file is complete do they replace the previous set in {@code DIR}. A run that dies on the way
 * (killed, out of memory, power cut) leaves {@code DIR} as it was and {@code DIR.incomplete}
 * with what it had measured and a note saying so.
 */
public final class ResultsFolder implements AutoCloseable {
    /** The files of a complete set, as {@code bnlab run} writes them. */
    public static final List<String> RESULT_FILES = List.of("metrics.csv", "layers.csv", "events.csv", "landscape.csv", "experiment.json");
    static final String INCOMPLETE_NOTE = "INCOMPLETE.txt";
    private static final String RUN_NOTE = """
            This run has not finished: it is still training, or it was stopped before the end
            (killed, out of memory, an error). The files here hold what it had measured: one
            N-NETWORK.metrics.csv, N-NETWORK.layers.csv and N-NETWORK.events.csv per network, in step
            order, complete up to about a second before it stopped; if a file's last line has no
            line end, it was being written when the run stopped: ignore it. A run that finishes moves
            its results to %s and removes this folder.
            """;

    /** A folder the results cannot go to; the message is a sentence for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Path out;
    private final Path staging;
    private final FolderLock lock;
    private final List<String> files;

    private ResultsFolder(Path out, Path staging, FolderLock lock, List<String> files) {
        this.out = out;
        this.staging = staging;
        this.lock = lock;
        this.files = List.copyOf(files);
    }

    /** The folder the complete set goes to. */
    public Path out() {
        return out;
    }

    /** The folder being written while the run goes on. */
    public Path staging() {
        return staging;
    }

    /**
     * Checks that {@code out} can take a new set of results and creates the folder the run writes
     * into meanwhile.
     *
     * @param replace whether results already in {@code out} (or an interrupted run's) may be replaced
     */
    public static ResultsFolder open(Path out, boolean replace) throws Refused {
        return open(out, replace, RESULT_FILES, RUN_NOTE);
    }

    /**
     * As {@link #open(Path, boolean)}, for another set of files.
     *
     * @param files the files of a complete set (all are moved into place together)
     * @param note  what the staging folder's INCOMPLETE.txt says, with %s for the folder the set goes to
     */
    public static ResultsFolder open(Path out, boolean replace, List<String> files, String note) throws Refused {
        if (out.toString().isBlank()) throw new Refused("--out must name a folder; got an empty name");
        Path dir = followLinks(out, out.toAbsolutePath().normalize());
        if (dir.getFileName() == null) throw new Refused("--out cannot be the root folder " + dir + "; name a folder for the results");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Refused(out + " is a file, not a folder; choose a folder for the results");
        }
        FolderLock lock;
        try {
            Files.createDirectories(dir.getParent());
            lock = FolderLock.acquire(dir);
        } catch (IOException e) {
            throw new Refused("Cannot write the results to " + out + ": " + reason(e));
        } catch (FolderLock.Held e) {
            throw new Refused(out + " is being written by another run" + (e.pid.isEmpty() ? "" : " (process " + e.pid + ")")
                    + "; wait for it to finish, or choose another folder");
        }
        try {
            return openLocked(out, dir, replace, lock, files, note);
        } catch (Refused | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static ResultsFolder openLocked(Path out, Path dir, boolean replace, FolderLock lock, List<String> files,
            String note) throws Refused {
        Path staging = dir.resolveSibling(dir.getFileName() + ".incomplete");
        if (Files.isDirectory(dir)) {
            for (String f : files) {
                Path p = dir.resolve(f);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new Refused(p + " is not a file that BatchNorm Lab wrote (it is a folder or a link), and a run "
                            + "would have to replace it; move it away, or choose another folder");
                }
            }
            List<String> held = heldResults(dir, files);
            if (!held.isEmpty() && !replace) {
                throw new Refused(out + " already holds the results of a run (" + String.join(", ", held)
                        + "); choose another folder, or add --force to replace them");
            }
            if (!Files.isWritable(dir)) throw new Refused(out + ": permission denied (the folder cannot be written)");
        }
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            if (!replace) {
                throw new Refused(staging + " holds the results of a run that did not finish; look at them, then "
                        + "remove that folder or add --force to replace it");
            }
            if (!writtenByARun(staging)) {
                throw new Refused(staging + " is in the way, and BatchNorm Lab did not write it (it has no "
                        + INCOMPLETE_NOTE + "); move it away, or choose another folder");
            }
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new Refused("Could not remove " + staging + ": " + reason(e));
            }
        }
        try {
            Files.createDirectory(staging);
            AtomicFiles.writeString(staging.resolve(INCOMPLETE_NOTE), note.formatted(dir));
        } catch (IOException e) {
            throw new Refused("Cannot write the results to " + out + ": " + reason(e));
        }
        return new ResultsFolder(dir, staging, lock, files);
    }

    /** Whether {@code staging} is a folder an unfinished run left (its note says so) or an empty one: nothing of the user's. */
    private static boolean writtenByARun(Path staging) {
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) return false;
        if (Files.isRegularFile(staging.resolve(INCOMPLETE_NOTE), LinkOption.NOFOLLOW_LINKS)) return true;
        try (Stream<Path> entries = Files.list(staging)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code dir} with its symbolic links followed, so that the checks see the folder the results
     * will really go to; a link to nowhere gives the folder it names (which the run creates).
     */
    private static Path followLinks(Path given, Path dir) throws Refused {
        for (int hops = 0; Files.isSymbolicLink(dir); hops++) {
            if (hops == 40) throw new Refused(given + " is a symbolic link in a loop; name a folder for the results");
            try {
                dir = dir.resolveSibling(Files.readSymbolicLink(dir)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new Refused(given + " is a symbolic link that cannot be read: " + reason(e));
            }
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Path real = parent;
            while (real != null && !Files.exists(real)) real = real.getParent();
            if (real != null && !Files.isDirectory(real)) {
                throw new Refused("Cannot write the results to " + given + ": a file is in the way (" + real + ")");
            }
        }
        return dir;
    }

    private static List<String> heldResults(Path dir, List<String> files) {
        List<String> held = new ArrayList<>();
        for (String f : files) if (Files.exists(dir.resolve(f))) held.add(f);
        return held;
    }

    /**
     * Moves the complete set from the staging folder into {@code out}, replacing the previous set;
     * if any move fails, the previous set is put back and the new one stays in the staging folder.
     */
    void commit() throws IOException {
        try {
            moveIntoPlace();
        } finally {
            close(); // the run is over either way
        }
    }

    private void moveIntoPlace() throws IOException {
        Files.deleteIfExists(staging.resolve(INCOMPLETE_NOTE));
        if (!Files.exists(out)) {
            Files.move(staging, out); // a rename: the whole set appears at once
            return;
        }
        Path previous = out.resolveSibling("." + out.getFileName() + ".previous-" + ProcessHandle.current().pid());
        deleteTree(previous);
        Files.createDirectory(previous);
        List<String> movedAway = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String f : files) {
                if (Files.exists(out.resolve(f))) {
                    Files.move(out.resolve(f), previous.resolve(f));
                    movedAway.add(f);
                }
            }
            for (String f : files) {
                AtomicFiles.move(staging.resolve(f), out.resolve(f));
                movedIn.add(f);
            }
        } catch (IOException e) {
            for (String f : movedIn) Files.move(out.resolve(f), staging.resolve(f));
            for (String f : movedAway) Files.move(previous.resolve(f), out.resolve(f));
            Files.deleteIfExists(previous);
            throw e;
        }
        deleteTree(previous);
        deleteTree(staging);
    }

    /** Removes the staging folder and everything in it (a run whose files could not be written), and lets the folder go. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // nothing more can be done; the folder is named .incomplete, so it cannot be mistaken for results
        }
        close();
    }

    /** Lets another run write into the folder; after {@link #commit} or when the run ends either way. */
    @Override
    public void close() {
        lock.close();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The reason an operation on a file failed, in words. */
    static String reason(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String where = file == null ? "" : " (" + file + ")";
        if (e instanceof AccessDeniedException) return "permission denied" + where;
        if (e instanceof FileAlreadyExistsException) return "a file is in the way" + where;
        if (e instanceof NotDirectoryException) return "a file is where a folder should be" + where;
        if (e instanceof NoSuchFileException) return "no such folder" + where;
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("No space left")) return "the disk is full" + where;
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason() + where;
        return m;
    }
}
