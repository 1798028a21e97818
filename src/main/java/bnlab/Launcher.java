package bnlab;

import bnlab.cli.Cli;
import bnlab.ui.BnLabApp;

/**
 * Entry point of {@code java -jar bnlab.jar}. A class that extends {@code Application} cannot be the
 * main class of a plain class-path jar, so this one decides: no arguments start the app, anything
 * else is a headless sub-command.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            BnLabApp.launchFromClassPath(args);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
