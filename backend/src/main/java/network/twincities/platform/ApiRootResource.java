package network.twincities.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The entry point a consumer starts from: names the API, its version and its resources. The one
 * anonymous resource (see {@link network.twincities.platform.security.AuthenticationFilter}).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API root")
public class ApiRootResource {

    @Schema(name = "ApiRoot")
    public record ApiRoot(String name, String version, Map<String, String> resources) {}

    @Inject
    Links links;

    @GET
    @SecurityRequirements
    @Operation(
            operationId = "getApiRoot",
            summary = "The API root",
            description = "Anonymous. Links to every top-level resource.")
    @APIResponse(
            responseCode = "200",
            description = "The API's name, version and resources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiRoot")))
    public ApiRoot root() {
        var resources = new LinkedHashMap<String, String>();
        for (var resource : ResourceName.values()) {
            resources.put(resource.path(), links.collection(resource).toString());
        }
        return new ApiRoot("TwinCities Network API", "1", resources);
    }
}
