package network.twincities.ui.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the UI's deployment when its client secret is missing or the demo's, outside demo mode
 * ({@link Secrets}). Payara Micro keeps running after a failed deployment, but without the UI its
 * readiness lists no {@code api} check and {@code /} answers 404, so nothing takes it for ready.
 */
@WebListener
public class SecretCheck implements ServletContextListener {

    public static final String DEMO = "twincities.demo";
    public static final String CLIENT_SECRET = "twincities.oidc.client-secret";

    private static final Logger LOG = Logger.getLogger(SecretCheck.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        check(ConfigProvider.getConfig(getClass().getClassLoader()));
    }

    static void check(Config config) {
        var problems = Secrets.problems(
                demo(config), Map.of(CLIENT_SECRET, config.getOptionalValue(CLIENT_SECRET, String.class)));
        if (!problems.isEmpty()) {
            String message = Secrets.refusal("UI", problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    static boolean demo(Config config) {
        return config.getOptionalValue(DEMO, Boolean.class).orElse(false);
    }
}
