package network.twincities.sync.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk upsert of projects: what became of each item, in the order of the items. */
@Schema(name = "ProjectUpsertResults", description = "What became of each item, in the order of the items")
@JsonbPropertyOrder({"results"})
public record ProjectUpsertResults(
        @Schema(type = SchemaType.ARRAY, implementation = Result.class)
        List<Result> results) {

    /** What became of one item. */
    @Schema(name = "ProjectUpsertResult", description = "What became of one item of a bulk upsert")
    @JsonbPropertyOrder({"externalId", "id", "result"})
    public record Result(
            @Schema(description = "The item's externalId", example = "RH-2024-017")
            String externalId,

            @Schema(description = "The project's id", example = "0f8e4c52-8a0b-4b8e-9c55-3f1f0e1c2d3a")
            String id,

            @Schema(
                    description = "created: a new project; updated: a new version of the project;"
                            + " unchanged: the project was that already (no new version)",
                    enumeration = {"created", "updated", "unchanged"},
                    example = "created")
            String result) {}
}
