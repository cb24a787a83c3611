package network.twincities.stack;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the local run: a system property {@code twincities.x.y} or, if absent, the
 * environment variable {@code TWINCITIES_X_Y}, or the default.
 */
public final class Settings {

    private final Map<String, String> environment;

    public Settings(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static Settings fromSystem() {
        return new Settings(System.getenv());
    }

    public Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int port(String key, int fallback) {
        String value = get(key, String.valueOf(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    environmentName(key) + " (" + key + ") must be a TCP port number, was '" + value + "'");
        }
    }

    /** {@code twincities.db.url} → {@code TWINCITIES_DB_URL}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
