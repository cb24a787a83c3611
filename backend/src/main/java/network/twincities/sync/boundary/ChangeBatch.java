package network.twincities.sync.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of the change feed and where to go on from, as the API document describes it ({@link SyncResource}
 * writes it by hand, each change's data as stored).
 */
@Schema(name = "ChangeBatch", description = "Changes in commit order, and the cursor to ask for the next ones")
@JsonbPropertyOrder({"changes", "nextCursor", "hasMore"})
public record ChangeBatch(
        // no @Schema here: with one, the scanner writes Change inline, and generated clients get a class
        // of their own for it (ChangeBatchChangesInner) instead of the named Change
        List<ChangeRepresentation> changes,

        @Schema(
                description = "Opaque: pass it as ?after= to get the changes committed after these. Store it"
                        + " with the copy the changes were applied to.",
                example = "c2.MTIzNC4w")
        String nextCursor,

        @Schema(description = "Whether more changes are there already (ask again at once)")
        boolean hasMore) {}
