package bnlab.data;

/**
 * A user's text as a message quotes it: in double quotes, line breaks and other control
 * characters shown as escapes so the message stays one line, and a long text cut to a prefix
 * with its length, so a megabyte-long field is never printed back whole.
 */
public final class Quoted {
    /** Characters of a long text that a message shows. */
    public static final int PREFIX = 60;
    /** Texts up to this long are quoted whole. */
    public static final int WHOLE = 80;

    private Quoted() {}

    /** {@code "text"}, or {@code "first 60 characters…" (N characters)}. */
    public static String text(String s) {
        if (s == null) return "nothing";
        boolean cut = s.length() > WHOLE;
        String shown = cut ? prefix(s) : s;
        String quoted = "\"" + visible(shown) + (cut ? "…" : "") + "\"";
        return cut ? quoted + " (" + String.format(java.util.Locale.ROOT, "%,d", s.length()) + " characters)" : quoted;
    }

    /** A value written as the user wrote it (a JSON number, list or object), bounded the same way but not quoted. */
    public static String raw(String s) {
        if (s.length() <= WHOLE) return visible(s);
        return visible(prefix(s)) + "… (" + String.format(java.util.Locale.ROOT, "%,d", s.length())
                + " characters)";
    }

    /** The first {@link #PREFIX} characters, never half of a character outside the BMP. */
    private static String prefix(String s) {
        int end = Character.isHighSurrogate(s.charAt(PREFIX - 1)) ? PREFIX - 1 : PREFIX;
        return s.substring(0, end);
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
