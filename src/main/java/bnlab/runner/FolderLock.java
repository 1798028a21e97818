package bnlab.runner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run's claim on its results folder: an operating-system lock on a hidden file beside it
 * ({@code .DIR.lock}), held while the run works, so that a second run into the same folder is
 * refused instead of mixing its files with the first's. The system drops the lock when the
 * process dies however it dies, so a killed run never leaves the folder locked.
 */
final class FolderLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code dir}, or null if another run holds it. */
    static FolderLock tryAcquire(Path dir) throws IOException {
        Path file = dir.resolveSibling("." + dir.getFileName() + ".lock");
        String token = ProcessHandle.current().pid() + " " + System.nanoTime();
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            // The holder before us may have removed the file between our open and our lock: then
            // what we locked is no longer at this name, and we try again with the file that is.
            if (Files.exists(file) && token.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                return new FolderLock(file, channel, lock);
            }
            lock.release();
            channel.close();
        }
        return null;
    }

    /** The process id written by the run that holds the lock of {@code dir}, or "" if unknown. */
    static String holder(Path dir) {
        try {
            String text = Files.readString(dir.resolveSibling("." + dir.getFileName() + ".lock"), StandardCharsets.UTF_8);
            int space = text.indexOf(' ');
            return space > 0 ? text.substring(0, space) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Removes the lock file, then releases the lock; once is enough, more is harmless. */
    @Override
    public void close() {
        if (!channel.isOpen()) return;
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the system drops the lock with the process anyway
        }
    }
}
