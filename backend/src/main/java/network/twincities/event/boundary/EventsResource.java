package network.twincities.event.boundary;

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
import network.twincities.event.control.EventRepository;
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

@Path(ResourceName.Paths.EVENTS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Where MoUs are signed")
public class EventsResource {

    static final Map<String, String> SORTABLE = Map.of("slug", "slug", "name", "name.en", "from", "from", "to", "to");
    static final String EXAMPLE = """
            {"slug": "smart-city-expo-usa-2024",
             "name": {"en": "Smart City Expo USA 2024", "ar": "سمارت سيتي إكسبو الولايات المتحدة"},
             "city": "new-york-city", "organizer": "fira-barcelona", "from": "2024-05-21", "to": "2024-05-23"}""";

    @Inject
    EventRepository repository;

    @Inject
    Events events;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listEvents",
            summary = "The events",
            description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(
            responseCode = "200",
            description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventPage")))
    public Page<EventRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: slug, name, from, to", example = "from,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Slug of the city", example = "new-york-city") @QueryParam("city") String city,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "from");
        return repository
                .search(new EventRepository.Filter(QueryParams.text(city), QueryParams.text(q)), request)
                .map(EventRepresentation::of);
    }

    @GET
    @Path("{slug}")
    @Operation(
            operationId = "getEvent",
            summary = "One event",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The event, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Event")))
    public Response get(@PathParam("slug") String slug) {
        return writes.get(events, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createEvent",
            summary = "Add an event",
            description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Event"),
                            examples = @ExampleObject(name = "Smart City Expo USA 2024", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Event")))
    public Response create(InputStream body) {
        return writes.create(events, body);
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateEvent",
            summary = "Edit an event",
            description = "Forum administrators; needs If-Match with its ETag. Read-only fields may stay in the body"
                    + " with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Event")))
    @APIResponse(
            responseCode = "200",
            description = "The edited event, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Event")))
    public Response update(
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return writes.update(events, slug, ifMatch, body);
    }

    @DELETE
    @Path("{slug}")
    @Operation(
            operationId = "deleteEvent",
            summary = "Remove an event",
            description = "Forum administrators; needs If-Match. One still referenced (MoUs, projects): 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writes.delete(events, slug, ifMatch);
    }
}
