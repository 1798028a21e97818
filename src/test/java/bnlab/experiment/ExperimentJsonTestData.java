package bnlab.experiment;

/** The experiment of the sessions issue (Figure 1 of Ioffe &amp; Szegedy), shared by tests. */
public final class ExperimentJsonTestData {
    private ExperimentJsonTestData() {}

    public static final String PAPER = ExperimentJsonTest.PAPER;
}
