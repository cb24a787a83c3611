package network.twincities.sync.boundary;

import java.util.List;
import network.twincities.project.boundary.ProjectRepresentation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a bulk upsert of projects, as the API document describes it ({@link ProjectUpserts} reads it
 * item by item, to name each bad one).
 */
@Schema(
        name = "ProjectUpserts",
        description = "Projects of the caller's territory, each keyed by its externalId",
        requiredProperties = {"items"})
public record ProjectItems(
        @Schema(
                type = SchemaType.ARRAY,
                implementation = ProjectRepresentation.class,
                minItems = 1,
                maxItems = 1000,
                description = "1 to 1000 projects as a POST of /projects takes them, each with its"
                        + " externalId (required, unique in the request); leadTerritory is the caller's"
                        + " territory and may be left out")
        List<ProjectRepresentation> items) {}
