package network.twincities.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    /** The top-level resources of this version, in the order they are listed. */
    static final List<String> RESOURCES = List.of("territories", "organizations", "axes", "events", "audit");

    public record ApiRoot(String name, String version, Map<String, String> resources) {}

    @Context
    UriInfo uri;

    @GET
    @SecurityRequirements
    @Operation(summary = "The API root", description = "Anonymous. Links to every top-level resource.")
    public ApiRoot root() {
        var links = new LinkedHashMap<String, String>();
        for (var name : RESOURCES) {
            links.put(name, uri.getBaseUriBuilder().path(name).build().toString());
        }
        return new ApiRoot("TwinCities Network API", "1", links);
    }
}
