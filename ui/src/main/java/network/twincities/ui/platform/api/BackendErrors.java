package network.twincities.ui.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What to tell the user when a backend call failed: a translated sentence, never a stack trace. */
public final class BackendErrors {

    private static final Logger LOG = Logger.getLogger(BackendErrors.class.getName());

    private BackendErrors() {}

    /**
     * The message for a failure, with {@code translate} giving the text of a translation key and its
     * parameters.
     */
    public static String message(Throwable failure, BiFunction<String, Object[], String> translate) {
        if (failure instanceof BackendException backend) {
            LOG.log(Level.FINE, "backend error", failure);
            return forStatus(backend.status(), backend.problem().message(), translate);
        }
        if (failure instanceof WebApplicationException web) {
            LOG.log(Level.FINE, "backend error", failure);
            return forStatus(
                    web.getResponse().getStatus(), "HTTP " + web.getResponse().getStatus(), translate);
        }
        if (failure instanceof ProcessingException) {
            LOG.log(Level.WARNING, "backend unreachable: {0}", String.valueOf(failure.getMessage()));
            return translate.apply("error.unreachable", new Object[0]);
        }
        LOG.log(Level.WARNING, "unexpected failure calling the backend", failure);
        return translate.apply("error.unexpected", new Object[0]);
    }

    private static String forStatus(int status, String detail, BiFunction<String, Object[], String> translate) {
        if (status == 401) {
            return translate.apply("error.unauthorized", new Object[0]);
        }
        if (status == 403) {
            return translate.apply("error.forbidden", new Object[0]);
        }
        if (status == 404) {
            return translate.apply("error.notFound", new Object[0]);
        }
        if (status >= 500) {
            return translate.apply("error.server", new Object[0]);
        }
        return translate.apply("error.rejected", new Object[] {detail});
    }
}
