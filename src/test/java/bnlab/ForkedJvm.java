package bnlab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a JVM of its own, with this one's class path: for tests that need their own heap or a process to kill. */
public final class ForkedJvm {
    private ForkedJvm() {}

    public static List<String> command(String maxHeap, String mainClass, String... args) {
        return command(maxHeap, List.of(), mainClass, args);
    }

    /** The same, with {@code jvmOptions} (system properties, say) before the class path. */
    public static List<String> command(String maxHeap, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xmx" + maxHeap);
        command.add("--add-modules=jdk.incubator.vector"); // as the launcher would relaunch itself: one process to watch or kill
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
