package bnlab;

import bnlab.cli.Cli;
import bnlab.ui.BnLabApp;

/**
 * Entry point of {@code java -jar bnlab.jar}. A class that extends {@code Application} cannot be the
 * main class of a plain class-path jar, so this one decides: no arguments start the app, a lone
 * experiment file ({@code bnlab lesson.json}, what a desktop's "open with" passes) opens the app
 * with it, anything else is a sub-command. First, where the Vector API module is missing, it
 * restarts java with it so the engine gets its fast kernels ({@link VectorRelaunch} says when and how).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int relaunched = VectorRelaunch.runIfNeeded(args);
        if (relaunched >= 0) System.exit(relaunched);
        if (args.length == 0) {
            BnLabApp.launchFromClassPath(args);
        } else if (opensExperiment(args)) {
            System.exit(Cli.execute("app", args[0]));
        } else {
            System.exit(Cli.execute(args));
        }
    }

    /** One argument naming a .json file (sub-commands and options never end in .json). */
    static boolean opensExperiment(String[] args) {
        return args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json") && !args[0].startsWith("-");
    }
}
