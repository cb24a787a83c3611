package network.twincities.project.boundary;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.write.Writes;
import network.twincities.project.boundary.ProjectRepresentation.UpdateRepresentation;
import network.twincities.project.control.ProjectRepository;
import network.twincities.project.entity.ProjectStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.PROJECTS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Collaborative projects of the network's territories and their progress")
public class ProjectsResource {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "title.en",
            "status", "status",
            "startDate", "startDate",
            "endDate", "endDate",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String EXAMPLE = """
            {"title": {"en": "Digital inclusion centres", "fr": "Centres d'inclusion numérique"},
             "description": {"en": "Ten centres where women and young people learn digital skills."},
             "leadTerritory": "casablanca-settat", "partners": ["rehamna", "new-york-city"],
             "axes": ["digital-inclusion"], "status": "ACTIVE", "startDate": "2025-01-01", "endDate": "2026-12-31",
             "budget": {"amount": 1200000.00, "currency": "MAD"}, "beneficiaries": 12000,
             "milestones": [{"title": "First centre opens", "dueDate": "2025-06-30", "done": true}],
             "indicators": [{"name": "People trained", "unit": "people", "baseline": 0, "target": 5000,
                             "current": 1250}],
             "externalId": "CS-2025-0042"}""";
    static final String UPDATE_EXAMPLE = """
            {"text": "The first digital centre opened in Settat.", "progress": 40}""";
    static final String OPTIONAL_IF_MATCH = "Optional: the ETag of the project's version (412 when stale)";

    @Inject
    ProjectRepository repository;

    @Inject
    Projects projects;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listProjects",
            summary = "The projects",
            description = "Any authenticated caller. Paged and sortable (as fast deep in the list as on its first"
                    + " page); filters by lead or partner territory, axis, status, MoU, externalId and words of the"
                    + " title or description in English, French or Arabic (then the most relevant first).")
    @APIResponse(
            responseCode = "200",
            description = "A page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectPage")))
    public Page<ProjectRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(
                            description = "field,asc|desc; fields: title, status, startDate, endDate, createdAt,"
                                    + " updatedAt",
                            example = "title,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Slug of the lead or a partner territory", example = "rehamna")
                    @QueryParam("territory")
                    String territory,
            @Parameter(description = "Slug of a cooperation axis", example = "digital-inclusion") @QueryParam("axis")
                    String axis,
            @Parameter(description = "PROPOSED, ACTIVE, ON_HOLD, COMPLETED or CANCELLED") @QueryParam("status")
                    String status,
            @Parameter(description = "Id of an MoU") @QueryParam("mou") String mou,
            @Parameter(description = "A partner system's id of the project", example = "CS-2025-0042")
                    @QueryParam("externalId")
                    String externalId,
            @Parameter(description = "Words of the title or description, in any language; \"quotes\", or, -word")
                    @QueryParam("q")
                    String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "title");
        var filter = new ProjectRepository.Filter(
                text("territory", territory),
                text("axis", axis),
                QueryParams.enumValue("status", status, ProjectStatus.class),
                mou(mou),
                text("externalId", externalId),
                text("q", q));
        return repository.search(filter, request).map(ProjectRepresentation::of);
    }

    /** A text filter; a NUL character is no text a project can have (400). */
    static String text(String name, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw ProblemException.badRequest(name + " must not contain NUL characters.");
        }
        return QueryParams.text(value);
    }

    static UUID mou(String value) {
        String id = text("mou", value);
        if (id == null) {
            return null;
        }
        return Ids.uuid(id)
                .orElseThrow(() -> ProblemException.badRequest("mou must be the id of an MoU, was '" + value + "'."));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getProject",
            summary = "One project",
            description = "Any authenticated caller. Served with its ETag; a deleted project is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The project, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Project")))
    public Response get(@PathParam("id") String id) {
        return writes.get(projects, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createProject",
            summary = "Create a project",
            description = "Officials, for a project their own territory leads (another lead: 403); forum"
                    + " administrators. The server makes its id.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Project"),
                            examples = @ExampleObject(name = "Digital inclusion centres", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Project")))
    public Response create(InputStream body) {
        return writes.create(projects, body);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateProject",
            summary = "Edit a project",
            description = "Officials of the lead territory (who cannot hand the lead to another territory: 403) and"
                    + " forum administrators; needs If-Match. Read-only fields (id, version, audit fields, an"
                    + " indicator's progress) may stay in the body with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Project")))
    @APIResponse(
            responseCode = "200",
            description = "The edited project, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Project")))
    public Response update(
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version edited", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            InputStream body) {
        return writes.update(projects, id, ifMatch, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteProject",
            summary = "Delete a project",
            description = "Officials of the lead territory and forum administrators; needs If-Match. The project is"
                    + " gone for the API (404) and its deletion recorded.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version deleted", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return writes.delete(projects, id, ifMatch);
    }

    @GET
    @Path("{id}/updates")
    @Operation(
            operationId = "listProjectUpdates",
            summary = "The project's progress updates",
            description = "Any authenticated caller. Every update, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "The updates, newest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = UpdateRepresentation.class)))
    public List<UpdateRepresentation> updates(@PathParam("id") String id) {
        return projects.updates(writes.find(projects, id));
    }

    @POST
    @Path("{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postProjectUpdate",
            summary = "Post a progress update",
            description = "Officials of the lead or a partner territory, and forum administrators. The server sets"
                    + " its id, author and time. Optional If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "ProgressUpdate"),
                            examples = @ExampleObject(name = "A centre opened", value = UPDATE_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "The update, with the project's new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProgressUpdate")))
    public Response report(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        var report = projects.report(body);
        var done = writes.act(projects, id, ifMatch, report);
        return Response.status(Response.Status.CREATED)
                .tag(done.getEntityTag())
                .entity(UpdateRepresentation.of(report.posted()))
                .build();
    }
}
