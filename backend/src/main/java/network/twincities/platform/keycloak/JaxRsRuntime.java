package network.twincities.platform.keycloak;

import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Payara's JAX-RS runtime (Jersey's) as the one JAX-RS {@link RuntimeDelegate} of the JVM. The
 * delegate is a single instance for every application of the server, found once through the class loader
 * of the first caller: with the RESTEasy client in this WAR (for Keycloak's admin API), a first call from
 * here finds RESTEasy's, and the other applications then get RESTEasy's {@code UriBuilder} too (Payara's
 * OpenID Connect sign-out in the UI builds its redirect with one and no longer works). The admin client
 * never needs the JVM's delegate: it makes its own provider factory.
 */
final class JaxRsRuntime {

    private static final Logger LOG = Logger.getLogger(JaxRsRuntime.class.getName());
    private static final String JERSEY = "org.glassfish.jersey.internal.RuntimeDelegateImpl";

    private JaxRsRuntime() {}

    /** Puts Jersey's delegate back if RESTEasy's took its place; does nothing where Jersey cannot be found. */
    static void keepJersey() {
        RuntimeDelegate current;
        try {
            current = RuntimeDelegate.getInstance();
        } catch (RuntimeException e) {
            current = null;
        }
        if (current != null && !current.getClass().getName().startsWith("org.jboss.resteasy.")) {
            return;
        }
        for (ClassLoader loader : new ClassLoader[] {
            RuntimeDelegate.class.getClassLoader(),
            Thread.currentThread().getContextClassLoader(),
            JaxRsRuntime.class.getClassLoader()
        }) {
            if (loader == null) {
                continue;
            }
            try {
                RuntimeDelegate.setInstance((RuntimeDelegate)
                        Class.forName(JERSEY, true, loader).getConstructor().newInstance());
                return;
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                LOG.log(Level.FINE, "No Jersey runtime through " + loader, e);
            }
        }
        LOG.warning("JAX-RS' runtime is RESTEasy's and Jersey's could not be found to put it back");
    }
}
