package network.twincities.platform;

/** The realm roles of Keycloak realm {@code twincities}, as they arrive in the token's {@code groups}. */
public final class Roles {
    public static final String OFFICIAL = "official";
    public static final String FORUM_ADMIN = "forum-admin";
    public static final String API_CLIENT = "api-client";

    private Roles() {}
}
