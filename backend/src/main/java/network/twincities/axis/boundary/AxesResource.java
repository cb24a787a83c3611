package network.twincities.axis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.AXES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation axes", description = "Themes of cooperation, mapped to UN SDGs")
public class AxesResource {

    static final Map<String, String> SORTABLE = Map.of("slug", "slug", "name", "name.en");
    static final String EXAMPLE = """
            {"slug": "digital-inclusion",
             "name": {"en": "Digital technology for social inclusion",
                      "ar": "التكنولوجيا الرقمية لخدمة الاندماج الاجتماعي"},
             "sdgs": [9, 10]}""";

    @Inject
    AxisRepository repository;

    @Inject
    Axes axes;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listAxes",
            summary = "The cooperation axes",
            description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(
            responseCode = "200",
            description = "A page of cooperation axes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AxisPage")))
    public Page<AxisRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: slug, name", example = "name,asc") @QueryParam("sort")
                    String sort,
            @Parameter(description = "Only axes serving this SDG (1 to 17)", example = "10") @QueryParam("sdg")
                    String sdg,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        return repository
                .search(new AxisRepository.Filter(sdg(sdg), QueryParams.text(q)), request)
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
    @Operation(
            operationId = "getAxis",
            summary = "One cooperation axis",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The cooperation axis, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Axis")))
    public Response get(@PathParam("slug") String slug) {
        return writes.get(axes, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createAxis",
            summary = "Add a cooperation axis",
            description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Axis"),
                            examples = @ExampleObject(name = "Digital inclusion", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Axis")))
    public Response create(InputStream body) {
        return writes.create(axes, body);
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateAxis",
            summary = "Edit a cooperation axis",
            description = "Forum administrators; needs If-Match with its ETag. Read-only fields may stay in the body"
                    + " with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Axis")))
    @APIResponse(
            responseCode = "200",
            description = "The edited cooperation axis, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Axis")))
    public Response update(
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return writes.update(axes, slug, ifMatch, body);
    }
}
