package bnlab.export;

/** An experiment that cannot be exported; the message is a sentence for the user. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
