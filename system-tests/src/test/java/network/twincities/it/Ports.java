package network.twincities.it;

/** The ports of the test run (set by the build, apart from the local run's). */
public final class Ports {
    private Ports() {}

    public static int http() {
        return Integer.getInteger("twincities.it.http.port", 18080);
    }

    public static int keycloak() {
        return Integer.getInteger("twincities.it.keycloak.port", 18180);
    }

    /** The SMTP port of GreenMail: given, or derived from the HTTP port (18080 → 18025). */
    public static int mail() {
        return Integer.getInteger("twincities.it.mail.port", http() - 55);
    }

    public static int db() {
        return Integer.getInteger("twincities.it.db.port", 15433);
    }
}
