package network.twincities.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a verified access token says about its caller: the login recorded in audit fields, the realm
 * roles (claim {@code groups}; none when absent), the territory (claim {@code territory}), when the
 * token expires (claim {@code exp}, epoch seconds) and the client it was issued to (claim {@code azp};
 * null when absent).
 */
public record BearerToken(String name, Set<String> roles, String territory, long expiresAt, String clientId) {

    /** The request attribute under which the authentication mechanism leaves the verified token. */
    static final String ATTRIBUTE = BearerToken.class.getName();

    public BearerToken {
        roles = Set.copyOf(roles);
    }

    /**
     * Reads the claims of a token whose signature, issuer, audience and expiry were checked.
     *
     * @throws InvalidTokenException if a claim has the wrong type or no name can be found
     */
    static BearerToken of(JsonObject claims) {
        String name = string(claims, "preferred_username");
        if (name == null) {
            name = string(claims, "upn");
        }
        if (name == null) {
            name = string(claims, "sub");
        }
        if (name == null) {
            throw new InvalidTokenException("no preferred_username, upn or sub");
        }
        return new BearerToken(
                name, roles(claims), string(claims, "territory"), number(claims, "exp"), string(claims, "azp"));
    }

    private static Set<String> roles(JsonObject claims) {
        JsonValue groups = claims.get("groups");
        if (groups == null || groups == JsonValue.NULL) {
            return Set.of();
        }
        if (!(groups instanceof JsonArray array)) {
            throw new InvalidTokenException("groups is not an array");
        }
        var roles = new LinkedHashSet<String>();
        for (JsonValue role : array) {
            if (!(role instanceof JsonString text)) {
                throw new InvalidTokenException("groups holds a non-string");
            }
            roles.add(text.getString());
        }
        return roles;
    }

    static String string(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidTokenException(name + " is not a string");
        }
        return text.getString();
    }

    static long number(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (!(value instanceof jakarta.json.JsonNumber number)) {
            throw new InvalidTokenException(value == null ? "no " + name : name + " is not a number");
        }
        return number.longValue();
    }
}
