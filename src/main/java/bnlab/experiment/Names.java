package bnlab.experiment;

import bnlab.data.Quoted;
import java.util.ArrayList;
import java.util.List;

/**
 * What an experiment's or a variant's name may hold. A name heads the window, the progress lines
 * and the CSV rows, and a variant's name is part of file names; so it is one line, without
 * control characters, and short enough for a chart's title and a file name. These are refused
 * when the file is read, before anything trains.
 */
final class Names {
    /** Characters of an experiment's name. */
    static final int MAX_EXPERIMENT = 200;
    /** Characters of a variant's name: it labels a curve in a legend. */
    static final int MAX_VARIANT = 60;

    private Names() {}

    static List<String> problems(String field, String name, int max) {
        List<String> p = new ArrayList<>();
        if (name.length() > max) {
            p.add(field + " must be at most " + max + " characters long; got " + Quoted.text(name)
                    + (name.length() > Quoted.WHOLE ? "" : " (" + name.length() + " characters)"));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                p.add(field + " must be one line without control characters (a line break, a tab); got "
                        + Quoted.text(name) + ", which holds " + Quoted.raw(String.valueOf(c)) + " at character " + (i + 1));
                break;
            }
        }
        return p;
    }
}
