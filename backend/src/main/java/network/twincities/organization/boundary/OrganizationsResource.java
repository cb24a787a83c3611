package network.twincities.organization.boundary;

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
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.Organization;
import network.twincities.organization.entity.OrganizationKind;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Partner bodies of the network")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
public class OrganizationsResource {

    static final String RESOURCE = "organizations";
    static final Map<String, String> SORTABLE =
            Map.of("slug", "slug", "name", "name.en", "kind", "kind", "country", "country");
    static final String EXAMPLE = """
            {"slug": "world-smart-cities-forum", "kind": "FORUM",
             "name": {"en": "World Smart Cities Forum", "ar": "المنتدى العالمي للمدن الذكية"}}""";

    @Inject
    OrganizationRepository organizations;

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
    @Operation(summary = "The partner organizations", description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(responseCode = "200", description = "A page of organizations: {items, page, size, total}")
    public Page<OrganizationRepresentation> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: slug, name, kind, country") @QueryParam("sort")
                    String sort,
            @Parameter(description = "FORUM, ASSOCIATION, GOVERNMENT, COMPANY, NGO or ACADEMIA") @QueryParam("kind")
                    String kind,
            @Parameter(description = "ISO 3166-1 alpha-2 country code") @QueryParam("country") String country,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        var filter = new OrganizationRepository.Filter(
                QueryParams.enumValue("kind", kind, OrganizationKind.class),
                QueryParams.text(country),
                QueryParams.text(q));
        return organizations.search(filter, request).map(OrganizationRepresentation::of);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One organization", description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The organization",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationRepresentation.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("slug") String slug) {
        var organization = find(slug);
        return Responses.ok(OrganizationRepresentation.of(organization), organization.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add an organization", description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationRepresentation.class),
                            examples = @ExampleObject(name = "The forum", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created, with its Location and ETag")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response create(InputStream body) {
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        String slug = in.slug("slug", true);
        var fields = OrganizationRepresentation.Fields.read(in);
        in.validate();
        if (organizations.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("An organization '" + slug + "' exists already.");
        }
        var organization = new Organization(slug, fields.kind(), fields.name(), caller.name());
        organization.edit(fields.kind(), fields.name(), fields.country(), fields.website());
        organizations.add(organization);
        var representation = OrganizationRepresentation.of(organization);
        audit.record(RESOURCE, slug, AuditAction.CREATE, null, representation);
        return Responses.created(uri, slug, representation, organization.version());
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Edit an organization",
            description = "Forum administrators; needs If-Match with its ETag. Read-only fields may stay in the body"
                    + " with their current value.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationRepresentation.class)))
    @APIResponse(responseCode = "200", description = "The edited organization, with its new ETag")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response update(@PathParam("slug") String slug, InputStream body) {
        var organization = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        Preconditions.requireIfMatch(headers, organization.version());
        var before = OrganizationRepresentation.of(organization);
        in.readOnly("slug", slug);
        ReadOnly.check(in, before);
        var fields = OrganizationRepresentation.Fields.read(in);
        in.validate();
        organization.edit(fields.kind(), fields.name(), fields.country(), fields.website());
        organization.touch(caller.name());
        organizations.flush();
        var after = OrganizationRepresentation.of(organization);
        audit.record(RESOURCE, slug, AuditAction.UPDATE, before, after);
        return Responses.ok(after, organization.version());
    }

    @DELETE
    @Path("{slug}")
    @Transactional
    @Operation(
            summary = "Remove an organization",
            description = "Forum administrators; needs If-Match. One still referenced (events, MoUs, projects): 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@PathParam("slug") String slug) {
        var organization = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        Preconditions.requireIfMatch(headers, organization.version());
        var before = OrganizationRepresentation.of(organization);
        organizations.remove(organization);
        audit.record(RESOURCE, slug, AuditAction.DELETE, before, null);
        return Response.noContent().build();
    }

    private Organization find(String slug) {
        return organizations
                .findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No organization '" + slug + "'."));
    }
}
