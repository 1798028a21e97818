package bnlab.data;

import java.nio.file.Path;

/** Lets tests in other packages make a FIFO the way {@link NotAFileTest} does. */
public final class NotAFileTestAccess {
    private NotAFileTestAccess() {}

    public static Path fifo(Path at) throws Exception {
        return NotAFileTest.fifo(at);
    }
}
