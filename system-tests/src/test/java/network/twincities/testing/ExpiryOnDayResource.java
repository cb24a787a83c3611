package network.twincities.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import network.twincities.memorandum.control.ExpiryRun;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only (added to the deployment by {@link network.twincities.it.SystemTestDeployment}, never part of
 * the product): runs the MoU expiry for one MoU as if today were another day, so that a test can walk an
 * MoU through its reminders and its expiry without waiting months, and without touching the MoUs of
 * other tests.
 */
@Path("testing/expiry/{id}")
@RequestScoped
public class ExpiryOnDayResource {

    @Inject
    ExpiryRun run;

    @POST
    @Operation(hidden = true)
    public Response runOn(@PathParam("id") String id, @QueryParam("on") String day) {
        run.expireOrRemind(id, LocalDate.parse(day));
        return Response.noContent().build();
    }
}
