package network.twincities.axis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
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

@Path("axes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation axes", description = "Themes of cooperation, mapped to UN SDGs")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
public class AxesResource {

    static final String RESOURCE = "axes";
    static final Map<String, String> SORTABLE = Map.of("slug", "slug", "name", "name.en");
    static final String EXAMPLE = """
            {"slug": "digital-inclusion",
             "name": {"en": "Digital technology for social inclusion",
                      "ar": "التكنولوجيا الرقمية لخدمة الاندماج الاجتماعي"},
             "sdgs": [9, 10]}""";

    @Inject
    AxisRepository axes;

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
    @Operation(summary = "The cooperation axes", description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(responseCode = "200", description = "A page of axes: {items, page, size, total}")
    public Page<AxisRepresentation> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: slug, name") @QueryParam("sort") String sort,
            @Parameter(description = "Only axes serving this SDG (1 to 17)", example = "10") @QueryParam("sdg")
                    String sdg,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        return axes.search(new AxisRepository.Filter(sdg(sdg), QueryParams.text(q)), request)
                .map(AxisRepresentation::of);
    }

    static Integer sdg(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int sdg = Integer.parseInt(value.trim());
            if (sdg >= Axis.FIRST_SDG && sdg <= Axis.LAST_SDG) {
                return sdg;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("sdg must be a number from 1 to 17, was '" + value + "'.");
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One cooperation axis", description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The axis",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AxisRepresentation.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("slug") String slug) {
        var axis = find(slug);
        return Responses.ok(AxisRepresentation.of(axis), axis.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add a cooperation axis", description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AxisRepresentation.class),
                            examples = @ExampleObject(name = "Digital inclusion", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created, with its Location and ETag")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response create(InputStream body) {
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        String slug = in.slug("slug", true);
        var fields = AxisRepresentation.Fields.read(in);
        in.validate();
        if (axes.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("An axis '" + slug + "' exists already.");
        }
        var axis = new Axis(slug, fields.name(), caller.name());
        axis.edit(fields.name(), fields.description(), fields.sdgs());
        axes.add(axis);
        var representation = AxisRepresentation.of(axis);
        audit.record(RESOURCE, slug, AuditAction.CREATE, null, representation);
        return Responses.created(uri, slug, representation, axis.version());
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Edit a cooperation axis",
            description = "Forum administrators; needs If-Match with its ETag. Read-only fields may stay in the body"
                    + " with their current value.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AxisRepresentation.class)))
    @APIResponse(responseCode = "200", description = "The edited axis, with its new ETag")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response update(@PathParam("slug") String slug, InputStream body) {
        var axis = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        Preconditions.requireIfMatch(headers, axis.version());
        var before = AxisRepresentation.of(axis);
        in.readOnly("slug", slug);
        ReadOnly.check(in, before);
        var fields = AxisRepresentation.Fields.read(in);
        in.validate();
        axis.edit(fields.name(), fields.description(), fields.sdgs());
        axis.touch(caller.name());
        axes.flush();
        var after = AxisRepresentation.of(axis);
        audit.record(RESOURCE, slug, AuditAction.UPDATE, before, after);
        return Responses.ok(after, axis.version());
    }

    private Axis find(String slug) {
        return axes.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No cooperation axis '" + slug + "'."));
    }
}
