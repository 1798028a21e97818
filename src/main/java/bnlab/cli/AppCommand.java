package bnlab.cli;

import bnlab.ui.BnLabApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Opens the app, optionally with an experiment, already playing, in presenter mode or in a language. */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = "Open the BatchNorm Lab window (what running without arguments does), with options for a lesson.")
public final class AppCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT.json", description = "Experiment to open instead of the built-in one.")
    Path experiment;

    @Option(names = "--play", description = "Start training at once.")
    boolean play;

    @Option(names = "--presenter", description = "Start in presenter mode (full screen, larger).")
    boolean presenter;

    @Option(names = "--speed", paramLabel = "STEPS_PER_SECOND", description = "Training speed limit (default: as fast as possible).")
    Double speed;

    @Option(names = "--measure", paramLabel = "SECONDS",
            description = {"Benchmark: after 30 s of warm-up, alternate 5-second phases of training in the window, the",
                    "headless runner's way, and headless with the window's statistics, until the window has trained",
                    "for SECONDS; print frames/s, steps/s and the ratios; then quit."})
    Double measure;

    @Option(names = "--record", paramLabel = "FILE.gif",
            description = {"Record the charts as a looping animated GIF (10 frames/s, their on-screen size) into FILE,",
                    "then quit: status 0 once the file is written, 1 if it cannot be, 2 (before the window opens) if",
                    "the experiment cannot be used. Implies --play."})
    Path record;

    @Option(names = "--record-seconds", paramLabel = "SECONDS",
            description = "How long --record records (default 20, at most 120).")
    Double recordSeconds;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the window (default: the system's).")
    String language;

    /** The fastest speed limit that means something: beyond it, "as fast as possible" (0) is what is meant. */
    static final double MAX_SPEED = 1_000_000;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (experiment != null) args.add("--experiment=" + experiment.toAbsolutePath());
        if (play) args.add("--play");
        if (presenter) args.add("--presenter");
        if (speed != null) {
            if (!(speed >= 0) || speed > MAX_SPEED) {
                System.err.println("--speed must be 0 (as fast as possible) or a number of steps per second up to "
                        + (int) MAX_SPEED + "; got " + speed);
                return 2;
            }
            args.add("--speed=" + speed);
        }
        if (measure != null) {
            if (!(measure > 0) || measure > 86_400) {
                System.err.println("--measure must be a positive number of seconds, at most 86400; got " + measure);
                return 2;
            }
            args.add("--measure=" + measure);
        }
        if (recordSeconds != null && record == null) {
            System.err.println("--record-seconds needs --record FILE.gif");
            return 2;
        }
        if (record != null) {
            double s = recordSeconds == null ? 20 : recordSeconds;
            if (!(s > 0 && s <= bnlab.ui.record.Recording.MAX_SECONDS)) {
                System.err.println("--record-seconds must be more than 0 and at most "
                        + (int) bnlab.ui.record.Recording.MAX_SECONDS + "; got " + recordSeconds);
                return 2;
            }
            Path dir = record.toAbsolutePath().getParent();
            if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
                System.err.println("--record: the folder " + dir + " does not exist");
                return 2;
            }
            if (java.nio.file.Files.exists(record) && !java.nio.file.Files.isRegularFile(record)) {
                System.err.println("--record: " + record + " exists and is not a file (a folder, a device, a pipe); "
                        + "only a file is replaced by the recording: name a new file or an existing GIF");
                return 2;
            }
            // A recording is a script: nothing may wait for a person, so a bad experiment ends here, as a sentence.
            if (experiment != null && ExperimentInput.load(experiment, System.err) == null) return 2;
            if (!play) args.add("--play"); // recording what does not move would wait for ever
            args.add("--record=" + record.toAbsolutePath());
            args.add("--record-seconds=" + s);
        }
        if (language != null) {
            if (!language.equals("en") && !language.equals("zh")) {
                System.err.println("--lang must be en or zh; got " + bnlab.data.Quoted.text(language));
                return 2;
            }
            args.add("--lang=" + language);
        }
        BnLabApp.launchFromClassPath(args.toArray(String[]::new));
        return BnLabApp.exitStatus();
    }
}
