package network.twincities.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every project and progress update operation × every kind of caller, with real Keycloak tokens, on
 * projects led by Casablanca-Settat with Rehamna as a partner: the lead's official creates, edits,
 * deletes and reports; the partner's official only reports; New York's official and the API client
 * (bound to Rehamna, a partner) only read; forum administrators do everything; anonymous callers get
 * 401. A refused call changes nothing. Then the fields no caller may set.
 */
@SystemTest
class ProjectAuthorizationIT {

    enum Caller {
        ANONYMOUS(() -> null),
        OFFICIAL_OF_THE_LEAD(() -> Tokens.of(Tokens.OFFICIAL_CASABLANCA)),
        OFFICIAL_OF_A_PARTNER(() -> Tokens.of(Tokens.OFFICIAL_REHAMNA)),
        OFFICIAL_OF_ANOTHER_TERRITORY(() -> Tokens.of(Tokens.OFFICIAL_NEWYORK)),
        API_CLIENT(Tokens::syncClient),
        FORUM_ADMIN(() -> Tokens.of(Tokens.FORUM_ADMIN));

        final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }
    }

    static final Set<Caller> READERS = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> EDITORS = EnumSet.of(Caller.OFFICIAL_OF_THE_LEAD, Caller.FORUM_ADMIN);
    static final Set<Caller> REPORTERS =
            EnumSet.of(Caller.OFFICIAL_OF_THE_LEAD, Caller.OFFICIAL_OF_A_PARTNER, Caller.FORUM_ADMIN);

    interface Call {
        HttpResponse<String> on(String id, String token, String etag);
    }

    record Operation(String name, boolean onAProject, int success, Set<Caller> allowed, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Operation> OPERATIONS = List.of(
            new Operation("list", false, 200, READERS, (id, token, etag) -> Http.get(Urls.api() + "/projects", token)),
            new Operation("read", true, 200, READERS, (id, token, etag) -> Http.get(Projects.url(id), token)),
            new Operation(
                    "read the updates",
                    true,
                    200,
                    READERS,
                    (id, token, etag) -> Http.get(Projects.url(id) + "/updates", token)),
            new Operation(
                    "create",
                    false,
                    201,
                    EDITORS,
                    (id, token, etag) ->
                            Http.postJson(Urls.api() + "/projects", Projects.body(Projects.unique("created")), token)),
            new Operation(
                    "edit",
                    true,
                    200,
                    EDITORS,
                    (id, token, etag) -> Http.put(
                            Projects.url(id),
                            Http.get(Projects.url(id), admin()).body().replace("Made by a test.", "Edited."),
                            token,
                            etag)),
            new Operation(
                    "delete", true, 204, EDITORS, (id, token, etag) -> Http.delete(Projects.url(id), token, etag)),
            new Operation(
                    "post an update",
                    true,
                    201,
                    REPORTERS,
                    (id, token, etag) -> Http.postJson(
                            Projects.url(id) + "/updates", "{\"text\": \"Going well.\", \"progress\": 30}", token)));

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static Stream<Arguments> matrix() {
        var rows = new ArrayList<Arguments>();
        for (var operation : OPERATIONS) {
            for (var caller : Caller.values()) {
                rows.add(Arguments.of(operation, caller));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void everyOperationByEveryCaller(Operation operation, Caller caller) {
        String id = operation.onAProject() ? Projects.create(Projects.body(Projects.unique("authz"))) : null;
        var before = id == null ? null : Http.get(Projects.url(id), admin());
        var updatesBefore = id == null ? null : Http.get(Projects.url(id) + "/updates", admin());
        long total = total();
        var response = operation.call().on(id, caller.token.get(), before == null ? null : Http.etag(before));
        boolean allowed = operation.allowed().contains(caller);
        int expected = allowed ? operation.success() : caller == Caller.ANONYMOUS ? 401 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (!allowed) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            if (id != null) {
                assertThat(Http.get(Projects.url(id), admin()).body())
                        .as("a refused call changes nothing")
                        .isEqualTo(before.body());
                assertThat(Http.get(Projects.url(id) + "/updates", admin()).body())
                        .isEqualTo(updatesBefore.body());
            }
            assertThat(total()).as("nothing created").isEqualTo(total);
        }
    }

    /** Who may read a project may read it as anyone else does; who wrote it is recorded. */
    @Test
    void theAuthorAndTimeOfAnUpdateAreTheServers() {
        String id = Projects.create(Projects.body(Projects.unique("author")));
        var posted = Http.postJson(
                Projects.url(id) + "/updates",
                "{\"text\": \"Partner news.\", \"progress\": 12}",
                Tokens.of(Tokens.OFFICIAL_REHAMNA));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(Http.object(posted).getString("author")).isEqualTo("official.rehamna");
        for (String field :
                List.of("\"author\": \"admin.forum\"", "\"at\": \"2020-01-01T00:00:00Z\"", "\"id\": \"x\"")) {
            var forged = Http.postJson(
                    Projects.url(id) + "/updates",
                    "{\"text\": \"Forged.\", \"progress\": 12, " + field + "}",
                    Tokens.of(Tokens.OFFICIAL_REHAMNA));
            assertThat(forged.statusCode()).as(forged.body()).isEqualTo(422);
        }
        assertThat(Http.array(Http.get(Projects.url(id) + "/updates", admin()))).hasSize(1);
    }

    /** An official creates only projects its own territory leads, and never hands the lead to another. */
    @Test
    void anOfficialLeadsOnlyForItsOwnTerritory() {
        String body = Projects.body(Projects.unique("not-ours"));
        var byNewYork = Http.postJson(Urls.api() + "/projects", body, Tokens.of(Tokens.OFFICIAL_NEWYORK));
        assertThat(byNewYork.statusCode()).as(byNewYork.body()).isEqualTo(403);
        var byPartner = Http.postJson(Urls.api() + "/projects", body, Tokens.of(Tokens.OFFICIAL_REHAMNA));
        assertThat(byPartner.statusCode()).as(byPartner.body()).isEqualTo(403);

        String id = Projects.create(Projects.body(Projects.unique("lead")));
        var before = Http.get(Projects.url(id), admin());
        String handedOver = before.body()
                .replace("\"leadTerritory\":\"casablanca-settat\"", "\"leadTerritory\":\"rehamna\"")
                .replace("\"partners\":[\"rehamna\",", "\"partners\":[");
        assertThat(handedOver).contains("\"leadTerritory\":\"rehamna\"");
        var response = Http.put(Projects.url(id), handedOver, Tokens.of(Tokens.OFFICIAL_CASABLANCA), Http.etag(before));
        assertThat(response.statusCode()).as(response.body()).isIn(403, 422);
        assertThat(Http.get(Projects.url(id), admin()).body()).isEqualTo(before.body());
        // a forum administrator may move the lead (moderation)
        var moved = Http.put(Projects.url(id), handedOver, admin(), Http.etag(before));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Http.object(moved).getString("leadTerritory")).isEqualTo("rehamna");
    }

    /** Read-only fields may come back with their current value only; anything else is refused, never applied. */
    @Test
    void readOnlyFieldsAreNeverAssigned() {
        String id = Projects.create(Projects.body(Projects.unique("mass")));
        var before = Http.get(Projects.url(id), admin());
        String body = before.body();
        var unchanged = Http.put(Projects.url(id), body, Tokens.of(Tokens.OFFICIAL_CASABLANCA), Http.etag(before));
        assertThat(unchanged.statusCode())
                .as("GET → PUT as it is: " + unchanged.body())
                .isEqualTo(200);
        var current = Http.get(Projects.url(id), admin());
        body = current.body();
        var json = Http.object(current);
        for (String[] change : List.of(
                new String[] {"\"id\":\"" + id + "\"", "\"id\":\"" + java.util.UUID.randomUUID() + "\"", "id"},
                new String[] {"\"version\":" + json.getInt("version"), "\"version\":99", "version"},
                new String[] {
                    "\"createdBy\":\"" + json.getString("createdBy") + "\"",
                    "\"createdBy\":\"official.casablanca\"",
                    "createdBy"
                },
                new String[] {
                    "\"updatedBy\":\"" + json.getString("updatedBy") + "\"", "\"updatedBy\":\"someone\"", "updatedBy"
                },
                new String[] {
                    "\"createdAt\":\"" + json.getString("createdAt") + "\"",
                    "\"createdAt\":\"2020-01-01T00:00:00Z\"",
                    "createdAt"
                },
                new String[] {"\"progress\":25", "\"progress\":90", "indicators[0].progress"})) {
            assertThat(body).contains(change[0]);
            var response = Http.put(
                    Projects.url(id),
                    body.replace(change[0], change[1]),
                    Tokens.of(Tokens.OFFICIAL_CASABLANCA),
                    Http.etag(current));
            assertThat(response.statusCode())
                    .as(change[2] + ": " + response.body())
                    .isEqualTo(422);
            assertThat(response.body()).contains("\"" + change[2] + "\"");
            assertThat(Http.get(Projects.url(id), admin()).body()).isEqualTo(body);
        }
    }

    /** The order of checks: 401 → 404 → 403 → 400 → 428/412 → 422. */
    @Test
    void checksComeInTheContractsOrder() {
        String newYork = Tokens.of(Tokens.OFFICIAL_NEWYORK);
        String casablanca = Tokens.of(Tokens.OFFICIAL_CASABLANCA);
        String missing = Projects.url(java.util.UUID.randomUUID().toString());
        assertThat(Http.put(missing, "{}", null, "\"1\"").statusCode()).isEqualTo(401);
        assertThat(Http.put(missing, "not json", newYork, null).statusCode()).isEqualTo(404);
        assertThat(Http.delete(Projects.url("not-a-uuid"), newYork, null).statusCode())
                .isEqualTo(404);
        String id = Projects.create(Projects.body(Projects.unique("order")));
        var current = Http.get(Projects.url(id), admin());
        assertThat(Http.put(Projects.url(id), "not json", newYork, null).statusCode())
                .isEqualTo(403);
        assertThat(Http.put(Projects.url(id), "not json", casablanca, null).statusCode())
                .isEqualTo(400);
        assertThat(Http.put(Projects.url(id), current.body(), casablanca, null).statusCode())
                .isEqualTo(428);
        assertThat(Http.put(Projects.url(id), current.body(), casablanca, "\"999\"")
                        .statusCode())
                .isEqualTo(412);
        assertThat(Http.delete(Projects.url(id), casablanca, null).statusCode()).isEqualTo(428);
        assertThat(Http.delete(Projects.url(id), casablanca, "\"999\"").statusCode())
                .isEqualTo(412);
        String invalid = current.body().replace("\"endDate\":\"2026-12-31\"", "\"endDate\":\"2025-12-31\"");
        var response = Http.put(Projects.url(id), invalid, casablanca, "\"0\"");
        assertThat(response.statusCode()).as("stale and invalid: 412 first").isEqualTo(412);
        response = Http.put(Projects.url(id), invalid, casablanca, Http.etag(current));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(Http.postJson(Urls.api() + "/projects", "{}", Tokens.syncClient())
                        .statusCode())
                .isEqualTo(403);
    }

    static long total() {
        return Http.object(Http.get(Urls.api() + "/projects?size=1", admin()))
                .getJsonNumber("total")
                .longValue();
    }
}
