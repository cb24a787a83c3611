package network.twincities.platform.configuration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import network.twincities.config.Secrets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the deployment, before the schema is migrated, when a secret is missing or is a demo secret
 * outside demo mode ({@link Secrets}). Payara Micro keeps running after a failed deployment, but
 * without this application its readiness lists no {@code schema} check and the API answers 404, so
 * no load balancer or health check takes it for ready.
 */
@Singleton
@Startup
public class SecretCheck {

    // named apart from check(Config): the EJB container finds lifecycle methods by name, not signature
    @PostConstruct
    void atStartup() {
        check(ConfigProvider.getConfig(getClass().getClassLoader()));
    }

    /** Throws, after logging why, when the configuration's secrets must not be used. */
    static void check(Config config) {
        Secrets.require("backend", config, secrets(config));
    }

    /** The database password (and the schema owner's, if it has its own) and Keycloak's admin API secret. */
    static Map<String, Optional<String>> secrets(Config config) {
        Map<String, Optional<String>> secrets = new LinkedHashMap<>();
        secrets.put("twincities.db.password", config.getOptionalValue("twincities.db.password", String.class));
        secrets.put(
                "twincities.keycloak.admin.client-secret",
                config.getOptionalValue("twincities.keycloak.admin.client-secret", String.class));
        if (config.getOptionalValue("twincities.db.owner-user", String.class).isPresent()) {
            secrets.put(
                    "twincities.db.owner-password",
                    config.getOptionalValue("twincities.db.owner-password", String.class));
        }
        return secrets;
    }
}
