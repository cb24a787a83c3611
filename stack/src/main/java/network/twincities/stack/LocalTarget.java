package network.twincities.stack;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The running system a benchmark measures, from the settings of {@code ./run.sh} ({@code
 * TWINCITIES_HTTP_PORT}, {@code TWINCITIES_KEYCLOAK_PORT}, {@code TWINCITIES_DB_PORT} or {@code
 * TWINCITIES_DB_URL}/{@code _USER}/{@code _PASSWORD}, {@code TWINCITIES_OIDC_ISSUER}): its server, its
 * realm and its database, which must all be on this machine.
 *
 * @param server the Payara Micro serving the API, e.g. {@code http://localhost:8080}
 * @param issuer the realm's issuer URL
 */
record LocalTarget(String server, String issuer, String dbUrl, String dbUser, String dbPassword) {

    /** The target the settings name; refused unless the realm and the database are on this machine. */
    static LocalTarget fromSettings(Settings settings) {
        String issuer = settings.get(
                "twincities.oidc.issuer",
                "http://localhost:" + settings.port("twincities.keycloak.port", 8180) + "/realms/twincities");
        String dbUrl = settings.get(
                "twincities.db.url",
                "jdbc:postgresql://localhost:" + settings.port("twincities.db.port", 5433) + "/postgres");
        boolean external = settings.get("twincities.db.url").isPresent();
        for (String url : List.of(issuer, dbUrl.substring("jdbc:".length()))) {
            String host = URI.create(url).getHost();
            if (!host.equals("localhost") && !host.startsWith("127.")) {
                throw new IllegalArgumentException("The benchmark only runs against this machine, not " + host);
            }
        }
        return new LocalTarget(
                "http://localhost:" + settings.port("twincities.http.port", 8080),
                issuer,
                dbUrl,
                settings.get("twincities.db.user", external ? "twincities" : EmbeddedDatabase.USER),
                settings.get("twincities.db.password", external ? "" : EmbeddedDatabase.PASSWORD));
    }

    /** The REST API's root. */
    String api() {
        return server + "/api/v1";
    }

    /** A new connection to the system's database. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }
}
