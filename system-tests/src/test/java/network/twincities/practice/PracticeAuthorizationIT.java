package network.twincities.practice;

import static network.twincities.practice.PracticeFixtures.admin;
import static network.twincities.practice.PracticeFixtures.adopt;
import static network.twincities.practice.PracticeFixtures.adoption;
import static network.twincities.practice.PracticeFixtures.adoptions;
import static network.twincities.practice.PracticeFixtures.body;
import static network.twincities.practice.PracticeFixtures.collection;
import static network.twincities.practice.PracticeFixtures.firstError;
import static network.twincities.practice.PracticeFixtures.practiceOf;
import static network.twincities.practice.PracticeFixtures.unique;
import static network.twincities.practice.PracticeFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every best practice and adoption operation × every kind of caller, with real Keycloak tokens, on a
 * practice of Casablanca-Settat: its official shares, edits and deletes it; an official of another
 * territory (Rehamna) adopts it for its own territory only; forum administrators do everything; an API
 * client (bound to Rehamna) only reads; anonymous callers get 401. A refused call changes nothing.
 */
@SystemTest
class PracticeAuthorizationIT {

    enum Caller {
        ANONYMOUS(() -> null),
        OFFICIAL_OF_OWNER(() -> Tokens.of(Tokens.OFFICIAL_CASABLANCA)),
        OFFICIAL_OF_ANOTHER(() -> Tokens.of(Tokens.OFFICIAL_REHAMNA)),
        API_CLIENT(Tokens::syncClient),
        FORUM_ADMIN(() -> Tokens.of(Tokens.FORUM_ADMIN));

        final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }
    }

    static final Set<Caller> READERS = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> OWNER = EnumSet.of(Caller.OFFICIAL_OF_OWNER, Caller.FORUM_ADMIN);
    static final Set<Caller> ADOPTER = EnumSet.of(Caller.OFFICIAL_OF_ANOTHER, Caller.FORUM_ADMIN);
    static final Set<Caller> ADMIN = EnumSet.of(Caller.FORUM_ADMIN);

    /** A call on a practice of Casablanca-Settat (adopted by Rehamna when the operation needs it). */
    interface Call {
        HttpResponse<String> on(String id, String token);
    }

    record Operation(String name, boolean adopted, int success, Set<Caller> allowed, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Operation> OPERATIONS = List.of(
            new Operation("list", false, 200, READERS, (id, token) -> Http.get(collection() + "?q=practice", token)),
            new Operation("read", false, 200, READERS, (id, token) -> Http.get(url(id), token)),
            new Operation(
                    "create for Casablanca-Settat",
                    false,
                    201,
                    OWNER,
                    (id, token) -> Http.postJson(collection(), body("casablanca-settat", unique("Created")), token)),
            new Operation(
                    "create for New York City",
                    false,
                    201,
                    ADMIN,
                    (id, token) -> Http.postJson(collection(), body("new-york-city", unique("Created")), token)),
            new Operation(
                    "edit", false, 200, OWNER, (id, token) -> Http.put(url(id), edited(id), token, etag(url(id)))),
            new Operation("delete", false, 204, OWNER, (id, token) -> Http.delete(url(id), token, etag(url(id)))),
            new Operation(
                    "delete with its adoption",
                    true,
                    204,
                    OWNER,
                    (id, token) -> Http.delete(url(id), token, etag(url(id)))),
            new Operation("list adoptions", true, 200, READERS, (id, token) -> Http.get(adoptions(id), token)),
            new Operation(
                    "read an adoption", true, 200, READERS, (id, token) -> Http.get(adoption(id, "rehamna"), token)),
            new Operation(
                    "adopt for Rehamna", false, 201, ADOPTER, (id, token) -> adopt(id, "rehamna", "PLANNED", token)),
            new Operation(
                    "adopt for New York City",
                    false,
                    201,
                    ADMIN,
                    (id, token) -> adopt(id, "new-york-city", "PLANNED", token)),
            new Operation(
                    "change Rehamna's adoption",
                    true,
                    200,
                    ADOPTER,
                    (id, token) -> Http.put(
                            adoption(id, "rehamna"),
                            Http.get(adoption(id, "rehamna"), admin()).body().replace("ADOPTED", "DROPPED"),
                            token,
                            etag(adoption(id, "rehamna")))),
            new Operation(
                    "withdraw Rehamna's adoption",
                    true,
                    204,
                    ADOPTER,
                    (id, token) -> Http.delete(adoption(id, "rehamna"), token, etag(adoption(id, "rehamna")))),
            new Operation(
                    "suggested adopters",
                    false,
                    200,
                    READERS,
                    (id, token) -> Http.get(url(id) + "/suggested-adopters", token)),
            new Operation(
                    "suggested twins",
                    false,
                    200,
                    READERS,
                    (id, token) -> Http.get(Urls.api() + "/territories/casablanca-settat/suggested-twins", token)));

    static String etag(String url) {
        return Http.etag(Http.get(url, admin()));
    }

    static String edited(String id) {
        return Http.get(url(id), admin()).body().replace("A practice made by a test.", "Edited.");
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
        String id = practiceOf("casablanca-settat");
        if (operation.adopted()) {
            assertThat(adopt(id, "rehamna", "ADOPTED", admin()).statusCode()).isEqualTo(201);
        }
        var before = Http.get(url(id), admin());
        var adoptionsBefore = Http.get(adoptions(id), admin());
        long total = PracticeFixtures.total();
        var response = operation.call().on(id, caller.token.get());
        boolean allowed = operation.allowed().contains(caller);
        int expected = allowed ? operation.success() : caller == Caller.ANONYMOUS ? 401 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (!allowed) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Http.get(url(id), admin()).body())
                    .as("a refused call changes nothing")
                    .isEqualTo(before.body());
            assertThat(Http.get(adoptions(id), admin()).body()).isEqualTo(adoptionsBefore.body());
            assertThat(PracticeFixtures.total()).as("nothing created").isEqualTo(total);
        }
    }

    /** The order of checks: 401, then 404, then 403. */
    @Test
    void anUnknownPracticeIsA404ForAnyoneAuthenticatedAndA401ForAnonymous() {
        String unknown = "0b5c7f1e-8f7a-4a59-9d63-3c1f2b7e1a40";
        assertThat(Http.get(url(unknown), null).statusCode()).isEqualTo(401);
        assertThat(Http.put(url(unknown), "{}", Tokens.syncClient(), "\"1\"").statusCode())
                .isEqualTo(404);
        assertThat(adopt(unknown, "rehamna", "PLANNED", Tokens.syncClient()).statusCode())
                .isEqualTo(404);
        assertThat(Http.get(url("not-a-uuid"), admin()).statusCode()).isEqualTo(404);
        assertThat(Http.get(url(unknown) + "/suggested-adopters", admin()).statusCode())
                .isEqualTo(404);
    }

    /** An official may neither share a practice for another territory nor give its own away. */
    @Test
    void anOfficialKeepsItsPracticesInItsTerritory() {
        var other =
                Http.postJson(collection(), body("rehamna", unique("Not ours")), Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);

        String id = practiceOf("casablanca-settat");
        var before = Http.get(url(id), admin());
        var givenAway = Http.put(
                url(id),
                before.body().replace("\"territory\":\"casablanca-settat\"", "\"territory\":\"rehamna\""),
                Tokens.of(Tokens.OFFICIAL_CASABLANCA),
                Http.etag(before));
        assertThat(givenAway.statusCode()).as(givenAway.body()).isEqualTo(403);
        assertThat(Http.get(url(id), admin()).body()).isEqualTo(before.body());

        // a stale If-Match of a stranger is still a 403 (403 before 412)
        var stranger = Http.put(url(id), before.body(), Tokens.of(Tokens.OFFICIAL_REHAMNA), "\"99\"");
        assertThat(stranger.statusCode()).isEqualTo(403);
        // and an invalid body of the owner without If-Match is a 428 (428 before 422)
        var noIfMatch = Http.put(url(id), "{\"title\": {}}", Tokens.of(Tokens.OFFICIAL_CASABLANCA), null);
        assertThat(noIfMatch.statusCode()).isEqualTo(428);
    }

    /** Ids, version and audit fields are never taken from a body: on creation ignored, on edit only as they are. */
    @Test
    void readOnlyFieldsAreNeverApplied() {
        String forged = body("casablanca-settat", unique("Forged"))
                .replaceFirst(
                        "\\{",
                        "{\"id\": \"11111111-1111-1111-1111-111111111111\", \"version\": 7, \"createdBy\": \"mallory\","
                                + " \"createdAt\": \"2001-01-01T00:00:00Z\", \"updatedBy\": \"mallory\", ");
        var created = Http.postJson(collection(), forged, Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var practice = Http.object(created);
        assertThat(practice.getString("id")).isNotEqualTo("11111111-1111-1111-1111-111111111111");
        assertThat(practice.getString("createdBy")).isEqualTo(Tokens.OFFICIAL_CASABLANCA);
        assertThat(practice.getString("updatedBy")).isEqualTo(Tokens.OFFICIAL_CASABLANCA);
        assertThat(practice.getInt("version")).isNotEqualTo(7);
        assertThat(practice.getString("createdAt")).doesNotStartWith("2001");

        String id = practice.getString("id");
        var current = Http.get(url(id), admin());
        String body = current.body();
        for (String[] change : List.of(
                new String[] {"\"id\":\"" + id + "\"", "\"id\":\"11111111-1111-1111-1111-111111111111\"", "id"},
                new String[] {"\"version\":" + practice.getInt("version"), "\"version\":7", "version"},
                new String[] {
                    "\"createdBy\":\"" + Tokens.OFFICIAL_CASABLANCA + "\"", "\"createdBy\":\"mallory\"", "createdBy"
                },
                new String[] {"\"createdAt\":\"", "\"createdAt\":\"2001-01-01T00:00:00Z\",\"x\":\"", "createdAt"})) {
            assertThat(body).contains(change[0]);
            var refused = Http.put(url(id), body.replace(change[0], change[1]), admin(), Http.etag(current));
            assertThat(firstError(refused).getString("field")).isEqualTo(change[2]);
        }
        assertThat(Http.get(url(id), admin()).body()).isEqualTo(body);
        var same = Http.put(url(id), body, Tokens.of(Tokens.OFFICIAL_CASABLANCA), Http.etag(current));
        assertThat(same.statusCode())
                .as("read-only fields with their current values")
                .isEqualTo(200);

        // an adoption's territory, version and audit fields likewise
        var adopted = Http.postJson(
                adoptions(id),
                "{\"territory\": \"rehamna\", \"status\": \"PLANNED\", \"version\": 9, \"createdBy\": \"mallory\"}",
                Tokens.of(Tokens.OFFICIAL_REHAMNA));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        assertThat(Http.object(adopted).getString("createdBy")).isEqualTo(Tokens.OFFICIAL_REHAMNA);
        assertThat(Http.object(adopted).getInt("version")).isNotEqualTo(9);
        var adoption = Http.get(adoption(id, "rehamna"), admin());
        var renamed = Http.put(
                adoption(id, "rehamna"),
                adoption.body()
                        .replace("\"createdBy\":\"" + Tokens.OFFICIAL_REHAMNA + "\"", "\"createdBy\":\"mallory\""),
                Tokens.of(Tokens.OFFICIAL_REHAMNA),
                Http.etag(adoption));
        assertThat(firstError(renamed).getString("field")).isEqualTo("createdBy");
        assertThat(Http.get(adoption(id, "rehamna"), admin()).body()).isEqualTo(adoption.body());
    }

    /** The owner's official adopting its own practice: allowed for its territory by the role, refused by the rule. */
    @Test
    void theOwnersOfficialCannotAdoptItsOwnPractice() {
        String id = practiceOf("casablanca-settat");
        var own = adopt(id, "casablanca-settat", "PLANNED", Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(firstError(own).getString("field")).isEqualTo("territory");
        var forOther = adopt(id, "rehamna", "PLANNED", Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(forOther.statusCode()).isEqualTo(403);
        assertThat(Http.array(Http.get(adoptions(id), admin()))).isEmpty();
    }
}
