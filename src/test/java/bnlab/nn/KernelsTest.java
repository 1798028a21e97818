package bnlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The tests run on the kernels they were asked for: the Vector API ones by default (surefire adds
 * the module), the plain ones under {@code -Dbnlab.kernels=plain} (the second surefire run).
 * Without this, a build that lost the module would quietly test only the fallback.
 */
class KernelsTest {
    @Test
    void testsRunOnTheRequestedKernels() {
        boolean plainWanted = "plain".equals(System.getProperty(Kernels.PROPERTY));
        assertEquals(!plainWanted, Kernels.vector(), "kernels in use: " + Kernels.description());
    }
}
