package network.twincities.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import network.twincities.sync.control.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only (added to the deployment by {@link network.twincities.it.SystemTestDeployment}): prunes the
 * change feed as the nightly task does, with a chosen moment instead of "the retention period ago".
 */
@Path("testing/feed-pruning")
@RequestScoped
public class FeedPruningResource {

    @Inject
    ChangeFeed feed;

    @POST
    @Transactional
    @Operation(hidden = true)
    public String prune(@QueryParam("before") String before) {
        return Integer.toString(feed.prune(Instant.parse(before)));
    }
}
