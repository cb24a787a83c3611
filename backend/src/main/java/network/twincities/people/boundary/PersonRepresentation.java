package network.twincities.people.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import network.twincities.people.entity.Person;
import network.twincities.platform.json.ReadOnly;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person of the network, as forum administrators see them ({@code /people}) and as each person sees
 * themselves ({@code /me}). Who changed a person last is not shown: the audit log tells.
 */
@Schema(name = "Person", description = "A person of the network: an official or a forum administrator")
@JsonbPropertyOrder({
    "id",
    "name",
    "email",
    "roles",
    "territory",
    "language",
    "enabled",
    "lastSignIn",
    "version",
    "createdAt"
})
public record PersonRepresentation(
        @Schema(
                readOnly = true,
                description = "Keycloak's id of the user",
                example = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")
        String id,

        @Schema(description = "First and last name; set on invitation, read-only after", example = "Salma Bennani")
        String name,

        @Schema(
                description = "The e-mail address, also the login of an invited person; read-only after invitation",
                example = "salma.bennani@rehamna.example")
        String email,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "official and/or forum-admin; forum administrators grant and withdraw them",
                example = "[\"official\"]")
        List<String> roles,

        @Schema(description = "The slug of the person's territory; required for an official", example = "rehamna")
        String territory,

        @Schema(
                description = "The preferred language of the UI, Keycloak's pages and e-mails",
                enumeration = {"en", "fr", "ar"},
                example = "ar")
        String language,

        @Schema(description = "Whether the person may sign in", example = "true")
        boolean enabled,

        @Schema(
                readOnly = true,
                description = "When the person last used the network (at most an hour off); absent" + " when never")
        Instant lastSignIn,

        @Schema(
                readOnly = true,
                description = "A hash of the fields above but lastSignIn: the ETag",
                example = "184467")
        int version,

        @Schema(readOnly = true) Instant createdAt)
        implements ReadOnly {

    static PersonRepresentation of(Person person) {
        return new PersonRepresentation(
                person.id(),
                person.name(),
                person.email(),
                person.roles(),
                person.territory(),
                person.language(),
                person.enabled(),
                person.lastSignIn(),
                person.version(),
                person.createdAt());
    }

    /** Keycloak does not say who made a user; the audit log does. */
    @Override
    public String createdBy() {
        return null;
    }

    @Override
    public Instant updatedAt() {
        return null;
    }

    @Override
    public String updatedBy() {
        return null;
    }
}
