package network.twincities.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import network.twincities.it.Http;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * The bulk upsert of projects ({@code POST /sync/projects}) as a partner system uses it: created, updated
 * and unchanged items, all or nothing, who may, and Idempotency-Keys that make retries safe, also when two
 * of them arrive at once.
 */
@SystemTest
class BulkUpsertIT {

    static final String URL = Urls.api() + "/sync/projects";

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    /** A project of Rehamna (the sync client's territory) with a bit of everything. */
    static String item(String externalId, String title) {
        return """
                {"externalId": "%s", "title": {"en": "%s", "fr": "Projet synchronisé"},
                 "partners": ["casablanca-settat"], "axes": ["digital-inclusion"], "status": "ACTIVE",
                 "startDate": "2026-01-01", "endDate": "2026-12-31",
                 "budget": {"amount": 350000.00, "currency": "MAD"}, "beneficiaries": 120,
                 "milestones": [{"title": "Start", "dueDate": "2026-02-01", "done": true},
                                {"title": "Finish", "dueDate": "2026-12-01", "done": false}],
                 "indicators": [{"name": "Farms", "unit": "farms", "baseline": 0, "target": 40, "current": 10}]}""".formatted(externalId, title);
    }

    static String body(String... items) {
        return "{\"items\": [" + String.join(",", items) + "]}";
    }

    static HttpResponse<String> upsert(String body, String token, String... headers) {
        return Http.request("POST", URL, body, token, headers);
    }

    static List<JsonObject> results(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response).getJsonArray("results").getValuesAs(JsonObject.class);
    }

    /** The projects with this externalId, as the API lists them. */
    static List<JsonObject> withExternalId(String externalId) {
        var response = Http.get(Urls.api() + "/projects?externalId=" + Http.encode(externalId), admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static JsonObject project(String id) {
        var response = Http.get(Projects.url(id), admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response);
    }

    /** The end of the projects' change feed now. */
    static String feedEnd() {
        return ChangeFeedIT.follow(null, "projects", new ArrayList<>());
    }

    /** The projects' changes after a cursor whose project has one of these externalIds. */
    static List<JsonObject> changesOf(String cursor, Set<String> externalIds) {
        var changes = new ArrayList<JsonObject>();
        ChangeFeedIT.follow(cursor, "projects", changes);
        return changes.stream()
                .filter(c -> c.containsKey("data")
                        && externalIds.contains(c.getJsonObject("data").getString("externalId", "")))
                .toList();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void itemsAreCreatedUpdatedOrLeftUnchangedInTheirOrder() {
        String a = Projects.unique("BULK-A");
        String b = Projects.unique("BULK-B");
        String cursor = feedEnd();

        var first = results(upsert(body(item(a, "Irrigation"), item(b, "Digital centres")), Tokens.syncClient()));
        assertThat(first).extracting(r -> r.getString("externalId")).containsExactly(a, b);
        assertThat(first).extracting(r -> r.getString("result")).containsExactly("created", "created");
        String idA = first.get(0).getString("id");
        String idB = first.get(1).getString("id");
        var storedA = project(idA);
        assertThat(storedA.getString("leadTerritory")).isEqualTo("rehamna");
        assertThat(storedA.getString("externalId")).isEqualTo(a);
        assertThat(storedA.getJsonArray("milestones")).hasSize(2);
        assertThat(storedA.getInt("version")).isEqualTo(1);

        // the change feed shows both, created by the sync client
        var created = changesOf(cursor, Set.of(a, b));
        assertThat(created).extracting(c -> c.getString("id")).containsExactly(idA, idB);
        assertThat(created.get(0).getJsonObject("data").getString("createdBy"))
                .isEqualTo("service-account-" + Tokens.SYNC_CLIENT);

        // a second call: b changes, a is the same (leadTerritory given as the caller's), c is new
        String c = Projects.unique("BULK-C");
        String cursor2 = feedEnd();
        String sameA = item(a, "Irrigation").replace("\"status\"", "\"leadTerritory\": \"rehamna\", \"status\"");
        var second = results(
                upsert(body(sameA, item(b, "Digital centres, phase 2"), item(c, "Solar pumps")), Tokens.syncClient()));
        assertThat(second).extracting(r -> r.getString("result")).containsExactly("unchanged", "updated", "created");
        assertThat(second.get(0).getString("id")).isEqualTo(idA);
        assertThat(second.get(1).getString("id")).isEqualTo(idB);

        assertThat(project(idA).toString()).as("unchanged: no new version").isEqualTo(storedA.toString());
        var storedB = project(idB);
        assertThat(storedB.getInt("version")).isEqualTo(2);
        assertThat(storedB.getJsonObject("title").getString("en")).isEqualTo("Digital centres, phase 2");
        assertThat(changesOf(cursor2, Set.of(a, b, c)))
                .as("no change in the feed for the unchanged item")
                .extracting(ch -> ch.getJsonObject("data").getString("externalId"))
                .containsExactly(b, c);
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=projects&id=" + idA, admin()));
        assertThat(audit.getJsonArray("items"))
                .as("only its creation is in the audit log")
                .hasSize(1);
    }

    @Test
    void anInvalidItemWritesNothingAndEachBadItemIsNamedByItsIndex() {
        String good = Projects.unique("BULK-GOOD");
        String late = Projects.unique("BULK-LATE");
        String dup = Projects.unique("BULK-DUP");
        var response = upsert(
                body(
                        item(good, "Fine"),
                        item(late, "Ends early").replace("\"endDate\": \"2026-12-31\"", "\"endDate\": \"2025-01-01\""),
                        "{\"title\": {\"en\": \"No key\"}}",
                        item(dup, "Once"),
                        item(dup, "Twice"),
                        item(Projects.unique("BULK-OTHER"), "Not ours")
                                .replace("\"status\"", "\"leadTerritory\": \"casablanca-settat\", \"status\""),
                        item(Projects.unique("BULK-AXIS"), "Bad axis").replace("digital-inclusion", "no-such-axis")),
                Tokens.syncClient());
        assertProblem(response, 422);
        var errors = Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors)
                .extracting(e -> e.getInt("index") + " " + e.getString("field"))
                .containsExactly("1 endDate", "2 externalId", "4 externalId", "5 leadTerritory", "6 axes[0]");
        assertThat(errors).allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
        for (String each : List.of(good, late, dup)) {
            assertThat(withExternalId(each)).as(each + " was not written").isEmpty();
        }
    }

    @Test
    void itemCountsAndBodiesOutsideTheContractAre400() {
        assertProblem(upsert("{\"items\": []}", Tokens.syncClient()), 400);
        String many = IntStream.range(0, 1001)
                .mapToObj(i -> "{\"externalId\": \"MANY-" + i + "\", \"title\": {\"en\": \"Many\"}}")
                .collect(Collectors.joining(",", "{\"items\": [", "]}"));
        assertProblem(upsert(many, Tokens.syncClient()), 400);
        assertThat(withExternalId("MANY-0")).isEmpty();
        for (String hostile : List.of(
                "[]",
                "{\"items\": {}}",
                "{\"items\": [1]}",
                "{\"items\": [{\"externalId\": \"x\"",
                "{\"items\": [{\"externalId\": 1" + "0".repeat(200) + "}]}",
                "{\"items\": " + "[".repeat(100) + "]".repeat(100) + "}",
                "\"items\"")) {
            assertProblem(upsert(hostile, Tokens.syncClient()), 400);
        }
        // a NUL in the key and a huge number are invalid items, not errors
        var nul = upsert(
                "{\"items\": [{\"externalId\": \"a\\u0000b\", \"title\": {\"en\": \"Nul\"}, \"beneficiaries\": 1e400}]}",
                Tokens.syncClient());
        assertProblem(nul, 422);
        assertThat(Http.object(nul).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("index") + " " + e.getString("field"))
                .contains("0 externalId");
        var large = "{\"items\": [{\"externalId\": \"big\", \"title\": {\"en\": \"" + "x".repeat(17 * 1024 * 1024)
                + "\"}}]}";
        assertProblem(upsert(large, Tokens.syncClient()), 413);
    }

    @Test
    void onlyCallersBoundToATerritoryMay() {
        String body = body(item(Projects.unique("BULK-WHO"), "Who"));
        assertProblem(upsert(body, null), 401);
        assertProblem(upsert(body, admin()), 403);
        assertProblem(upsert(body, officialWithoutTerritory()), 403);
        // an official upserts its own territory's projects (the items' lead is its territory)
        String ownId = Projects.unique("BULK-OWN");
        var own = results(upsert(
                body(item(ownId, "Own").replace("\"casablanca-settat\"", "\"rehamna\"")),
                Tokens.of(Tokens.OFFICIAL_CASABLANCA)));
        assertThat(own.get(0).getString("result")).isEqualTo("created");
        assertThat(withExternalId(ownId).get(0).getString("leadTerritory")).isEqualTo("casablanca-settat");
    }

    /** A realm user with the official role and no territory attribute. */
    static String officialWithoutTerritory() {
        String keycloak = Tokens.keycloakAdmin();
        String users = Urls.keycloak() + "/admin/realms/twincities/users";
        var created = Http.postJson(users, """
                {"username": "it-official-nowhere", "enabled": true, "emailVerified": true,
                 "email": "it-official-nowhere@twincities.example", "firstName": "No", "lastName": "Where",
                 "credentials": [{"type": "password", "value": "demo", "temporary": false}]}""", keycloak);
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        String id = Http.array(Http.get(users + "?exact=true&username=it-official-nowhere", keycloak))
                .getJsonObject(0)
                .getString("id");
        var role = Http.get(Urls.keycloak() + "/admin/realms/twincities/roles/official", keycloak);
        assertThat(role.statusCode()).as(role.body()).isEqualTo(200);
        var mapped = Http.postJson(users + "/" + id + "/role-mappings/realm", "[" + role.body() + "]", keycloak);
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
        return Tokens.password(Urls.keycloak(), "twincities", "twincities-cli", "it-official-nowhere", "demo");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndWritesNothing() {
        String a = Projects.unique("BULK-KEY");
        String key = UUID.randomUUID().toString();
        String body = body(item(a, "Keyed"));
        String cursor = feedEnd();
        var first = upsert(body, Tokens.syncClient(), "Idempotency-Key", key);
        assertThat(results(first).get(0).getString("result")).isEqualTo("created");
        var again = upsert(body, Tokens.syncClient(), "Idempotency-Key", key);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(changesOf(cursor, Set.of(a))).hasSize(1);
        assertThat(withExternalId(a)).hasSize(1);

        // the same key with another body
        var other = upsert(body(item(a, "Keyed, changed")), Tokens.syncClient(), "Idempotency-Key", key);
        assertProblem(other, 422);
        assertThat(Http.object(other).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("Idempotency-Key");
        // another caller's key of the same name is its own
        String own = Projects.unique("BULK-KEY-OWN");
        var official = upsert(
                body(item(own, "Other caller").replace("\"casablanca-settat\"", "\"rehamna\"")),
                Tokens.of(Tokens.OFFICIAL_CASABLANCA),
                "Idempotency-Key",
                key);
        assertThat(results(official).get(0).getString("result")).isEqualTo("created");
        // the same key without it: a write of its own (the item is there already: unchanged)
        assertThat(results(upsert(body, Tokens.syncClient())).get(0).getString("result"))
                .isEqualTo("unchanged");
        assertProblem(upsert(body, Tokens.syncClient(), "Idempotency-Key", "bad key"), 400);
    }

    @Test
    void twoRetriesAtTheSameMomentWriteOnce() throws Exception {
        var externalIds = new ArrayList<String>();
        var items = new ArrayList<String>();
        for (int i = 0; i < 200; i++) {
            String id = Projects.unique("BULK-RACE");
            externalIds.add(id);
            items.add(item(id, "Race " + i));
        }
        String body = body(items.toArray(String[]::new));
        String key = UUID.randomUUID().toString();
        String token = Tokens.syncClient();
        String cursor = feedEnd();
        var pool = Executors.newFixedThreadPool(3);
        var start = new CountDownLatch(1);
        try {
            var calls = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 3; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return upsert(body, token, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            var bodies = new ArrayList<String>();
            for (var call : calls) {
                var response = call.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
                if (response.statusCode() == 200) {
                    bodies.add(response.body());
                }
            }
            assertThat(bodies).isNotEmpty();
            assertThat(Set.copyOf(bodies)).as("every 200 is the first answer").hasSize(1);
            assertThat(Http.object(bodies.get(0)).getJsonArray("results").getValuesAs(JsonObject.class))
                    .allSatisfy(r -> assertThat(r.getString("result")).isEqualTo("created"));
        } finally {
            pool.shutdownNow();
        }
        var changes = changesOf(cursor, Set.copyOf(externalIds));
        assertThat(changes).as("each project created once").hasSize(externalIds.size());
        assertThat(withExternalId(externalIds.get(0))).hasSize(1);
    }
}
