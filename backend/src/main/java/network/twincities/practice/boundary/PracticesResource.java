package network.twincities.practice.boundary;

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
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.write.Writes;
import network.twincities.practice.control.Matchmaker;
import network.twincities.practice.control.PracticeRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.BEST_PRACTICES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Best practices", description = "Best practices, their adoptions and who might adopt them")
public class PracticesResource {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "title.en",
            "territory", "territory.slug",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String EXAMPLE = """
            {"title": {"en": "AMO Tadamon: compulsory health insurance for vulnerable groups"},
             "summary": {"en": "Health insurance for people who cannot pay contributions, paid by the State."},
             "territory": "morocco", "axes": ["social-protection"],
             "outcomes": [{"indicator": "citizens from vulnerable groups with health coverage", "value": 10000000,
                           "unit": "people", "asOf": "2024-05-23"}],
             "tags": ["health-insurance"]}""";
    static final String ADOPTION = """
            {"territory": "rehamna", "status": "PLANNED", "notes": "Pilot in two communes first."}""";

    @Inject
    PracticeRepository repository;

    @Inject
    Practices practices;

    @Inject
    Matchmaker matchmaker;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listBestPractices",
            summary = "The best practices",
            description = "Any authenticated caller. Paged and sortable; filters by owner territory, axis and tag, and"
                    + " q searches the title, summary and description in English, French and Arabic (most relevant"
                    + " first).")
    @APIResponse(
            responseCode = "200",
            description = "A page of best practices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BestPracticePage")))
    public Page<BestPracticeRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(
                            description = "field,asc|desc; fields: title, territory, createdAt, updatedAt",
                            example = "title,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Slug of the owner territory", example = "morocco") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Slug of a cooperation axis", example = "social-protection") @QueryParam("axis")
                    String axis,
            @Parameter(description = "A tag", example = "health-insurance") @QueryParam("tag") String tag,
            @Parameter(
                            description = "Words to search for, as in a web search (\"quotes\", or, -word), in any"
                                    + " language",
                            example = "health insurance")
                    @QueryParam("q")
                    String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "title");
        var filter = new PracticeRepository.Filter(
                QueryParams.text(territory), QueryParams.text(axis), QueryParams.text(tag), QueryParams.text(q));
        return repository.search(filter, request).map(BestPracticeRepresentation::of);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getBestPractice",
            summary = "One best practice",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The best practice, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BestPractice")))
    public Response get(@PathParam("id") String id) {
        return writes.get(practices, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createBestPractice",
            summary = "Share a best practice",
            description = "Officials, for a practice of their own territory (else 403); forum administrators. The"
                    + " server makes its id.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "BestPractice"),
                            examples = @ExampleObject(name = "AMO Tadamon", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BestPractice")))
    public Response create(InputStream body) {
        return writes.create(practices, body);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateBestPractice",
            summary = "Edit a best practice",
            description = "Officials of its territory (who cannot give it to another territory) and forum"
                    + " administrators; needs If-Match. Read-only fields (id, version, audit fields) may stay in the"
                    + " body with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BestPractice")))
    @APIResponse(
            responseCode = "200",
            description = "The edited best practice, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BestPractice")))
    public Response update(
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version edited", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            InputStream body) {
        return writes.update(practices, id, ifMatch, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteBestPractice",
            summary = "Delete a best practice",
            description = "Officials of its territory and forum administrators; needs If-Match. Its adoptions are"
                    + " deleted with it, each recorded in the audit log.")
    @APIResponse(responseCode = "204", description = "Deleted, with its adoptions")
    public Response delete(
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version deleted", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return writes.delete(practices, id, ifMatch);
    }

    @GET
    @Path("{id}/adoptions")
    @Operation(
            operationId = "listAdoptions",
            summary = "The adoptions of a best practice",
            description =
                    "Any authenticated caller. Every adoption, by territory slug; each one's version is its" + " ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The adoptions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AdoptionRepresentation.class)))
    public List<AdoptionRepresentation> adoptions(@PathParam("id") String id) {
        return repository.adoptions(writes.find(practices, id)).stream()
                .map(AdoptionRepresentation::of)
                .toList();
    }

    @POST
    @Path("{id}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "adoptBestPractice",
            summary = "Record an adoption",
            description = "Officials, for their own territory (else 403); forum administrators, for any. The owner"
                    + " territory cannot adopt its own practice (422). A territory has one adoption per practice: a"
                    + " second one is a 409 naming it; change it with PUT /best-practices/{id}/adoptions/{territory}.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Adoption"),
                            examples = @ExampleObject(name = "Rehamna plans it", value = ADOPTION)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Adoption")))
    public Response adopt(@PathParam("id") String id, InputStream body) {
        return writes.create(practices.adoptionsOf(writes.find(practices, id)), body);
    }

    @GET
    @Path("{id}/adoptions/{territory}")
    @Operation(
            operationId = "getAdoption",
            summary = "A territory's adoption of a best practice",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The adoption, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Adoption")))
    public Response adoption(@PathParam("id") String id, @PathParam("territory") String territory) {
        var adoptions = practices.adoptionsOf(writes.find(practices, id));
        return writes.get(adoptions, adoptions.id(territory));
    }

    @PUT
    @Path("{id}/adoptions/{territory}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateAdoption",
            summary = "Change an adoption's status or notes",
            description = "Officials of the adopting territory and forum administrators; needs If-Match (the"
                    + " adoption's ETag). The territory may stay in the body with its current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Adoption")))
    @APIResponse(
            responseCode = "200",
            description = "The changed adoption, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Adoption")))
    public Response updateAdoption(
            @PathParam("id") String id,
            @PathParam("territory") String territory,
            @Parameter(description = "The ETag of the version edited", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            InputStream body) {
        var adoptions = practices.adoptionsOf(writes.find(practices, id));
        return writes.update(adoptions, adoptions.id(territory), ifMatch, body);
    }

    @DELETE
    @Path("{id}/adoptions/{territory}")
    @Operation(
            operationId = "deleteAdoption",
            summary = "Withdraw an adoption",
            description = "Officials of the adopting territory and forum administrators; needs If-Match (the"
                    + " adoption's ETag).")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response deleteAdoption(
            @PathParam("id") String id,
            @PathParam("territory") String territory,
            @Parameter(description = "The ETag of the version deleted", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        var adoptions = practices.adoptionsOf(writes.find(practices, id));
        return writes.delete(adoptions, adoptions.id(territory), ifMatch);
    }

    @GET
    @Path("{id}/suggested-adopters")
    @Operation(
            operationId = "suggestAdopters",
            summary = "Territories that might adopt a best practice",
            description = "Any authenticated caller. Territories that have not adopted it and do not own it, best fit"
                    + " first (then by slug), each with a score from 0 to 1 and its reasons: the practice's axes it"
                    + " works on (SHARED_AXIS), the same kind as the owner (SAME_KIND), a population within a factor"
                    + " of two of the owner's (SIMILAR_SIZE), an MoU with the owner (EXISTING_MOU).")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions, best fit first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SuggestionRepresentation.class)))
    public List<SuggestionRepresentation> suggestedAdopters(
            @PathParam("id") String id,
            @Parameter(description = "How many, 1 to 50", example = "10") @QueryParam("limit") String limit) {
        var practice = writes.find(practices, id);
        return matchmaker.adopters(practice, SuggestionRepresentation.limit(limit)).stream()
                .map(SuggestionRepresentation::of)
                .toList();
    }
}
