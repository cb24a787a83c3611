package network.twincities.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The rule for secrets outside demo mode, one for every part of the system that has secrets (the backend,
 * the UI): each must be given, and none may be one the demo publishes (the README, the demo realm and the
 * local run print them). In demo mode ({@code twincities.demo}) anything goes.
 */
public final class Secrets {

    /** The switch to the demo: its realm, its data, its published secrets. */
    public static final String DEMO = "twincities.demo";

    /** The secrets the demo publishes: never accepted outside demo mode. */
    public static final Set<String> DEMO_VALUES = Set.of(
            "postgres",
            "twincities",
            "keycloak",
            "admin",
            "demo",
            "demo-ui-secret",
            "demo-sync-secret",
            "demo-backend-secret");

    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    private Secrets() {}

    /** Whether the system runs as the demo. */
    public static boolean demo(Config config) {
        return config.getOptionalValue(DEMO, Boolean.class).orElse(false);
    }

    /**
     * Throws, after logging why, when the secrets of a part must not be used: a failed deployment, so that
     * the part never takes a request with them.
     *
     * @param part what refuses to start ("backend", "UI")
     * @param secrets each secret's configuration key and its value, if given
     */
    public static void require(String part, Config config, Map<String, Optional<String>> secrets) {
        var problems = problems(demo(config), secrets);
        if (!problems.isEmpty()) {
            String message = refusal(part, problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * What is wrong with the given secrets, one sentence each; empty when all is well.
     *
     * @param demo whether the system runs as the demo ({@code twincities.demo})
     * @param secrets each secret's configuration key and its value, if given
     */
    public static List<String> problems(boolean demo, Map<String, Optional<String>> secrets) {
        List<String> problems = new ArrayList<>();
        if (demo) {
            return problems;
        }
        secrets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(secret -> {
            String key = secret.getKey();
            Optional<String> value = secret.getValue().map(String::trim).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                problems.add(key + " (" + environmentName(key) + ") is not set");
            } else if (DEMO_VALUES.contains(value.get())) {
                problems.add(key + " (" + environmentName(key) + ") is a published demo secret");
            }
        });
        return problems;
    }

    /** The message that explains a refusal to start. */
    public static String refusal(String part, List<String> problems) {
        return "The " + part + " refuses to start outside demo mode: " + String.join("; ", problems)
                + ". Give every secret a value of its own (an environment variable or a secret file), or set"
                + " TWINCITIES_DEMO=true for the demo.";
    }

    /** {@code twincities.db.password} → {@code TWINCITIES_DB_PASSWORD}, as MicroProfile Config maps them. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
