package bnlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code bnlab run|sweep|bench|lessons|export-torch}. */
@Command(name = "bnlab", mixinStandardHelpOptions = true, version = "BatchNorm Lab 0.1",
        description = {"BatchNorm Lab. Without a command it opens the app.",
                "The commands (all but app) run without a window: train an experiment, measure speed,",
                "check the lessons' claims, export an experiment as a PyTorch script that checks itself."},
        subcommands = {AppCommand.class, RunCommand.class, SweepCommand.class, BenchCommand.class, LessonsCommand.class,
                ExportTorchCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Cli());
        // Whatever escapes a command (out of memory, a bug) is one sentence and status 1, never a stack trace.
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(bnlab.train.Failure.describe(e));
            if (debug) e.printStackTrace(line.getErr());
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(bnlab.train.Failure.outOfMemory());
            return 1;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
