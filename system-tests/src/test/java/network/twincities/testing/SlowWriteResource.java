package network.twincities.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import network.twincities.organization.boundary.Organizations;
import network.twincities.platform.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only (added to the deployment by {@link network.twincities.it.SystemTestDeployment}): creates an
 * organization through the one write path, then keeps its transaction open for a while before committing,
 * as a slow transaction would, so that a test can show the change feed has no gap behind it.
 */
@Path("testing/slow-organizations")
@RequestScoped
public class SlowWriteResource {

    @Inject
    Writes writes;

    @Inject
    Organizations organizations;

    @POST
    @Transactional
    @Operation(hidden = true)
    public Response create(@QueryParam("millis") long millis, JsonObject body) throws InterruptedException {
        writes.createAs("system:slow-test", organizations, body);
        Thread.sleep(millis);
        return Response.noContent().build();
    }
}
