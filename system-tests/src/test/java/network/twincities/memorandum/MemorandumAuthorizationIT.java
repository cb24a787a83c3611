package network.twincities.memorandum;

import static network.twincities.memorandum.MouFixtures.act;
import static network.twincities.memorandum.MouFixtures.admin;
import static network.twincities.memorandum.MouFixtures.body;
import static network.twincities.memorandum.MouFixtures.mouIn;
import static network.twincities.memorandum.MouFixtures.reason;
import static network.twincities.memorandum.MouFixtures.reference;
import static network.twincities.memorandum.MouFixtures.signature;
import static network.twincities.memorandum.MouFixtures.url;
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
 * Every MoU operation × every kind of caller, with real Keycloak tokens, on MoUs whose parties are
 * Casablanca-Settat, Rehamna and the forum: an official of a party territory drafts, edits, submits,
 * signs for its territory and attaches the document; forum administrators do everything; an official
 * of another territory and an API client (bound to Rehamna, a party) only read; anonymous callers get
 * 401. A refused call changes nothing.
 */
@SystemTest
class MemorandumAuthorizationIT {

    enum Caller {
        ANONYMOUS(() -> null),
        OFFICIAL_OF_A_PARTY(() -> Tokens.of(Tokens.OFFICIAL_CASABLANCA)),
        OFFICIAL_OF_NO_PARTY(() -> Tokens.of(Tokens.OFFICIAL_NEWYORK)),
        API_CLIENT(Tokens::syncClient),
        FORUM_ADMIN(() -> Tokens.of(Tokens.FORUM_ADMIN));

        final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }
    }

    static final Set<Caller> READERS = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> PARTY = EnumSet.of(Caller.OFFICIAL_OF_A_PARTY, Caller.FORUM_ADMIN);
    static final Set<Caller> ADMIN = EnumSet.of(Caller.FORUM_ADMIN);

    /** A call on an MoU (null: the collection) in the status the operation starts from. */
    interface Call {
        HttpResponse<String> on(String id, String token, String etag);
    }

    record Operation(String name, String status, int success, Set<Caller> allowed, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final byte[] PDF = "%PDF-1.4\n% test\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    static final List<Operation> OPERATIONS = List.of(
            new Operation("list", null, 200, READERS, (id, token, etag) -> Http.get(Urls.api() + "/mous", token)),
            new Operation("read", "DRAFT", 200, READERS, (id, token, etag) -> Http.get(url(id), token)),
            new Operation(
                    "read history", "SIGNED", 200, READERS, (id, token, etag) -> Http.get(url(id) + "/history", token)),
            new Operation(
                    "create",
                    null,
                    201,
                    PARTY,
                    (id, token, etag) -> Http.postJson(Urls.api() + "/mous", body(reference("AZ")), token)),
            new Operation(
                    "edit a draft",
                    "DRAFT",
                    200,
                    PARTY,
                    (id, token, etag) -> Http.put(
                            url(id), Http.get(url(id), admin()).body().replace("test MoU", "edited MoU"), token, etag)),
            new Operation(
                    "delete a draft", "DRAFT", 204, PARTY, (id, token, etag) -> Http.delete(url(id), token, etag)),
            new Operation("submit", "DRAFT", 200, PARTY, (id, token, etag) -> act(id, "submit", null, token)),
            new Operation("approve", "SUBMITTED", 200, ADMIN, (id, token, etag) -> act(id, "approve", null, token)),
            new Operation(
                    "request changes",
                    "SUBMITTED",
                    200,
                    ADMIN,
                    (id, token, etag) -> act(id, "request-changes", reason("why"), token)),
            new Operation(
                    "reject", "SUBMITTED", 200, ADMIN, (id, token, etag) -> act(id, "reject", reason("why"), token)),
            new Operation(
                    "terminate",
                    "APPROVED",
                    200,
                    ADMIN,
                    (id, token, etag) -> act(id, "terminate", reason("why"), token)),
            new Operation(
                    "sign for Casablanca-Settat",
                    "APPROVED",
                    200,
                    PARTY,
                    (id, token, etag) -> act(id, "signatures", signature("casablanca-settat"), token)),
            new Operation(
                    "sign for Rehamna",
                    "APPROVED",
                    200,
                    ADMIN,
                    (id, token, etag) -> act(id, "signatures", signature("rehamna"), token)),
            new Operation(
                    "sign for the forum",
                    "APPROVED",
                    200,
                    ADMIN,
                    (id, token, etag) -> act(id, "signatures", signature("world-smart-cities-forum"), token)),
            new Operation(
                    "attach the document",
                    "SIGNED",
                    200,
                    PARTY,
                    (id, token, etag) -> MemorandumDocumentIT.put(id, token, "application/pdf", PDF)),
            new Operation(
                    "read the document",
                    "SIGNED",
                    404,
                    READERS,
                    (id, token, etag) -> Http.get(url(id) + "/document", token)));

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
        String id = operation.status() == null ? null : mouIn(operation.status());
        var before = id == null ? null : Http.get(url(id), admin());
        long total = total();
        var response = operation.call().on(id, caller.token.get(), before == null ? null : Http.etag(before));
        boolean allowed = operation.allowed().contains(caller);
        int expected = allowed ? operation.success() : caller == Caller.ANONYMOUS ? 401 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (!allowed) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            if (id != null) {
                assertThat(Http.get(url(id), admin()).body())
                        .as("a refused call changes nothing")
                        .isEqualTo(before.body());
            }
            assertThat(total()).as("nothing created").isEqualTo(total);
        }
    }

    /** An official of a party edits only while the MoU is a draft (or sent back): else 409, not 403. */
    @Test
    void aPartysOfficialEditingASubmittedMouGets409() {
        String id = mouIn("SUBMITTED");
        var before = Http.get(url(id), admin());
        var response = Http.put(url(id), before.body(), Tokens.of(Tokens.OFFICIAL_CASABLANCA), Http.etag(before));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(Http.object(response).getString("detail")).contains("SUBMITTED");
        var stranger = Http.put(url(id), before.body(), Tokens.of(Tokens.OFFICIAL_NEWYORK), Http.etag(before));
        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
    }

    /** An official may not draft an MoU without its territory, nor take its territory out of one. */
    @Test
    void anOfficialKeepsItsTerritoryAmongTheParties() {
        String without = "{\"title\": {\"en\": \"Not ours\"}, \"parties\": [{\"territory\": \"rehamna\","
                + " \"role\": \"SIGNATORY\"}]}";
        var created = Http.postJson(Urls.api() + "/mous", without, Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
        String id = mouIn("DRAFT");
        var before = Http.get(url(id), admin());
        String edited = before.body().replace("{\"role\":\"SIGNATORY\",\"territory\":\"casablanca-settat\"},", "");
        assertThat(edited).doesNotContain("casablanca-settat");
        var response = Http.put(url(id), edited, Tokens.of(Tokens.OFFICIAL_CASABLANCA), Http.etag(before));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(Http.get(url(id), admin()).body()).isEqualTo(before.body());
    }

    static long total() {
        return Http.object(Http.get(Urls.api() + "/mous?size=1", admin()))
                .getJsonNumber("total")
                .longValue();
    }
}
