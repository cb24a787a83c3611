package network.twincities.event.boundary;

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
import network.twincities.event.control.EventRepository;
import network.twincities.event.entity.Event;
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.Organization;
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
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Territory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Where MoUs are signed")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
public class EventsResource {

    static final String RESOURCE = "events";
    static final Map<String, String> SORTABLE = Map.of("slug", "slug", "name", "name.en", "from", "from", "to", "to");
    static final String EXAMPLE = """
            {"slug": "smart-city-expo-usa-2024",
             "name": {"en": "Smart City Expo USA 2024", "ar": "سمارت سيتي إكسبو الولايات المتحدة"},
             "city": "new-york-city", "organizer": "fira-barcelona", "from": "2024-05-21", "to": "2024-05-23"}""";

    @Inject
    EventRepository events;

    @Inject
    TerritoryRepository territories;

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
    @Operation(summary = "The events", description = "Any authenticated caller. Paged and sortable.")
    @APIResponse(responseCode = "200", description = "A page of events: {items, page, size, total}")
    public Page<EventRepresentation> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: slug, name, from, to") @QueryParam("sort") String sort,
            @Parameter(description = "Slug of the city", example = "new-york-city") @QueryParam("city") String city,
            @Parameter(description = "Text in the slug or the name in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "from");
        return events.search(new EventRepository.Filter(QueryParams.text(city), QueryParams.text(q)), request)
                .map(EventRepresentation::of);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One event", description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventRepresentation.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("slug") String slug) {
        var event = find(slug);
        return Responses.ok(EventRepresentation.of(event), event.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add an event", description = "Forum administrators. The client chooses the slug.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventRepresentation.class),
                            examples = @ExampleObject(name = "Smart City Expo USA 2024", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created, with its Location and ETag")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response create(InputStream body) {
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        String slug = in.slug("slug", true);
        var fields = EventRepresentation.Fields.read(in);
        var city = city(in, fields.city());
        var organizer = organizer(in, fields.organizer());
        in.validate();
        if (events.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("An event '" + slug + "' exists already.");
        }
        var event = new Event(slug, fields.name(), caller.name());
        event.edit(fields.name(), fields.theme(), city, organizer, fields.from(), fields.to());
        events.add(event);
        var representation = EventRepresentation.of(event);
        audit.record(RESOURCE, slug, AuditAction.CREATE, null, representation);
        return Responses.created(uri, slug, representation, event.version());
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Edit an event",
            description = "Forum administrators; needs If-Match with its ETag. Read-only fields may stay in the body"
                    + " with their current value.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventRepresentation.class)))
    @APIResponse(responseCode = "200", description = "The edited event, with its new ETag")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response update(@PathParam("slug") String slug, InputStream body) {
        var event = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        var in = Input.of(JsonBodies.readObject(body));
        Preconditions.requireIfMatch(headers, event.version());
        var before = EventRepresentation.of(event);
        in.readOnly("slug", slug);
        ReadOnly.check(in, before);
        var fields = EventRepresentation.Fields.read(in);
        var city = city(in, fields.city());
        var organizer = organizer(in, fields.organizer());
        in.validate();
        event.edit(fields.name(), fields.theme(), city, organizer, fields.from(), fields.to());
        event.touch(caller.name());
        events.flush();
        var after = EventRepresentation.of(event);
        audit.record(RESOURCE, slug, AuditAction.UPDATE, before, after);
        return Responses.ok(after, event.version());
    }

    @DELETE
    @Path("{slug}")
    @Transactional
    @Operation(summary = "Remove an event", description = "Forum administrators; needs If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response delete(@PathParam("slug") String slug) {
        var event = find(slug);
        authorization.require(Action.MANAGE_REGISTRY);
        Preconditions.requireIfMatch(headers, event.version());
        var before = EventRepresentation.of(event);
        events.remove(event);
        audit.record(RESOURCE, slug, AuditAction.DELETE, before, null);
        return Response.noContent().build();
    }

    private Territory city(Input in, String slug) {
        if (slug == null) {
            return null;
        }
        var city = territories.findBySlug(slug).orElse(null);
        if (city == null) {
            in.reject("city", "no territory '" + slug + "'");
        }
        return city;
    }

    private Organization organizer(Input in, String slug) {
        if (slug == null) {
            return null;
        }
        var organizer = organizations.findBySlug(slug).orElse(null);
        if (organizer == null) {
            in.reject("organizer", "no organization '" + slug + "'");
        }
        return organizer;
    }

    private Event find(String slug) {
        return events.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("No event '" + slug + "'."));
    }
}
