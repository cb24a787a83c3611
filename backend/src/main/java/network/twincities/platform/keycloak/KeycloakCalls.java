package network.twincities.platform.keycloak;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;

/**
 * Runs a call of Keycloak's admin API: when Keycloak cannot be reached, times out, fails (5xx) or
 * refuses the backend's own service account (401, 403: a deployment's mistake), the client gets a 503
 * problem, never a 500 nor Keycloak's answer. Other answers (404, 409) are the caller's to handle.
 */
public final class KeycloakCalls {

    private static final Logger LOG = Logger.getLogger(KeycloakCalls.class.getName());

    private KeycloakCalls() {}

    /** @param what the call in words, for the log and the problem ("create the partner system's client") */
    public static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw unavailable(what, e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw unavailable(what, e);
            }
            throw e;
        } finally {
            JaxRsRuntime.keepJersey();
        }
    }

    public static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** The status of a failed call that was answered (404, 409...), or 0. */
    public static int status(WebApplicationException e) {
        return e.getResponse() == null ? 0 : e.getResponse().getStatus();
    }

    private static ProblemException unavailable(String what, RuntimeException e) {
        LOG.log(Level.WARNING, "Keycloak's admin API failed to " + what + ": " + e, e);
        return new ProblemException(
                ProblemType.UNAVAILABLE, "The identity provider (Keycloak) is unavailable: could not " + what + ".");
    }
}
