package bnlab.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The comments of the generated code, in one language: train.py is written in English; the app's
 * PyTorch tab shows the same code with its comments in the window's language.
 */
final class Comments {
    static final Comments ENGLISH = new Comments(Locale.ROOT);

    private final ResourceBundle bundle;

    Comments(Locale locale) {
        bundle = ResourceBundle.getBundle("bnlab.export.comments", locale);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(args);
    }
}
