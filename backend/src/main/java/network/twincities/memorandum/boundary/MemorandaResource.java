package network.twincities.memorandum.boundary;

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
import network.twincities.memorandum.boundary.MemorandumRepresentation.TransitionRepresentation;
import network.twincities.memorandum.control.MemorandumRepository;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.MOUS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MoUs", description = "Memoranda of understanding: drafting, approval, signing")
public class MemorandaResource {

    static final Map<String, String> SORTABLE = Map.of(
            "reference", "reference",
            "title", "title.en",
            "status", "status",
            "effectiveFrom", "effectiveFrom",
            "expiresOn", "expiresOn",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String EXAMPLE = """
            {"title": {"en": "Twin Cities initiative — Memorandum of Understanding"},
             "summary": {"en": "Joins the signatory territories to the Twin Cities initiative."},
             "parties": [{"territory": "casablanca-settat", "role": "SIGNATORY"},
                         {"territory": "rehamna", "role": "SIGNATORY"},
                         {"organization": "world-smart-cities-forum", "role": "SIGNATORY"}],
             "axes": ["digital-inclusion", "social-protection"],
             "event": "smart-city-expo-usa-2024", "effectiveFrom": "2024-05-23", "expiresOn": "2027-05-22"}""";
    static final String OPTIONAL_IF_MATCH = "Optional: the ETag of the version acted on (412 when stale)";
    static final String REASON = """
            {"reason": "Name the coordinating party and the expiry date."}""";
    static final String SIGNATURE = """
            {"party": "rehamna", "signedBy": "Aziz Bouignane, Governor of Rehamna Province", "signedOn": "2024-05-23"}""";

    @Inject
    MemorandumRepository repository;

    @Inject
    Memoranda memoranda;

    @Inject
    Writes writes;

    @GET
    @Operation(
            operationId = "listMous",
            summary = "The MoUs",
            description = "Any authenticated caller. Paged and sortable; filters by status, party territory, axis and"
                    + " text in the reference or title.")
    @APIResponse(
            responseCode = "200",
            description = "A page of MoUs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MemorandumPage")))
    public Page<MemorandumRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(
                            description = "field,asc|desc; fields: reference, title, status, effectiveFrom, expiresOn,"
                                    + " createdAt, updatedAt",
                            example = "reference,asc")
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description =
                                    "DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, SIGNED, TERMINATED or"
                                            + " EXPIRED")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Slug of a party territory", example = "rehamna") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Slug of a cooperation axis", example = "digital-inclusion") @QueryParam("axis")
                    String axis,
            @Parameter(description = "Text in the reference or the title in any language") @QueryParam("q") String q) {
        var request = PageRequest.parse(page, size, sort, SORTABLE, "reference");
        var filter = new MemorandumRepository.Filter(
                QueryParams.enumValue("status", status, MemorandumStatus.class),
                QueryParams.text(territory),
                QueryParams.text(axis),
                QueryParams.text(q));
        return repository.search(filter, request).map(MemorandumRepresentation::of);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getMou",
            summary = "One MoU",
            description = "Any authenticated caller. Served with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The MoU, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response get(@PathParam("id") String id) {
        return writes.get(memoranda, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createMou",
            summary = "Draft an MoU",
            description = "Officials, for an MoU to which their territory is a party (else 403); forum administrators."
                    + " It starts as a DRAFT; the server makes its id, and its reference when none is given.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Memorandum"),
                            examples = @ExampleObject(name = "Twin Cities MoU", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a DRAFT, with its Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response create(InputStream body) {
        return writes.create(memoranda, body);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateMou",
            summary = "Edit an MoU",
            description = "Officials of a party territory and forum administrators; needs If-Match. Only a DRAFT or"
                    + " CHANGES_REQUESTED MoU can be edited (else 409). Read-only fields (id, status, signatures,"
                    + " document, version, audit fields) may stay in the body with their current value.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    @APIResponse(
            responseCode = "200",
            description = "The edited MoU, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response update(
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version edited", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            InputStream body) {
        return writes.update(memoranda, id, ifMatch, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteMou",
            summary = "Delete a draft",
            description = "Officials of a party territory and forum administrators; needs If-Match. Only a DRAFT can be"
                    + " deleted (else 409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version deleted", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return writes.delete(memoranda, id, ifMatch);
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            operationId = "submitMou",
            summary = "Submit an MoU for approval",
            description = "Officials of a party territory and forum administrators. DRAFT or CHANGES_REQUESTED →"
                    + " SUBMITTED; from any other status 409 naming it. Optional If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The submitted MoU, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response submit(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writes.act(memoranda, id, ifMatch, memoranda.submit());
    }

    @POST
    @Path("{id}/approve")
    @Operation(
            operationId = "approveMou",
            summary = "Approve an MoU",
            description = "Forum administrators. SUBMITTED → APPROVED; from any other status 409 naming it. Optional"
                    + " If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The approved MoU, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response approve(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        return writes.act(memoranda, id, ifMatch, memoranda.approve(body));
    }

    @POST
    @Path("{id}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestChangesOnMou",
            summary = "Send an MoU back for changes",
            description = "Forum administrators, with a reason (422 without). SUBMITTED → CHANGES_REQUESTED; from any"
                    + " other status 409 naming it. Optional If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Reason"),
                            examples = @ExampleObject(name = "reason", value = REASON)))
    @APIResponse(
            responseCode = "200",
            description = "The MoU, back with its parties for changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response requestChanges(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        return writes.act(memoranda, id, ifMatch, memoranda.requestChanges(body));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rejectMou",
            summary = "Reject an MoU",
            description = "Forum administrators, with a reason (422 without). SUBMITTED → REJECTED; from any other"
                    + " status 409 naming it. Optional If-Match.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Reason")))
    @APIResponse(
            responseCode = "200",
            description = "The rejected MoU",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response reject(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        return writes.act(memoranda, id, ifMatch, memoranda.reject(body));
    }

    @POST
    @Path("{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "terminateMou",
            summary = "Terminate an MoU",
            description = "Forum administrators, with a reason (422 without). APPROVED or SIGNED → TERMINATED; from any"
                    + " other status 409 naming it. Optional If-Match.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Reason")))
    @APIResponse(
            responseCode = "200",
            description = "The terminated MoU",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response terminate(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        return writes.act(memoranda, id, ifMatch, memoranda.terminate(body));
    }

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "signMou",
            summary = "Record a party's signature",
            description = "An official signs for its own territory; forum administrators record the other signatures"
                    + " (organizations). Only an APPROVED MoU (else 409 naming its status); a slug that is no party:"
                    + " 422. Once every SIGNATORY has signed, the MoU is SIGNED. Optional If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Signature"),
                            examples = @ExampleObject(name = "Rehamna signs", value = SIGNATURE)))
    @APIResponse(
            responseCode = "200",
            description = "The MoU with the signature",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    public Response sign(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        return writes.act(memoranda, id, ifMatch, memoranda.sign(body));
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getMouHistory",
            summary = "The MoU's workflow history",
            description = "Any authenticated caller. Every transition, its creation first: who, when, from, to, why.")
    @APIResponse(
            responseCode = "200",
            description = "The transitions, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionRepresentation.class)))
    public List<TransitionRepresentation> history(@PathParam("id") String id) {
        return writes.find(memoranda, id).history().stream()
                .map(TransitionRepresentation::of)
                .toList();
    }

    @PUT
    @Path("{id}/document")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "attachMouDocument",
            summary = "Attach the signed document",
            description = "Officials of a party territory and forum administrators. A PDF (Content-Type"
                    + " application/pdf, starting with %PDF-; else 415) of at most 20 MiB (else 413); replaces an"
                    + " earlier one. Optional If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(mediaType = Memoranda.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "200",
            description = "The MoU, with the document's facts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Memorandum")))
    @APIResponse(
            responseCode = "413",
            description = "The document is larger than 20 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "415",
            description = "Not a PDF: another Content-Type, or content that does not start with %PDF-",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response attach(
            @PathParam("id") String id,
            @Parameter(description = OPTIONAL_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return writes.act(memoranda, id, ifMatch, memoranda.attach(body, contentType));
    }

    @GET
    @Path("{id}/document")
    @Produces({Memoranda.PDF, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getMouDocument",
            summary = "The signed document",
            description = "Any authenticated caller. The PDF; 404 when none was attached.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(mediaType = Memoranda.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") String id) {
        var memorandum = writes.find(memoranda, id);
        byte[] content = memoranda
                .document(memorandum)
                .orElseThrow(() -> ProblemException.notFound(
                        "The MoU " + memorandum.reference() + " has no signed document yet."));
        return Response.ok(content, Memoranda.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + memorandum.reference() + ".pdf\"")
                .build();
    }
}
