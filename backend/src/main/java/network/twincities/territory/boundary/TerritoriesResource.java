package network.twincities.territory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Map;
import network.twincities.audit.control.AuditLog;
import network.twincities.audit.entity.AuditAction;
import network.twincities.platform.Preconditions;
import network.twincities.platform.Responses;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.JsonBodies;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Authorization;
import network.twincities.platform.security.Caller;
import network.twincities.territory.control.TerritoryRegistry;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("territories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "Member and candidate cities, provinces, regions and countries")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
public class TerritoriesResource {

    static final String RESOURCE = "territories";

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
    TerritoryRepository territories;

    @Inject
    TerritoryRegistry registry;

    @Inject
    Authorization authorization;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The territory directory", description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(responseCode = "200", description = "A page of territories: {items, page, size, total}")
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
            @Parameter(description = "CANDIDATE, MEMBER or SUSPENDED") @QueryParam("membership") String membership,
            @Parameter(description = "Slug of the parent territory", example = "morocco") @QueryParam("parent")
                    String parent,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        var filter = new TerritoryRepository.Filter(
                QueryParams.enumValue("kind", kind, TerritoryKind.class),
                QueryParams.text(country),
                QueryParams.enumValue("membership", membership, Membership.class),
                QueryParams.text(parent),
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
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("slug") String slug) {
        var territory = find(slug);
        return Responses.ok(TerritoryRepresentation.of(territory), territory.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add a territory", description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TerritoryRepresentation.class),
                            examples = @ExampleObject(name = "Casablanca-Settat", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created, with its Location and ETag")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(InputStream body) {
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        String slug = in.slug("slug", true);
        var fields = TerritoryRegistry.Fields.read(in);
        in.validate();
        var territory = registry.create(slug, fields, caller.name());
        var representation = TerritoryRepresentation.of(territory);
        audit.record(RESOURCE, slug, AuditAction.CREATE, null, representation);
        return Responses.created(uri, slug, representation, territory.version());
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Edit a territory",
            description = "Forum administrators. The whole territory, as GET returned it with your changes; needs"
                    + " If-Match with its ETag. Read-only fields may stay in the body with their current value.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TerritoryRepresentation.class)))
    @APIResponse(responseCode = "200", description = "The edited territory, with its new ETag")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@PathParam("slug") String slug, InputStream body) {
        var territory = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        Preconditions.requireIfMatch(headers, territory.version());
        var before = TerritoryRepresentation.of(territory);
        in.readOnly("slug", slug);
        ReadOnly.check(in, before);
        var fields = TerritoryRegistry.Fields.read(in);
        in.validate();
        registry.update(territory, fields, caller.name());
        var after = TerritoryRepresentation.of(territory);
        audit.record(RESOURCE, slug, AuditAction.UPDATE, before, after);
        return Responses.ok(after, territory.version());
    }

    @DELETE
    @Path("{slug}")
    @Transactional
    @Operation(
            summary = "Remove a territory",
            description = "Forum administrators; needs If-Match. A territory still referenced (by territories below"
                    + " it, events, MoUs, projects) cannot be removed: 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@PathParam("slug") String slug) {
        var territory = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        Preconditions.requireIfMatch(headers, territory.version());
        var before = TerritoryRepresentation.of(territory);
        registry.delete(territory);
        audit.record(RESOURCE, slug, AuditAction.DELETE, before, null);
        return Response.noContent().build();
    }

    private Territory find(String slug) {
        return territories
                .findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No territory '" + slug + "'."));
    }
}
