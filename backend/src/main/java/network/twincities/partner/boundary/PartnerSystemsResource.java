package network.twincities.partner.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import network.twincities.partner.entity.PartnerSystem;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Search;
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

@Path(ResourceName.Paths.PARTNER_SYSTEMS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Partner systems",
        description = "API credentials (OAuth 2 client credentials) of partner systems, issued by forum administrators")
public class PartnerSystemsResource {

    static final Map<String, String> SORTABLE =
            Map.of("createdAt", "createdAt", "name", "name", "lastUsedAt", "lastUsedAt");
    static final String EXAMPLE = """
            {"name": "Rehamna province project portal", "territory": "rehamna"}""";

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    PartnerSystems partnerSystems;

    @Inject
    Writes writes;

    @Inject
    Authorization authorization;

    @Inject
    IssuedCredentials issued;

    @GET
    @Operation(
            operationId = "listPartnerSystems",
            summary = "The partner systems with access",
            description = "Forum administrators. Revoked ones are not listed. Never with their secrets.")
    @APIResponse(
            responseCode = "200",
            description = "A page of partner systems",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerSystemPage")))
    public Page<PartnerSystemRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: createdAt, name, lastUsedAt", example = "createdAt,asc")
                    @QueryParam("sort")
                    String sort) {
        authorization.require(Action.MANAGE_PARTNER_SYSTEMS);
        var request = PageRequest.parse(page, size, sort, SORTABLE, "createdAt");
        return Search.of(em, PartnerSystem.class, "p")
                .where("p.revokedAt IS NULL")
                .thenBy("id")
                .page(request)
                .map(partnerSystems::represent);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPartnerSystem",
            summary = "Issue API credentials to a partner system",
            description = "Forum administrators. Makes a confidential client in Keycloak with the role api-client"
                    + " and the territory: its tokens (client credentials grant) act for that territory. The client"
                    + " secret is in this answer only. Keycloak unreachable: 503.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "PartnerSystem"),
                            examples = @ExampleObject(name = "A portal of Rehamna", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Issued, with its Location, ETag, client id and client secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerSystem")))
    public Response create(InputStream body) {
        return withSecret(writes.create(partnerSystems, body));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getPartnerSystem",
            summary = "One partner system",
            description = "Forum administrators. Never with its secret; a revoked one: 404.")
    @APIResponse(
            responseCode = "200",
            description = "The partner system, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerSystem")))
    public Response get(@PathParam("id") String id) {
        var system = writes.find(partnerSystems, id);
        authorization.require(Action.MANAGE_PARTNER_SYSTEMS);
        return Writes.ok(partnerSystems.represent(system), system.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "revokePartnerSystem",
            summary = "Revoke a partner system's access",
            description = "Forum administrators; needs If-Match. Its client is deleted in Keycloak (no more tokens)"
                    + " and the tokens it holds are refused from now on (401).")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writes.delete(partnerSystems, id, ifMatch);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(
            operationId = "rotatePartnerSystemSecret",
            summary = "Issue a new client secret",
            description = "Forum administrators. The new secret is in this answer only; the old one stops working"
                    + " at once (tokens already issued stay valid until they expire). If-Match optional.")
    @APIResponse(
            responseCode = "200",
            description = "The partner system with its new secret and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerSystem")))
    public Response rotateSecret(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withSecret(writes.act(partnerSystems, id, ifMatch, partnerSystems.rotateSecret()));
    }

    private Response withSecret(Response answer) {
        var representation = (PartnerSystemRepresentation) answer.getEntity();
        return Response.fromResponse(answer)
                .entity(representation.withSecret(issued.secret()))
                .build();
    }
}
