package network.twincities.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The top-level resources of the API, named once: their paths (used by the JAX-RS resources through
 * {@link Paths}), how the API root lists them, how the audit log and the change events name them, and
 * how error messages speak of one of them.
 */
public enum ResourceName {
    TERRITORIES(Paths.TERRITORIES, "territory", IdKind.SLUG),
    ORGANIZATIONS(Paths.ORGANIZATIONS, "organization", IdKind.SLUG),
    AXES(Paths.AXES, "cooperation axis", IdKind.SLUG),
    EVENTS(Paths.EVENTS, "event", IdKind.SLUG),
    MOUS(Paths.MOUS, "memorandum", IdKind.SERVER),
    BEST_PRACTICES(Paths.BEST_PRACTICES, "best practice", IdKind.SERVER),
    /**
     * A territory's adoption of a best practice, below it: its id is {@code <practice id>/adoptions/<territory>},
     * so that its links and audit entries are paths below {@link #BEST_PRACTICES}.
     */
    ADOPTIONS(Paths.BEST_PRACTICES, "adoption", IdKind.SERVER),
    PROJECTS(Paths.PROJECTS, "project", IdKind.SERVER),
    AUDIT(Paths.AUDIT, "audit entry", IdKind.SERVER),
    NOTIFICATIONS(Paths.NOTIFICATIONS, "notification", IdKind.SERVER),
    WEBHOOKS(Paths.WEBHOOKS, "webhook", IdKind.SERVER),
    PARTNER_SYSTEMS(Paths.PARTNER_SYSTEMS, "partner system", IdKind.SERVER),
    /** The network's users: kept in Keycloak, their id is Keycloak's user id. */
    PEOPLE(Paths.PEOPLE, "person", IdKind.SERVER);

    /** The path of each resource, as compile-time constants for {@code @Path}. */
    public static final class Paths {
        public static final String TERRITORIES = "territories";
        public static final String ORGANIZATIONS = "organizations";
        public static final String AXES = "axes";
        public static final String EVENTS = "events";
        public static final String MOUS = "mous";
        public static final String BEST_PRACTICES = "best-practices";
        public static final String PROJECTS = "projects";
        public static final String AUDIT = "audit";
        public static final String NOTIFICATIONS = "notifications";
        public static final String WEBHOOKS = "webhooks";
        public static final String PARTNER_SYSTEMS = "partner-systems";
        public static final String PEOPLE = "people";

        private Paths() {}
    }

    /** Who makes the id: the client (a slug it chooses on POST) or the server (a UUID). */
    public enum IdKind {
        SLUG("slug"),
        SERVER("id");

        private final String field;

        IdKind(String field) {
            this.field = field;
        }

        /** The name of the id field in the resource's JSON. */
        public String field() {
            return field;
        }
    }

    private final String path;
    private final String singular;
    private final IdKind idKind;

    ResourceName(String path, String singular, IdKind idKind) {
        this.path = path;
        this.singular = singular;
        this.idKind = idKind;
    }

    /** The path below the API root, also the name the audit log and the change feed use. */
    public String path() {
        return path;
    }

    /** One of them in words, for messages: "territory", "cooperation axis". */
    public String singular() {
        return singular;
    }

    public IdKind idKind() {
        return idKind;
    }

    /** "a territory", "an organization". */
    public String withArticle() {
        return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular;
    }

    /** The detail of a 404: "No territory 'atlantis'." */
    public String notFound(String id) {
        return "No " + singular + " '" + id + "'.";
    }

    /** The detail of the 409 of a duplicate: "A territory 'rehamna' exists already." */
    public String exists(String id) {
        String phrase = withArticle();
        return phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1) + " '" + id + "' exists already.";
    }

    /** The resource a path names, if any. */
    public static Optional<ResourceName> ofPath(String path) {
        return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
    }
}
