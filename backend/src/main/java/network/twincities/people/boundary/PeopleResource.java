package network.twincities.people.boundary;

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
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import network.twincities.people.control.Directory;
import network.twincities.people.entity.Person;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Authorization;
import network.twincities.platform.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.PEOPLE)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The network's officials and forum administrators, kept in Keycloak")
public class PeopleResource {

    /** API field → how people are ordered by it. */
    static final Map<String, String> SORTABLE =
            Map.of("name", "name", "email", "email", "territory", "territory", "lastSignIn", "lastSignIn");

    static final String INVITATION = """
            {"name": "Salma Bennani", "email": "salma.bennani@rehamna.example", "territory": "rehamna",
             "language": "ar"}""";

    static final String CHANGE = """
            {"territory": "rehamna", "roles": ["official", "forum-admin"], "enabled": true}""";

    @Inject
    People people;

    @Inject
    Directory directory;

    @Inject
    Writes writes;

    @Inject
    Authorization authorization;

    @GET
    @Operation(
            operationId = "listPeople",
            summary = "The network's people",
            description = "Forum administrators. Officials and forum administrators (not API clients), with filters"
                    + " territory, role and q (in the name, e-mail or login); paged and sortable.")
    @APIResponse(
            responseCode = "200",
            description = "A page of people",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PersonPage")))
    public Page<PersonRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: name, email, territory, lastSignIn", example = "name,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "People of this territory (slug)", example = "rehamna") @QueryParam("territory")
                    String territory,
            @Parameter(description = "People with this role: official or forum-admin", example = "official")
                    @QueryParam("role")
                    String role,
            @Parameter(description = "Text in the name, e-mail or login", example = "bennani") @QueryParam("q")
                    String q) {
        authorization.require(Action.MANAGE_PEOPLE);
        var request = PageRequest.parse(page, size, sort, SORTABLE, "name");
        if (role != null && !role.isBlank() && !Person.ROLES.contains(role)) {
            throw ProblemException.badRequest("role must be one of " + String.join(", ", Person.ROLES) + ".");
        }
        if (q != null && q.length() > 200) {
            throw ProblemException.badRequest("q must be at most 200 characters.");
        }
        String text = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        var matching = directory.all().stream()
                .filter(p -> territory == null || territory.isBlank() || territory.equals(p.territory()))
                .filter(p -> role == null || role.isBlank() || p.roles().contains(role))
                .filter(p -> text == null
                        || contains(p.name(), text)
                        || contains(p.email(), text)
                        || contains(p.username(), text))
                .sorted(order(request))
                .toList();
        var items = matching.stream()
                .skip(request.offset())
                .limit(request.size())
                .map(PersonRepresentation::of)
                .toList();
        return new Page<>(items, request.page(), request.size(), matching.size());
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    private static Comparator<Person> order(PageRequest request) {
        var collator = Collator.getInstance(Locale.ROOT);
        Comparator<Person> by = switch (request.sortColumn()) {
            case "email" -> Comparator.comparing(Person::email, Comparator.nullsLast(collator));
            case "territory" -> Comparator.comparing(Person::territory, Comparator.nullsLast(collator));
            case "lastSignIn" ->
                Comparator.comparing(Person::lastSignIn, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(Person::name, Comparator.nullsLast(collator));
        };
        if (!request.ascending()) {
            by = by.reversed();
        }
        return by.thenComparing(Person::id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "invitePerson",
            summary = "Invite an official",
            description = "Forum administrators. Makes the person's account in Keycloak (login = e-mail, role"
                    + " official) and has Keycloak e-mail them, in their language, a link to set their password,"
                    + " valid 72 hours. An e-mail address already known: 409; no such territory: 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Person"),
                            examples = @ExampleObject(name = "An official of Rehamna, in Arabic", value = INVITATION)))
    @APIResponse(
            responseCode = "201",
            description = "Invited, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Person")))
    public Response invite(InputStream body) {
        return writes.create(people, body);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson", summary = "One person", description = "Forum administrators.")
    @APIResponse(
            responseCode = "200",
            description = "The person, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Person")))
    public Response get(@PathParam("id") String id) {
        authorization.require(Action.MANAGE_PEOPLE);
        return writes.get(people, id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updatePerson",
            summary = "Change a person's territory, roles, or whether they may sign in",
            description = "Forum administrators; needs If-Match. name, e-mail and language are read-only. Disabling"
                    + " an account also ends its sessions. The last enabled forum administrator cannot lose the role"
                    + " nor be disabled (409).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Person"),
                            examples = @ExampleObject(name = "Grant forum-admin", value = CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "Changed, with the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Person")))
    public Response update(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        return writes.update(people, id, ifMatch, body);
    }
}
