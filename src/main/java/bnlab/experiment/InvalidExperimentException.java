package bnlab.experiment;

import java.util.List;

/** An experiment file that cannot be used, with every problem found, each a sentence for a student. */
public final class InvalidExperimentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final List<String> problems;

    public InvalidExperimentException(String source, List<String> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name (or "experiment" when it came from elsewhere). */
    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(String source, List<String> problems) {
        StringBuilder b = new StringBuilder(source).append(": ");
        if (problems.size() == 1) return b.append(problems.get(0)).toString();
        b.append(problems.size()).append(" problems:");
        for (String p : problems) b.append(System.lineSeparator()).append("  - ").append(p);
        return b.toString();
    }
}
