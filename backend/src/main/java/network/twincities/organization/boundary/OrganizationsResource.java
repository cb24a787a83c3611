package network.twincities.organization.boundary;

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
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.ORGANIZATIONS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Partner bodies of the network")
public class OrganizationsResource {

    static final Map<String, String> SORTABLE =
            Map.of("slug", "slug", "name", "name.en", "kind", "kind", "country", "country");
    static final String EXAMPLE = """
            {"slug": "world-smart-cities-forum", "kind": "FORUM",
             "name": {"en": "World Smart Cities Forum", "ar": "المنتدى العالمي للمدن الذكية"}}""";

    @Inject
    OrganizationRepository repository;

    @Inject
    Organizations organizations;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listOrganizations",
            summary = "The partner organizations",
            description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(
            responseCode = "200",
            description = "A page of organizations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrganizationPage")))
    public Page<OrganizationRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: slug, name, kind, country", example = "name,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "FORUM, ASSOCIATION, GOVERNMENT, COMPANY, NGO or ACADEMIA") @QueryParam("kind")
                    String kind,
            @Parameter(description = "ISO 3166-1 alpha-2 country code (any case)", example = "MA")
                    @QueryParam("country")
                    String country,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        var filter = new OrganizationRepository.Filter(
                QueryParams.enumValue("kind", kind, OrganizationKind.class),
                QueryParams.country(country),
                QueryParams.text(q));
        return repository.search(filter, request).map(OrganizationRepresentation::of);
    }

    @GET
    @Path("{slug}")
    @Operation(
            operationId = "getOrganization",
            summary = "One organization",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The organization, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Organization")))
    public Response get(@PathParam("slug") String slug) {
        return writes.get(organizations, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createOrganization",
            summary = "Add an organization",
            description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Organization"),
                            examples = @ExampleObject(name = "The forum", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Organization")))
    public Response create(InputStream body) {
        return writes.create(organizations, body);
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateOrganization",
            summary = "Edit an organization",
            description = "Forum administrators; needs If-Match with its ETag. Read-only fields may stay in the body"
                    + " with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Organization")))
    @APIResponse(
            responseCode = "200",
            description = "The edited organization, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Organization")))
    public Response update(
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return writes.update(organizations, slug, ifMatch, body);
    }

    @DELETE
    @Path("{slug}")
    @Operation(
            operationId = "deleteOrganization",
            summary = "Remove an organization",
            description = "Forum administrators; needs If-Match. One still referenced (events, MoUs, projects): 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writes.delete(organizations, slug, ifMatch);
    }
}
