package network.twincities.sync.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.TreeSet;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.sync.control.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed partner systems follow to keep their copy of the network. */
@Path("sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "For partner systems that keep a copy of the network")
public class SyncResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @GET
    @Path("changes")
    @Operation(
            operationId = "listChanges",
            summary = "The change feed",
            description = "Any authenticated caller. Every committed change of territories, organizations, axes,"
                    + " events, MoUs, best practices and projects, in commit order; deletions as changes with op"
                    + " delete. Keep nextCursor and pass it as after: the next call returns every change"
                    + " committed since, also those of transactions that were slower than others. An entity's"
                    + " versions come in order; superseded versions may be skipped. A cursor older than the"
                    + " retained history answers 410: resync from the beginning (no after).")
    @APIResponse(
            responseCode = "200",
            description = "The changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChangeBatch")))
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the retained history: resync from the beginning",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangeBatch changes(
            @Parameter(description = "The nextCursor of the previous call; none: from the beginning")
                    @QueryParam("after")
                    String after,
            @Parameter(description = "At most this many changes, 1 to 1000 (100 by default)", example = "100")
                    @QueryParam("limit")
                    String limit,
            @Parameter(
                            description = "Only this resource's changes",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "territories",
                                                "organizations",
                                                "axes",
                                                "events",
                                                "mous",
                                                "best-practices",
                                                "projects"
                                            }))
                    @QueryParam("resource")
                    String resource) {
        int max = limit(limit);
        if (resource != null && !ChangeFeed.RESOURCES.contains(resource)) {
            throw ProblemException.badRequest("resource must be one of "
                    + String.join(", ", new TreeSet<>(ChangeFeed.RESOURCES)) + ", was '" + resource + "'.");
        }
        var cursor = Cursor.parse(after);
        if (cursor.position() > 0) {
            if (cursor.position() > feed.lastPosition().orElse(0L)) {
                throw ProblemException.badRequest("after is not a cursor this feed gave out.");
            }
            if (cursor.position() < feed.horizon()) {
                throw new ProblemException(
                        ProblemType.GONE,
                        "The cursor is older than the history the feed keeps: resync from the beginning"
                                + " (call without after).");
            }
        }
        var slice = feed.after(cursor.position(), resource, max + 1);
        var entries = slice.entries();
        boolean more = entries.size() > max;
        var page = more ? entries.subList(0, max) : entries;
        var changes = page.stream()
                .map(e -> new ChangeRepresentation(e.resource(), e.id(), e.op(), e.version(), json(e.data())))
                .toList();
        // all read: go on from the end of the feed, past other resources' changes (and what pruning removed)
        var next = more
                ? new Cursor(page.get(page.size() - 1).position())
                : new Cursor(Math.max(cursor.position(), slice.end()));
        return new ChangeBatch(changes, next.text(), more);
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the problem below
        }
        throw ProblemException.badRequest(
                "limit must be a whole number from 1 to " + MAX_LIMIT + ", was '" + text + "'.");
    }

    private static JsonObject json(String data) {
        if (data == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(data))) {
            return reader.readObject();
        }
    }
}
