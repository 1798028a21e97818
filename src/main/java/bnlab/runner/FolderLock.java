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
    private final FileChannel check;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileChannel check, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
    }

    /** Thrown when another run holds the lock; {@code pid} is its process id, or "" if unknown. */
    static final class Held extends Exception {
        private static final long serialVersionUID = 1L;
        final String pid;

        Held(String pid) {
            super("held by process " + pid);
            this.pid = pid;
        }
    }

    /** The lock of {@code dir}; {@link Held} if another run holds it. */
    static FolderLock acquire(Path dir) throws IOException, Held {
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
                String pid = holder(channel); // through this channel: opening another would drop a lock this process holds
                channel.close();
                throw new Held(pid);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            // The holder before us may have removed the file between our open and our lock: then what we
            // locked is no longer at this name, and we try again with the file that is. The check reads
            // through a channel kept open with the lock: closing any channel of the file would drop it.
            FileChannel check = null;
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
                ByteBuffer read = ByteBuffer.allocate(token.length() + 1);
                while (check.read(read) > 0 && read.hasRemaining()) { }
                if (token.equals(new String(read.array(), 0, read.position(), StandardCharsets.UTF_8))) {
                    return new FolderLock(file, channel, check, lock);
                }
            } catch (java.nio.file.NoSuchFileException removed) {
                // try again
            }
            if (check != null) check.close();
            lock.release();
            channel.close();
        }
        throw new Held("");
    }

    /** The process id the holder wrote at the start of the lock file, or "". */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer read = ByteBuffer.allocate(64);
            channel.read(read, 0);
            String text = new String(read.array(), 0, read.position(), StandardCharsets.UTF_8);
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
            check.close();
            channel.close();
        } catch (IOException e) {
            // the system drops the lock with the process anyway
        }
    }
}
