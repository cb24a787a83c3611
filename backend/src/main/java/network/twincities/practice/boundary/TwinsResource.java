package network.twincities.practice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import network.twincities.platform.ResourceName;
import network.twincities.platform.problem.ProblemException;
import network.twincities.practice.control.Matchmaker;
import network.twincities.territory.control.TerritoryRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Matchmaking for a territory: the territories it might twin with. */
@Path(ResourceName.Paths.TERRITORIES + "/{slug}/suggested-twins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matchmaking", description = "Territories that might twin, with the reasons")
public class TwinsResource {

    @Inject
    TerritoryRepository territories;

    @Inject
    Matchmaker matchmaker;

    @GET
    @Operation(
            operationId = "suggestTwins",
            summary = "Territories a territory might twin with",
            description = "Any authenticated caller. Best fit first (then by slug), each with a score from 0 to 1 and"
                    + " its reasons: cooperation axes both work on (SHARED_AXIS), a best practice both own or adopted"
                    + " (SHARED_PRACTICE), a practice of the other with outcomes on an axis this territory works on"
                    + " but has no practice for (COMPLEMENTARY_OUTCOME), an MoU together (EXISTING_MOU).")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions, best fit first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SuggestionRepresentation.class)))
    public List<SuggestionRepresentation> suggestedTwins(
            @PathParam("slug") String slug,
            @Parameter(description = "How many, 1 to 50", example = "10") @QueryParam("limit") String limit) {
        var territory = territories
                .findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound(ResourceName.TERRITORIES.notFound(slug)));
        return matchmaker.twins(territory, SuggestionRepresentation.limit(limit)).stream()
                .map(SuggestionRepresentation::of)
                .toList();
    }
}
