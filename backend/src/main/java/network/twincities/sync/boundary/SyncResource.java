package network.twincities.sync.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import network.twincities.platform.json.JsonBodies;
import network.twincities.platform.paging.QueryParams;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Authorization;
import network.twincities.platform.security.Caller;
import network.twincities.sync.control.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What partner systems sync with: the change feed they follow, and the bulk upsert of their projects. */
@Path("sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "For partner systems that keep a copy of the network")
public class SyncResource {

    /** Looked up once: {@code Json.createValue} looks the provider up again (a ServiceLoader scan) at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** An Idempotency-Key: 1 to 255 visible ASCII characters (a UUID, say). */
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    static final String UPSERT_EXAMPLE = """
            {"items": [
              {"externalId": "RH-2024-017",
               "title": {"en": "Water-saving irrigation", "fr": "Irrigation économe en eau"},
               "status": "ACTIVE", "startDate": "2026-01-01", "axes": ["digital-inclusion"]},
              {"externalId": "RH-2024-018", "title": {"fr": "Centres numériques"}, "leadTerritory": "rehamna"}
            ]}""";

    @Inject
    ChangeFeed feed;

    @Inject
    ProjectUpserts upserts;

    @Inject
    Caller caller;

    @Inject
    Authorization authorization;

    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "upsertProjects",
            summary = "Bulk upsert of projects",
            description = "Officials and API clients bound to a territory (the token's territory claim; none:"
                    + " 403, also for forum administrators). 1 to 1000 items, each a project keyed by its"
                    + " externalId (required) within the caller's territory, which leads them all (leadTerritory"
                    + " may be left out; another one is 422). All or nothing, in one transaction: if an item is"
                    + " invalid, nothing is written and the 422's errors name each bad item by its index. An item"
                    + " equal to the stored project leaves it unchanged (no new version, no change in the feed);"
                    + " an item that is not in the body is not touched. With an Idempotency-Key (kept 24 hours"
                    + " per caller) a repeat with the same body gets the first answer and writes nothing, the same"
                    + " key with another body is 422, and a repeat sent while the first is running waits for it."
                    + " The body may have up to 16 MiB.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "ProjectUpserts"),
                            examples = @ExampleObject(name = "Two projects of Rehamna", value = UPSERT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "What became of each item, in their order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectUpsertResults")))
    @APIResponse(
            responseCode = "400",
            description = "Unreadable: malformed JSON, not an object with an items array of objects, or not 1 to"
                    + " 1000 items; or a malformed Idempotency-Key",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "409",
            description = "An item conflicts with the current state; nothing was written",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than 16 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "Invalid items, each error with the item's index (nothing was written); or the"
                    + " Idempotency-Key was used with another body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response upsertProjects(
            @Parameter(
                            description = "Makes a retry safe: 1 to 255 visible ASCII characters, e.g. a UUID; kept"
                                    + " 24 hours per caller",
                            example = "7f1c2a90-5d1e-4c3b-9a57-0c2f8e1d4b6a")
                    @HeaderParam("Idempotency-Key")
                    String key,
            InputStream body) {
        authorization.require(Action.SYNC_PROJECTS);
        String territory = caller.territory();
        if (territory == null) {
            throw ProblemException.forbidden(
                    "A bulk upsert is for callers bound to a territory (the token's territory claim); yours names"
                            + " none.");
        }
        authorization.require(Action.SYNC_PROJECTS, Set.of(territory));
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters.");
        }
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        byte[] bytes = JsonBodies.atMost(body, ProjectUpserts.MAX_BYTES, "A bulk upsert may have at most 16 MiB.");
        var json = JsonBodies.parse(bytes);
        if (json.getValueType() != JsonValue.ValueType.OBJECT
                || !(json.asJsonObject().get("items") instanceof JsonArray array)) {
            throw ProblemException.badRequest("The body must be a JSON object {\"items\": [...]}.");
        }
        if (array.isEmpty() || array.size() > ProjectUpserts.MAX_ITEMS) {
            throw ProblemException.badRequest(
                    "items must have 1 to " + ProjectUpserts.MAX_ITEMS + " projects, had " + array.size() + ".");
        }
        var items = new ArrayList<JsonObject>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw ProblemException.badRequest("items[" + i + "] must be a JSON object (a project).");
            }
            items.add(array.getJsonObject(i));
        }
        var answer = upserts.upsert(caller.name(), territory, key, bytes, items);
        return Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.json())
                .build();
    }

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
    public Response changes(
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
        int max = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        if (resource != null && !ChangeFeed.RESOURCES.contains(resource)) {
            throw ProblemException.badRequest("resource must be one of "
                    + String.join(", ", new TreeSet<>(ChangeFeed.RESOURCES)) + ", was '" + resource + "'.");
        }
        var cursor = Cursor.parse(after);
        // the page, the horizon and the last position handed out, from one snapshot: a pruning is either wholly
        // seen (and a cursor it overtook is 410) or not at all
        var slice = feed.after(cursor.position(), resource, max + 1);
        long horizon = slice.horizon();
        if (cursor.position() > 0) {
            if (cursor.position() > slice.handedOut().orElse(0L) || cursor.horizon() > horizon) {
                throw ProblemException.badRequest("after is not a cursor this feed gave out.");
            }
            if (cursor.gone(horizon)) {
                throw new ProblemException(
                        ProblemType.GONE,
                        "The cursor is older than the history the feed keeps: resync from the beginning"
                                + " (call without after).");
            }
        }
        var entries = slice.entries();
        boolean more = entries.size() > max;
        var page = more ? entries.subList(0, max) : entries;
        // all read: go on from the end of the feed, past other resources' changes (and what pruning removed)
        var next = more
                ? new Cursor(page.get(page.size() - 1).position(), horizon)
                : new Cursor(Math.max(cursor.position(), slice.end()), horizon);
        // its length first, by writing it once into a counter: sent with a Content-Length, a page is read by a
        // client straight into one array, not decoded chunk by chunk
        var counter = new ByteCounter();
        try {
            write(counter, page, next, more);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a counter does not fail
        }
        StreamingOutput body = output -> {
            var out = new BufferedOutputStream(output, 64 * 1024);
            write(out, page, next, more);
            out.flush();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_LENGTH, counter.bytes)
                .build();
    }

    /**
     * A ChangeBatch, written by hand: each change's data goes out as stored, not parsed and serialized again,
     * as UTF-8 bytes (a String's own encoding is much cheaper than a Writer's).
     */
    private static void write(OutputStream out, List<ChangeFeed.Entry> page, Cursor next, boolean more)
            throws IOException {
        out.write(ascii("{\"changes\":["));
        for (int i = 0; i < page.size(); i++) {
            var e = page.get(i);
            out.write(i == 0 ? RESOURCE_FIRST : RESOURCE_NEXT);
            out.write(utf8(quoted(e.resource())));
            out.write(ID);
            out.write(utf8(quoted(e.id())));
            out.write(OP);
            out.write(utf8(quoted(e.op())));
            out.write(VERSION);
            out.write(ascii(Integer.toString(e.version())));
            if (e.data() != null) {
                // the JSON text of a JsonObject, as ChangeFeed recorded it
                out.write(DATA);
                out.write(e.data());
            }
            out.write('}');
        }
        out.write(ascii("],\"nextCursor\":"));
        out.write(utf8(quoted(next.text())));
        out.write(ascii(",\"hasMore\":" + more + "}"));
    }

    /** Counts what is written to it, and keeps nothing. */
    private static final class ByteCounter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static final byte[] RESOURCE_FIRST = ascii("{\"resource\":");
    private static final byte[] RESOURCE_NEXT = ascii(",{\"resource\":");
    private static final byte[] ID = ascii(",\"id\":");
    private static final byte[] OP = ascii(",\"op\":");
    private static final byte[] VERSION = ascii(",\"version\":");
    private static final byte[] DATA = ascii(",\"data\":");

    /** A JSON string: as it is between quotes when nothing in it needs escaping (slugs, UUIDs, cursors). */
    private static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                return JSON.createValue(text).toString();
            }
        }
        return '"' + text + '"';
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
