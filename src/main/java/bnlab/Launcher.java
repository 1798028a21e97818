package bnlab;

import bnlab.cli.Cli;
import bnlab.ui.BnLabApp;

/**
 * Entry point of {@code java -jar bnlab.jar}. A class that extends {@code Application} cannot be the
 * main class of a plain class-path jar, so this one decides: no arguments start the app, anything
 * else is a headless sub-command. First, where the Vector API module is missing, it restarts java
 * with it so the engine gets its fast kernels ({@link VectorRelaunch} says when and how).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int relaunched = VectorRelaunch.runIfNeeded(args);
        if (relaunched >= 0) System.exit(relaunched);
        if (args.length == 0) {
            BnLabApp.launchFromClassPath(args);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
