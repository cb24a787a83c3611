package network.twincities.ui.platform.security;

import jakarta.security.enterprise.identitystore.openid.Claims;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The logged-in user as the token claims describe them: the display name ({@code name}, else {@code
 * preferred_username}), the application roles among the {@code groups}, and the {@code territory}
 * the user is bound to, if any.
 */
public record UserProfile(String username, String displayName, List<String> roles, String territory) {

    /** The application's roles, in the order they are shown. */
    public static final List<String> ROLES = List.of("official", "forum-admin", "api-client");

    public static final UserProfile ANONYMOUS = new UserProfile("", "", List.of(), null);

    public UserProfile {
        roles = List.copyOf(roles);
    }

    /** The role that curates the network: territories, organizations, axes and events. */
    public static final String FORUM_ADMIN = "forum-admin";

    /** Whether the user may create, edit and delete the network's registry (the backend decides). */
    public boolean isForumAdmin() {
        return roles.contains(FORUM_ADMIN);
    }

    /** Reads the claims from the given sources, the first source that has a claim winning. */
    public static UserProfile fromClaims(List<? extends Claims> sources) {
        String username = firstString(sources, "preferred_username").orElse("");
        String displayName = firstString(sources, "name").orElse(username);
        Set<String> groups = new LinkedHashSet<>();
        for (Claims claims : sources) {
            groups.addAll(groups(claims));
        }
        List<String> roles = ROLES.stream().filter(groups::contains).collect(Collectors.toUnmodifiableList());
        String territory = firstString(sources, "territory").orElse(null);
        return new UserProfile(username, displayName, roles, territory);
    }

    /**
     * The roles as the user reads them, translated with {@code translate} (which gets the key {@code
     * role.<name>}), followed by the territory: "Official · casablanca-settat".
     */
    public String rolesLabel(Function<String, String> translate) {
        List<String> parts = new ArrayList<>();
        parts.add(
                roles.isEmpty()
                        ? translate.apply("user.noRole")
                        : roles.stream()
                                .map(role -> translate.apply("role." + role))
                                .collect(Collectors.joining(", ")));
        if (territory != null) {
            parts.add(territory);
        }
        return String.join(" · ", parts);
    }

    private static Optional<String> firstString(List<? extends Claims> sources, String name) {
        for (Claims claims : sources) {
            Optional<String> value = safely(() -> claims.getStringClaim(name), Optional.<String>empty());
            if (value.isPresent() && !value.get().isBlank()) {
                return value.map(String::trim);
            }
        }
        return Optional.empty();
    }

    /** Keycloak sends realm roles as plain names, group memberships as paths ("/official"). */
    private static List<String> groups(Claims claims) {
        List<String> values = safely(() -> claims.getArrayStringClaim("groups"), List.<String>of());
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.substring(value.lastIndexOf('/') + 1))
                .collect(Collectors.toList());
    }

    private static <T> T safely(java.util.function.Supplier<T> read, T fallback) {
        try {
            T value = read.get();
            return value == null ? fallback : value;
        } catch (RuntimeException notOfThatType) {
            return fallback;
        }
    }
}
