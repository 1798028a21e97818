package bnlab.nn;

/**
 * Chooses the engine's kernels once per JVM. The Vector API ones are used where the incubating
 * module {@code jdk.incubator.vector} is in the boot layer (every way the app starts adds it; see
 * README, "Fast kernels"); elsewhere the plain-Java ones are, and one sentence on stderr says so.
 * The system property {@code bnlab.kernels=plain} forces the plain ones (the tests run both);
 * {@code bnlab.kernels=vector} insists on the Vector API and fails where it is missing.
 */
public final class Kernels {
    /** The system property that chooses the kernels: {@code plain}, {@code vector} or unset (the best available). */
    public static final String PROPERTY = "bnlab.kernels";
    static final String VECTOR_MODULE = "jdk.incubator.vector";

    static final Products PRODUCTS = choose();
    private static final boolean VECTOR = !(PRODUCTS instanceof PlainProducts);
    /** The nonlinearities' vector forms, or null with the plain kernels. */
    static final ActivationKernels ACTIVATIONS = VECTOR ? vectorActivations() : null;

    private Kernels() {}

    /** Whether the Vector API kernels are in use. */
    public static boolean vector() {
        return VECTOR;
    }

    /** One line naming the kernels in use, for {@code bnlab bench}. */
    public static String description() {
        return PRODUCTS.description();
    }

    private static ActivationKernels vectorActivations() {
        try {
            return (ActivationKernels) Class.forName("bnlab.nn.VectorActivations").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static Products choose() {
        String wanted = System.getProperty(PROPERTY, "");
        if (wanted.equals("plain")) return new PlainProducts();
        boolean present = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
        if (!present) {
            if (wanted.equals("vector")) {
                throw new IllegalStateException(PROPERTY + "=vector, but the module " + VECTOR_MODULE
                        + " is not loaded: start java with --add-modules " + VECTOR_MODULE);
            }
            System.err.println("Note: the module " + VECTOR_MODULE + " is not loaded, so BatchNorm Lab trains with"
                    + " its plain-Java kernels (slower, same results); start java with --add-modules "
                    + VECTOR_MODULE + " for the fast ones.");
            return new PlainProducts();
        }
        try {
            // By name, so that nothing links against the module where it is absent.
            return (Products) Class.forName("bnlab.nn.VectorProducts").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("Note: the Vector API kernels could not start (" + e + "); BatchNorm Lab trains with"
                    + " its plain-Java kernels (slower, same results).");
            return new PlainProducts();
        }
    }
}
