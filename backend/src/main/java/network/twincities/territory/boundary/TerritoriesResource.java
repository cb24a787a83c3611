package network.twincities.territory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.write.Writes;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.TerritoryKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.TERRITORIES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "Member and candidate cities, provinces, regions and countries")
public class TerritoriesResource {

    /** API field → entity attribute, the fields a client may sort on. */
    static final Map<String, String> SORTABLE = Map.of(
            "slug", "slug",
            "name", "name.en",
            "kind", "kind",
            "country", "country",
            "population", "population",
            "membership", "membership");

    static final String EXAMPLE = """
            {"slug": "casablanca-settat", "kind": "REGION",
             "name": {"en": "Casablanca-Settat", "fr": "Région Casablanca-Settat", "ar": "جهة الدار البيضاء-سطات"},
             "parent": "morocco", "country": "MA", "isoCode": "MA-06",
             "population": 6861739, "populationYear": 2014,
             "location": {"lat": 33.5731, "lon": -7.5898}, "membership": "MEMBER"}""";

    @Inject
    TerritoryRepository repository;

    @Inject
    Territories territories;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listTerritories",
            summary = "The territory directory",
            description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(
            responseCode = "200",
            description = "A page of territories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TerritoryPage")))
    public Page<TerritoryRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(
                            description = "field,asc|desc; fields: slug, name, kind, country, population, membership",
                            example = "name,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "COUNTRY, REGION, PROVINCE, CITY or MUNICIPALITY") @QueryParam("kind") String kind,
            @Parameter(description = "ISO 3166-1 alpha-2 country code (any case)", example = "MA")
                    @QueryParam("country")
                    String country,
            @Parameter(description = "CANDIDATE, MEMBER or SUSPENDED") @QueryParam("membership") String membership,
            @Parameter(description = "Slug of the parent territory", example = "morocco") @QueryParam("parent")
                    String parent,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        var filter = new TerritoryRepository.Filter(
                QueryParams.enumValue("kind", kind, TerritoryKind.class),
                QueryParams.country(country),
                QueryParams.enumValue("membership", membership, Membership.class),
                QueryParams.text(parent),
                QueryParams.text(q));
        return repository.search(filter, request).map(TerritoryRepresentation::of);
    }

    @GET
    @Path("{slug}")
    @Operation(
            operationId = "getTerritory",
            summary = "One territory",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The territory, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Territory")))
    public Response get(@PathParam("slug") String slug) {
        return writes.get(territories, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTerritory",
            summary = "Add a territory",
            description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Territory"),
                            examples = @ExampleObject(name = "Casablanca-Settat", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Territory")))
    public Response create(InputStream body) {
        return writes.create(territories, body);
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateTerritory",
            summary = "Edit a territory",
            description = "Forum administrators. The whole territory, as GET returned it with your changes; needs"
                    + " If-Match with its ETag. Read-only fields may stay in the body with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Territory")))
    @APIResponse(
            responseCode = "200",
            description = "The edited territory, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Territory")))
    public Response update(
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return writes.update(territories, slug, ifMatch, body);
    }

    @DELETE
    @Path("{slug}")
    @Operation(
            operationId = "deleteTerritory",
            summary = "Remove a territory",
            description = "Forum administrators; needs If-Match. A territory still referenced (by territories below"
                    + " it, events, MoUs, projects) cannot be removed: 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writes.delete(territories, slug, ifMatch);
    }
}
