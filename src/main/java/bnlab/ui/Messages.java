package bnlab.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's translated texts (bundle {@code bnlab.ui.messages}, English and Simplified Chinese). */
final class Messages {
    static final String BUNDLE = "bnlab.ui.messages";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {}

    /** English unless the locale is Chinese: never the JVM's default, whatever it is. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ROOT;
    }

    static String format(ResourceBundle b, String key, Object... args) {
        MessageFormat f = new MessageFormat(b.getString(key), b.getLocale());
        return f.format(args);
    }
}
