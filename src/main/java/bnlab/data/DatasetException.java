package bnlab.data;

/**
 * A dataset could not be loaded. The message is written for the person who chose the file:
 * it names the file (and for CSV the 1-based line and column) and says what is wrong in plain
 * English, so callers can show {@link #getMessage()} as is, without a stack trace.
 */
public final class DatasetException extends Exception {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
