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

    public static int db() {
        return Integer.getInteger("twincities.it.db.port", 15433);
    }
}
