package network.twincities.notification.entity;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whom a notification is addressed to: one login, everyone with a realm role, or the officials of a
 * territory. Stored as {@code user:<login>}, {@code role:<role>} or {@code territory:<slug>}.
 */
public record Audience(Kind kind, String name) {

    public enum Kind {
        USER("user"),
        ROLE("role"),
        TERRITORY("territory");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public Audience {
        Objects.requireNonNull(kind);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an audience needs a name");
        }
    }

    public static Audience user(String login) {
        return new Audience(Kind.USER, login);
    }

    public static Audience role(String role) {
        return new Audience(Kind.ROLE, role);
    }

    public static Audience territory(String slug) {
        return new Audience(Kind.TERRITORY, slug);
    }

    public static Audience parse(String value) {
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? "" : value.substring(0, colon);
        for (var kind : Kind.values()) {
            if (kind.prefix.equals(prefix)) {
                return new Audience(kind, value.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("not an audience: " + value);
    }

    /** The audiences someone with this login, these roles and this territory (null: none) belongs to. */
    public static Set<Audience> of(String login, Set<String> roles, String territory) {
        var audiences = new LinkedHashSet<Audience>();
        audiences.add(user(login));
        roles.forEach(role -> audiences.add(role(role)));
        if (territory != null) {
            audiences.add(territory(territory));
        }
        return audiences;
    }

    @Override
    public String toString() {
        return kind.prefix + ":" + name;
    }
}
