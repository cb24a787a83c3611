package network.twincities.practice.boundary;

import java.util.List;
import network.twincities.platform.paging.QueryParams;
import network.twincities.practice.control.Matchmaking;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A territory matchmaking suggests, with why. */
@Schema(name = "Suggestion", description = "A territory that fits, with its score and the reasons for it")
public record SuggestionRepresentation(
        @Schema(description = "Slug of the territory suggested", example = "rehamna")
        String territory,

        @Schema(description = "How well it fits, from 0 to 1", minimum = "0", maximum = "1", example = "0.75")
        double score,

        @Schema(type = SchemaType.ARRAY, implementation = ReasonRepresentation.class)
        List<ReasonRepresentation> reasons) {

    /** One reason for a suggestion. */
    @Schema(name = "SuggestionReason")
    public record ReasonRepresentation(
            @Schema(
                    description = "SHARED_AXIS, SAME_KIND, SIMILAR_SIZE, EXISTING_MOU, SHARED_PRACTICE or"
                            + " COMPLEMENTARY_OUTCOME",
                    example = "SHARED_AXIS")
            Matchmaking.ReasonKind kind,

            @Schema(
                    description = "What it is about: an axis slug, a kind, the population, an MoU reference or a"
                            + " best practice id",
                    example = "digital-inclusion")
            String detail) {}

    /** The default number of suggestions, and the most a client may ask for. */
    static final int DEFAULT_LIMIT = 10;

    static final int MAX_LIMIT = 50;

    static SuggestionRepresentation of(Matchmaking.Suggestion s) {
        return new SuggestionRepresentation(
                s.territory(),
                s.score(),
                s.reasons().stream()
                        .map(r -> new ReasonRepresentation(r.kind(), r.detail()))
                        .toList());
    }

    /** The {@code limit} query parameter: 1 to 50, 10 when absent; anything else is a 400. */
    static int limit(String value) {
        return QueryParams.limit(value, DEFAULT_LIMIT, MAX_LIMIT);
    }
}
