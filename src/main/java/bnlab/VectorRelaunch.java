package bnlab;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives {@code java -jar bnlab.jar} the engine's fast kernels. They need the incubating module
 * {@code jdk.incubator.vector}, which only a command-line option can add ({@code --add-modules};
 * a jar's manifest cannot). So when that module is missing from the boot layer but the Java runtime
 * has it, {@link #runIfNeeded} starts the same java again, with the same JVM options, class path
 * and arguments plus {@code --add-modules jdk.incubator.vector}, inherits standard input and
 * output, and exits with the child's exit code. The rules, for anyone who starts the app another
 * way (a packaged image, an IDE):
 * <ul>
 *   <li>nothing happens when the module is already loaded (pass {@code --add-modules
 *       jdk.incubator.vector} yourself and there is no second JVM);</li>
 *   <li>nothing happens when the runtime lacks the module, when the app is not on the class path,
 *       or with {@code -Dbnlab.kernels=plain}: the engine then uses its plain-Java kernels and says
 *       so once on stderr;</li>
 *   <li>opt-out: {@code -Dbnlab.relaunch=false} or the environment variable
 *       {@code BNLAB_NO_RELAUNCH=1};</li>
 *   <li>loop guard: the child runs with {@code BNLAB_RELAUNCHED=1} and never starts another.</li>
 * </ul>
 * The child's stderr passes through this process, less the JVM's first line "WARNING: Using
 * incubator modules: jdk.incubator.vector", which is expected and harmless. A child does not
 * inherit this process's open pipes, so an argument naming one (a shell's {@code <(…)}, which
 * is {@code /dev/fd/63}) is read here first and the child given a copy ({@link PipeCopies}).
 */
final class VectorRelaunch {
    static final String MODULE = "jdk.incubator.vector";
    static final String GUARD_VARIABLE = "BNLAB_RELAUNCHED";
    static final String OPT_OUT_VARIABLE = "BNLAB_NO_RELAUNCH";
    static final String OPT_OUT_PROPERTY = "bnlab.relaunch";
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + MODULE;

    private VectorRelaunch() {}

    /**
     * Runs the app in a child JVM with the module, if that is needed and possible; returns its exit
     * code, or -1 if this JVM should run the app itself.
     */
    static int runIfNeeded(String[] args) {
        if (!wanted(System.getenv(), System.getProperty(OPT_OUT_PROPERTY), System.getProperty("bnlab.kernels"))) {
            return -1;
        }
        if (ModuleLayer.boot().findModule(MODULE).isPresent()) return -1;
        if (ModuleFinder.ofSystem().find(MODULE).isEmpty()) return -1;
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || VectorRelaunch.class.getModule().isNamed()) return -1;
        List<String> jvmOptions;
        try {
            jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return -1; // no java.management: run here, on the plain kernels
        }
        String java = javaExecutable();
        if (java == null) return -1;
        PipeCopies pipes;
        try {
            pipes = PipeCopies.of(args);
        } catch (IOException e) {
            return -1; // this JVM reads the pipes itself, on the plain kernels
        }
        List<String> options = new ArrayList<>(jvmOptions);
        if (pipes.folder() != null) options.add("-D" + PipeCopies.PROPERTY + "=" + pipes.folder());
        List<String> command = command(java, options, classPath, Launcher.class.getName(), pipes.args());
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(GUARD_VARIABLE, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            pipes.delete();
            return -1;
        }
        Thread stop = new Thread(child::destroy, "bnlab-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Thread errors = new Thread(() -> copyWithoutWarning(child.getErrorStream(), System.err), "bnlab-relaunch-stderr");
        errors.setDaemon(true);
        errors.start();
        try {
            int code = child.waitFor();
            errors.join(2000);
            return code;
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            pipes.delete();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    /** Whether a restart may be tried at all, given the environment and the two properties. */
    static boolean wanted(Map<String, String> env, String relaunchProperty, String kernelsProperty) {
        if (env.containsKey(GUARD_VARIABLE)) return false;
        String optOut = env.get(OPT_OUT_VARIABLE);
        if (optOut != null && !optOut.isEmpty() && !optOut.equals("0")) return false;
        if ("false".equalsIgnoreCase(relaunchProperty)) return false;
        return !"plain".equals(kernelsProperty);
    }

    /** The child's command line: java, this JVM's options, the module, the class path, the main class, the arguments. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, String mainClass,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("--add-modules");
        command.add(MODULE);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The java of this runtime, or null: a native launcher (a packaged app's) is not java and
     * cannot take JVM options as arguments, so it is never restarted.
     */
    private static String javaExecutable() {
        for (String name : new String[] {"java", "java.exe"}) {
            File java = new File(System.getProperty("java.home"), "bin" + File.separator + name);
            if (java.canExecute()) return java.getPath();
        }
        return null;
    }

    /** Copies {@code in} to {@code out}, leaving out the JVM's incubator warning if it is the first line. */
    static void copyWithoutWarning(InputStream in, OutputStream out) {
        try {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') first.write(b);
            String line = first.toString(StandardCharsets.UTF_8).strip();
            if (!line.equals(INCUBATOR_WARNING)) {
                first.writeTo(out);
                if (b == '\n') out.write('\n');
                out.flush();
            }
            if (b == -1) return;
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the child has gone; nothing more to copy
        }
    }
}
