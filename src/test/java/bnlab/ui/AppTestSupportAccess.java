package bnlab.ui;

/** The window tests' small experiment, for tests outside this package. */
public final class AppTestSupportAccess {
    public static final String SPIRAL = AppTestSupport.SPIRAL;

    private AppTestSupportAccess() {}
}
