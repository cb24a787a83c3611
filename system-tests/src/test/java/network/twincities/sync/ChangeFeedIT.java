package network.twincities.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * The change feed ({@code GET /sync/changes}) as a partner system follows it: every committed change in
 * commit order, deletions as tombstones, no gap behind a slow transaction, and clear refusals of bad
 * cursors and parameters.
 */
@SystemTest
class ChangeFeedIT {

    static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    /** One call of the feed, which must answer 200. */
    static JsonObject batch(String query, String token) {
        HttpResponse<String> response = Http.get(Urls.api() + "/sync/changes" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response);
    }

    /** Follows the feed from a cursor to its end; returns the changes seen and the cursor to go on from. */
    static String follow(String cursor, String resource, List<JsonObject> into) {
        while (true) {
            var batch = batch(
                    "?limit=1000&resource=" + resource + (cursor == null ? "" : "&after=" + cursor),
                    Tokens.syncClient());
            into.addAll(batch.getJsonArray("changes").getValuesAs(JsonObject.class));
            cursor = batch.getString("nextCursor");
            if (!batch.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    @Test
    void fromTheBeginningTheFeedHoldsTheNetworkAndThenEveryChangeInOrder() {
        var all = new ArrayList<JsonObject>();
        String cursor = follow(null, "territories", all);
        assertThat(all)
                .anySatisfy(c -> {
                    assertThat(c.getString("id")).isEqualTo("casablanca-settat");
                    assertThat(c.getString("op")).isEqualTo("upsert");
                    assertThat(c.getJsonObject("data").getString("slug")).isEqualTo("casablanca-settat");
                })
                .allSatisfy(c -> assertThat(c.getString("resource")).isEqualTo("territories"));

        String slug = "feed-" + RUN;
        var created = Http.postJson(
                Urls.api() + "/organizations",
                "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Feed NGO\"}}",
                admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var renamed = Http.put(
                Urls.api() + "/organizations/" + slug,
                "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Feed NGO, renamed\"}}",
                admin(),
                Http.etag(created));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        var deleted = Http.delete(Urls.api() + "/organizations/" + slug, admin(), Http.etag(renamed));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

        var changes = new ArrayList<JsonObject>();
        follow(null, "organizations", changes);
        var ofIt = changes.stream().filter(c -> c.getString("id").equals(slug)).toList();
        assertThat(ofIt).extracting(c -> c.getString("op")).containsExactly("upsert", "upsert", "delete");
        assertThat(ofIt).extracting(c -> c.getInt("version")).containsExactly(1, 2, 2);
        assertThat(ofIt.get(1).getJsonObject("data").getJsonObject("name").getString("en"))
                .isEqualTo("Feed NGO, renamed");
        assertThat(ofIt.get(2).containsKey("data")).isFalse();

        var after = new ArrayList<JsonObject>();
        follow(cursor, "territories", after);
        assertThat(after)
                .as("no territory changed meanwhile: nothing new after the cursor")
                .isEmpty();
    }

    @Test
    void aConsumerFollowingTheFeedMissesNoChangeOfASlowTransaction() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        var seen = new ConcurrentHashMap<String, List<Integer>>();
        var stop = new AtomicBoolean();
        var start = new ArrayList<JsonObject>();
        String from = follow(null, "organizations", start);
        try {
            Future<?> consumer = pool.submit(() -> {
                String cursor = from;
                while (true) {
                    boolean last = stop.get();
                    var changes = new ArrayList<JsonObject>();
                    cursor = follow(cursor, "organizations", changes);
                    for (var change : changes) {
                        seen.computeIfAbsent(change.getString("id"), id -> new ArrayList<>())
                                .add(change.getInt("version"));
                    }
                    if (last) {
                        return null;
                    }
                    Thread.sleep(20);
                }
            });
            var written = ConcurrentHashMap.<String>newKeySet();
            Future<?> slow = pool.submit(() -> {
                for (int i = 0; i < 3; i++) {
                    String slug = "slow-" + RUN + "-" + i;
                    var response = Http.request(
                            "POST",
                            Urls.api() + "/testing/slow-organizations?millis=1500",
                            "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Slow\"}}",
                            admin());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
                    written.add(slug);
                }
                return null;
            });
            Future<?> fast = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    String slug = "fast-" + RUN + "-" + i;
                    var response = Http.postJson(
                            Urls.api() + "/organizations",
                            "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Fast\"}}",
                            admin());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    written.add(slug);
                }
                return null;
            });
            slow.get(60, TimeUnit.SECONDS);
            fast.get(60, TimeUnit.SECONDS);
            stop.set(true);
            consumer.get(60, TimeUnit.SECONDS);
            assertThat(seen.keySet()).containsAll(written);
            assertThat(written).hasSize(33);
            Map<String, List<Integer>> versions = new HashMap<>(seen);
            versions.forEach((id, list) -> assertThat(list).as(id).isSorted());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badParametersAndCursorsAreRefusedClearly() {
        for (String query : List.of(
                "?limit=0",
                "?limit=1001",
                "?limit=ten",
                "?resource=people",
                "?after=not-a-cursor",
                "?after=c1.%25%25",
                "?after=" + cursor(Long.MAX_VALUE))) {
            var response = Http.get(Urls.api() + "/sync/changes" + query, admin());
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThat(Http.get(Urls.api() + "/sync/changes", null).statusCode()).isEqualTo(401);
        for (String token : List.of(Tokens.of(Tokens.OFFICIAL_CASABLANCA), Tokens.syncClient(), admin())) {
            assertThat(batch("?limit=1", token).getJsonArray("changes")).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(batch("?limit=1", admin()).getBoolean("hasMore")).isTrue();
    }

    @Test
    void aCursorOlderThanTheRetainedHistoryIsGoneAndTheConsumerResyncs() {
        String cursor = follow(null, "organizations", new ArrayList<>());
        String slug = "pruned-" + RUN;
        var created = Http.postJson(
                Urls.api() + "/organizations",
                "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Pruned\"}}",
                admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var deleted = Http.delete(Urls.api() + "/organizations/" + slug, admin(), Http.etag(created));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

        var pruned = Http.request(
                "POST",
                Urls.api() + "/testing/feed-pruning?before=" + Instant.now().plusSeconds(60),
                null,
                admin());
        assertThat(pruned.statusCode()).as(pruned.body()).isEqualTo(200);

        var gone = Http.get(Urls.api() + "/sync/changes?after=" + cursor, Tokens.syncClient());
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(410);
        assertThat(Http.object(gone).getString("detail")).contains("resync from the beginning");
        var resync = new ArrayList<JsonObject>();
        follow(null, "organizations", resync);
        assertThat(resync).noneMatch(c -> c.getString("id").equals(slug));
        assertThat(resync).anyMatch(c -> c.getString("id").equals("world-smart-cities-forum"));
    }

    static String cursor(long position) {
        return "c1."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
    }
}
