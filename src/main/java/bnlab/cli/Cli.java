package bnlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code bnlab run|bench|lessons}. */
@Command(name = "bnlab", mixinStandardHelpOptions = true, version = "BatchNorm Lab 0.1",
        description = {"BatchNorm Lab. Without a command it opens the app.",
                "The commands (all but app) run without a window: train an experiment, measure speed,",
                "check the lessons' claims."},
        subcommands = {AppCommand.class, RunCommand.class, BenchCommand.class, LessonsCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static int execute(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
