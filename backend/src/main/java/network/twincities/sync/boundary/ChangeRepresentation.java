package network.twincities.sync.boundary;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in the feed: an entity as it became (upsert) or its deletion (a tombstone, without data). */
@Schema(name = "Change", description = "A committed change of one resource")
@JsonbPropertyOrder({"resource", "id", "op", "version", "data"})
public record ChangeRepresentation(
        @Schema(
                description = "The resource's name, as in the paths",
                enumeration = {"territories", "organizations", "axes", "events", "mous", "best-practices", "projects"},
                example = "projects")
        String resource,

        @Schema(description = "The entity's id (or slug)", example = "casablanca-settat")
        String id,

        @Schema(
                description = "upsert: the entity as it is now in data; delete: it is gone",
                enumeration = {"upsert", "delete"},
                example = "upsert")
        String op,

        @Schema(description = "The entity's version after the change (its last version for a deletion)", example = "4")
        int version,

        @Schema(
                type = SchemaType.OBJECT,
                description = "The entity as the API serves it after the change (as GET /{resource}/{id}: for"
                        + " projects a Project, for territories a Territory, and so on); absent for a deletion")
        JsonObject data) {}
