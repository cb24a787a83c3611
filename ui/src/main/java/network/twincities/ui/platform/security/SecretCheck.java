package network.twincities.ui.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;
import network.twincities.config.Secrets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the UI's deployment when its client secret is missing or the demo's, outside demo mode
 * ({@link Secrets}). Payara Micro keeps running after a failed deployment, but without the UI its
 * readiness lists no {@code api} check and {@code /} answers 404, so nothing takes it for ready.
 */
@WebListener
public class SecretCheck implements ServletContextListener {

    public static final String CLIENT_SECRET = "twincities.oidc.client-secret";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        check(ConfigProvider.getConfig(getClass().getClassLoader()));
    }

    /** Throws, after logging why, when the UI's client secret must not be used. */
    static void check(Config config) {
        Secrets.require("UI", config, Map.of(CLIENT_SECRET, config.getOptionalValue(CLIENT_SECRET, String.class)));
    }
}
