package bnlab.train;

/**
 * One sentence for something that went wrong inside the program (not in the user's input), for
 * stderr and dialogs: out of memory names what to reduce; anything else is an internal error,
 * named by its type and message (the stack trace goes to a log or behind --debug, never to the user).
 */
public final class Failure {
    private Failure() {}

    public static String describe(Throwable t) {
        Throwable root = t;
        while (!(root instanceof OutOfMemoryError) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof OutOfMemoryError) return outOfMemory();
        String what = t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
        return "An internal error stopped it (" + what + "); this is a bug in BatchNorm Lab, please report it "
                + "with the experiment file.";
    }

    /** What to do when the memory Java was given does not suffice. */
    public static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return "BatchNorm Lab ran out of memory (Java was given " + mb + " MB): use fewer or narrower hidden layers "
                + "(network.hidden), fewer examples (dataset.trainSize, dataset.points) or a smaller probeSize, "
                + "or give Java more memory, e.g. java -Xmx4g -jar bnlab.jar";
    }
}
