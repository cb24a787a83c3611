package network.twincities.it;

/** Where the parts of the system under test answer. */
public final class Urls {
    private Urls() {}

    /** Payara Micro: the UI at {@code /}, the API at {@code /api/v1}. */
    public static String server() {
        return "http://localhost:" + Ports.http();
    }

    public static String api() {
        return server() + "/api/v1";
    }

    public static String keycloak() {
        return "http://localhost:" + Ports.keycloak();
    }

    public static String issuer() {
        return keycloak() + "/realms/twincities";
    }
}
