package network.twincities.territory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.problem.Problem;
import network.twincities.platform.problem.ProblemException;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.TerritoryKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("territories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "Member and candidate cities, provinces, regions and countries")
@APIResponse(
        responseCode = "401",
        description = "No valid bearer token",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class TerritoriesResource {

    /** API field → entity attribute, the fields a client may sort on. */
    static final Map<String, String> SORTABLE = Map.of(
            "slug", "slug",
            "name", "name.en",
            "kind", "kind",
            "country", "country",
            "population", "population",
            "membership", "membership");

    @Inject
    TerritoryRepository territories;

    @GET
    @Operation(summary = "The territory directory", description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(responseCode = "200", description = "A page of territories")
    @APIResponse(
            responseCode = "400",
            description = "Bad paging, sorting or filter parameter",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<TerritoryRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(
                            description = "field,asc|desc; fields: slug, name, kind, country, population, membership",
                            example = "name,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "COUNTRY, REGION, PROVINCE, CITY or MUNICIPALITY") @QueryParam("kind") String kind,
            @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "MA") @QueryParam("country")
                    String country,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        var filter = new TerritoryRepository.Filter(
                QueryParams.enumValue("kind", kind, TerritoryKind.class),
                QueryParams.text(country),
                QueryParams.text(q));
        return territories.search(filter, request).map(TerritoryRepresentation::of);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One territory", description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The territory",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TerritoryRepresentation.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such territory",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("slug") String slug) {
        var territory = territories
                .findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No territory '" + slug + "'."));
        return Response.ok(TerritoryRepresentation.of(territory))
                .tag(new EntityTag(String.valueOf(territory.version())))
                .build();
    }
}
