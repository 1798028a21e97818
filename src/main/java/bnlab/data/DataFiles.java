package bnlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening the user's files and shipped resources, with gzip detected by its magic bytes 1f 8b. */
final class DataFiles {

    static final int BUFFER_SIZE = 1 << 16;

    private DataFiles() {
    }

    /** Opens a file for reading, decompressing it if it is gzip, whatever its name says. */
    static InputStream open(Path file) throws DatasetException {
        try {
            return decompressIfGzip(UserFiles.open(file, false), displayName(file));
        } catch (UserFiles.NotAFile e) {
            throw new DatasetException(displayName(file) + " " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new DatasetException(displayName(file) + ": file not found (looked for " + file.toAbsolutePath() + ")", e);
        } catch (AccessDeniedException e) {
            throw new DatasetException(displayName(file) + ": permission denied (" + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw readFailure(displayName(file), e);
        }
    }

    /** The most bytes an opened file can deliver: its length, or for gzip what its data can expand to. */
    record ContentBound(long bytes, boolean compressed) {
        static final ContentBound UNKNOWN = new ContentBound(Long.MAX_VALUE, false);
    }

    /**
     * The most bytes {@code file} can deliver once opened by {@link #open}: its length, or for gzip
     * the most that deflate can expand it to (1032 times), so a header can be checked before allocating.
     */
    static ContentBound contentBound(Path file, InputStream opened) throws IOException {
        long length = Files.size(file);
        if (!(opened instanceof GZIPInputStream)) return new ContentBound(length, false);
        return new ContentBound(length > Long.MAX_VALUE / DEFLATE_MAX_RATIO ? Long.MAX_VALUE : length * DEFLATE_MAX_RATIO,
                true);
    }

    /** Deflate's largest expansion: 258 bytes from about 2 bits. */
    static final long DEFLATE_MAX_RATIO = 1032;

    /** Opens a resource shipped in the jar under /assets/datasets/. */
    static InputStream openResource(String path) throws DatasetException {
        InputStream in = Dataset.class.getResourceAsStream(path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (in == null) {
            throw new DatasetException("the shipped data file " + path
                    + " is missing from the application; the build is incomplete");
        }
        try {
            return decompressIfGzip(in, name);
        } catch (IOException e) {
            throw readFailure(name, e);
        }
    }

    static InputStream decompressIfGzip(InputStream raw, String name) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_SIZE);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(buffered, BUFFER_SIZE);
        }
        return buffered;
    }

    /** Turns an I/O error met while reading {@code name} into a message for the user. */
    static DatasetException readFailure(String name, IOException e) {
        if (e instanceof EOFException) {
            return new DatasetException(name + " is cut short: its gzip data ends early (was the download complete?)", e);
        }
        if (e instanceof ZipException) {
            return new DatasetException(name + " starts like a gzip file but is not a valid one (" + e.getMessage() + ")", e);
        }
        return new DatasetException(name + ": could not be read (" + e.getMessage() + ")", e);
    }

    /** The name a user recognises: the file name without its folders. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
