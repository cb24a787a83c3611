package network.twincities.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import network.twincities.audit.control.AuditLog;
import network.twincities.audit.entity.AuditAction;
import network.twincities.audit.entity.AuditEntry;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Authorization;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.AUDIT)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when (forum administrators)")
public class AuditResource {

    private static final JsonProvider JSON = JsonProvider.provider();
    static final Map<String, String> SORTABLE = Map.of("at", "id");

    /** One entry of the audit log as the API shows it. */
    @Schema(name = "AuditEntry")
    public record AuditRepresentation(
            Instant at,
            String actor,
            String resource,
            String id,
            AuditAction action,

            @Schema(description = "Each changed field: {\"before\": …, \"after\": …}")
            JsonObject changes) {

        static AuditRepresentation of(AuditEntry entry) {
            try (var reader = JSON.createReader(new StringReader(entry.changes()))) {
                return new AuditRepresentation(
                        entry.at(),
                        entry.actor(),
                        entry.resource(),
                        entry.resourceId(),
                        entry.action(),
                        reader.readObject());
            }
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    Authorization authorization;

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "The audit log",
            description = "Forum administrators. Newest first unless sort=at,asc. Filter by resource (as in the"
                    + " paths: territories, organizations, axes, events, …) and id (slug or UUID).")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditEntryPage")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<AuditRepresentation> list(
            @Parameter(description = "Resource name as in the paths", example = "territories") @QueryParam("resource")
                    String resource,
            @Parameter(description = "The resource's slug or id", example = "casablanca-settat") @QueryParam("id")
                    String id,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(description = "at,asc or at,desc (default)") @QueryParam("sort") String sort) {
        authorization.require(Action.READ_AUDIT);
        var request = PageRequest.parse(page, size, sort == null ? "at,desc" : sort, SORTABLE, "at");
        String name = QueryParams.text(resource);
        if (name != null && ResourceName.ofPath(name).isEmpty()) {
            throw ProblemException.badRequest("resource must name a resource as in the paths (territories,"
                    + " organizations, …), was '" + name + "'.");
        }
        return audit.search(name, QueryParams.text(id), request).map(AuditRepresentation::of);
    }
}
