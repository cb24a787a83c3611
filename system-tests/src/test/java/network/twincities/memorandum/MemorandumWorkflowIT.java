package network.twincities.memorandum;

import static network.twincities.memorandum.MouFixtures.act;
import static network.twincities.memorandum.MouFixtures.admin;
import static network.twincities.memorandum.MouFixtures.body;
import static network.twincities.memorandum.MouFixtures.casablanca;
import static network.twincities.memorandum.MouFixtures.mouIn;
import static network.twincities.memorandum.MouFixtures.reason;
import static network.twincities.memorandum.MouFixtures.reference;
import static network.twincities.memorandum.MouFixtures.rehamna;
import static network.twincities.memorandum.MouFixtures.signature;
import static network.twincities.memorandum.MouFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.Mous;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An MoU's life through the API with real tokens: drafted by an official, sent back for changes,
 * edited, approved, signed by every signatory, each step in its history and the audit log; every
 * transition the workflow does not allow is a 409 naming the current status and changes nothing.
 */
@SystemTest
class MemorandumWorkflowIT {

    @Test
    void fromDraftToSignedWithEveryStepInItsHistory() {
        String reference = reference("WF");
        var created = Http.postJson(Urls.api() + "/mous", body(reference), casablanca());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var mou = Http.object(created);
        String id = mou.getString("id");
        assertThat(created.headers().firstValue("Location")).hasValue(Urls.api() + "/mous/" + id);
        assertThat(Http.etag(created)).isEqualTo("\"1\"");
        assertThat(mou.getString("status")).isEqualTo("DRAFT");
        assertThat(mou.getString("reference")).isEqualTo(reference);
        assertThat(mou.getString("createdBy")).isEqualTo("official.casablanca");
        assertThat(mou.getJsonArray("parties")).hasSize(3);
        assertThat(mou.getJsonObject("title").getString("ar")).isEqualTo("مذكرة تفاهم");

        assertStatus(act(id, "submit", null, casablanca()), "SUBMITTED");
        assertStatus(act(id, "request-changes", reason("Name the coordinating party."), admin()), "CHANGES_REQUESTED");

        // the official edits what was sent back: GET → edit → PUT
        var read = Http.get(url(id), casablanca());
        String edited = read.body()
                .replace("\"Twin Cities test MoU\"", "\"Twin Cities test MoU, revised\"")
                .replace(
                        "{\"organization\":\"world-smart-cities-forum\",\"role\":\"SIGNATORY\"}",
                        "{\"organization\":\"world-smart-cities-forum\",\"role\":\"SIGNATORY\"},"
                                + "{\"territory\":\"marrakech-safi\",\"role\":\"COORDINATOR\"}");
        assertThat(edited).contains("marrakech-safi");
        var updated = Http.put(url(id), edited, casablanca(), Http.etag(read));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.object(updated).getJsonArray("parties")).hasSize(4);

        assertStatus(act(id, "submit", null, casablanca()), "SUBMITTED");
        var current = Http.get(url(id), admin());
        assertStatus(act(id, "approve", null, admin(), "If-Match", Http.etag(current)), "APPROVED");

        // each signatory signs: the officials for their territories, the admin records the forum's
        var casablancaSigned = act(id, "signatures", signature("casablanca-settat"), casablanca());
        assertStatus(casablancaSigned, "APPROVED");
        var party = Http.object(casablancaSigned).getJsonArray("parties").getJsonObject(0);
        assertThat(party.getString("territory")).isEqualTo("casablanca-settat");
        assertThat(party.getString("signedBy")).isEqualTo("Signer of casablanca-settat, President");
        assertThat(party.getString("signedOn")).isEqualTo("2026-02-01");
        assertThat(party.getString("recordedBy")).isEqualTo("official.casablanca");
        assertStatus(act(id, "signatures", signature("rehamna"), rehamna()), "APPROVED");
        var signed = act(id, "signatures", signature("world-smart-cities-forum"), admin());
        assertStatus(signed, "SIGNED");
        assertThat(Http.object(signed).getJsonArray("parties").getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getString("role").equals("SIGNATORY"))
                .allSatisfy(p -> assertThat(p.containsKey("signedBy")).isTrue());

        // the history: every transition with who, when, from, to and why
        var history = Http.get(url(id) + "/history", casablanca());
        assertThat(history.statusCode()).isEqualTo(200);
        var steps = Http.array(history).getValuesAs(JsonObject.class);
        assertThat(steps)
                .extracting(
                        s -> s.containsKey("from") ? s.getString("from") : null,
                        s -> s.getString("to"),
                        s -> s.getString("by"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "DRAFT", "official.casablanca"),
                        org.assertj.core.groups.Tuple.tuple("DRAFT", "SUBMITTED", "official.casablanca"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "CHANGES_REQUESTED", "admin.forum"),
                        org.assertj.core.groups.Tuple.tuple("CHANGES_REQUESTED", "SUBMITTED", "official.casablanca"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "APPROVED", "admin.forum"),
                        org.assertj.core.groups.Tuple.tuple("APPROVED", "SIGNED", "admin.forum"));
        assertThat(steps.get(2).getString("reason")).isEqualTo("Name the coordinating party.");
        assertThat(steps).allSatisfy(s -> assertThat(s.getString("at")).endsWith("Z"));

        // also in the audit log
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=mous&id=" + id + "&size=50", admin()));
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .contains("CREATE", "UPDATE", "TRANSITION");

        // the list finds it by status, party territory, axis and text
        var found = Http.object(Http.get(
                Urls.api() + "/mous?status=SIGNED&territory=marrakech-safi&axis=digital-inclusion&q=" + reference,
                rehamna()));
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(Http.object(Http.get(Urls.api() + "/mous?status=DRAFT&q=" + reference, rehamna()))
                        .getInt("total"))
                .isZero();

        // a signed MoU can be terminated, with a reason
        assertStatus(act(id, "terminate", reason("Superseded by a new MoU."), admin()), "TERMINATED");
    }

    static void assertStatus(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.object(response).getString("status")).isEqualTo(status);
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    /** What the workflow allows from each status; everything else is refused. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "DRAFT", List.of("submit", "edit", "delete"),
            "SUBMITTED", List.of("approve", "request-changes", "reject"),
            "CHANGES_REQUESTED", List.of("submit", "edit"),
            "APPROVED", List.of("terminate", "signatures"),
            "REJECTED", List.of(),
            "SIGNED", List.of("terminate"),
            "TERMINATED", List.of());

    static final List<String> OPERATIONS =
            List.of("submit", "approve", "request-changes", "reject", "terminate", "signatures", "edit", "delete");

    static Stream<Arguments> forbiddenTransitions() {
        var cases = new ArrayList<Arguments>();
        ALLOWED.forEach((status, allowed) -> {
            for (String operation : OPERATIONS) {
                if (!allowed.contains(operation)) {
                    cases.add(Arguments.of(status, operation));
                }
            }
        });
        return cases.stream().sorted(java.util.Comparator.comparing(a -> a.get()[0] + " " + a.get()[1]));
    }

    @ParameterizedTest(name = "{1} from {0}: 409")
    @MethodSource("forbiddenTransitions")
    void aForbiddenTransitionIs409NamingTheStatusAndChangesNothing(String status, String operation) {
        String id = mouIn(status);
        var before = Http.get(url(id), admin());
        var response = switch (operation) {
            case "edit" -> Http.put(url(id), before.body(), casablanca(), Http.etag(before));
            case "delete" -> Http.delete(url(id), casablanca(), Http.etag(before));
            case "signatures" -> act(id, operation, signature("rehamna"), rehamna());
            case "submit" -> act(id, operation, null, casablanca());
            default -> act(id, operation, reason("because"), admin());
        };
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Http.object(response).getString("detail")).contains("is " + status);
        assertThat(Http.get(url(id), admin()).body()).as("nothing changed").isEqualTo(before.body());
    }

    /** Two administrators decide on the same submitted MoU at the same moment: exactly one decision holds. */
    @RepeatedTest(5)
    void concurrentApproveAndRequestChangesExactlyOneWins() throws Exception {
        String id = mouIn("SUBMITTED");
        var executor = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> decisions = List.of(
                    () -> act(id, "approve", null, admin()),
                    () -> act(id, "request-changes", reason("at the same time"), admin()));
            var results = new ArrayList<HttpResponse<String>>();
            for (Future<HttpResponse<String>> f : executor.invokeAll(decisions)) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(r -> r.statusCode() == 200).hasSize(1);
            assertThat(results)
                    .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 409, 412));
            String winner = Http.object(results.stream()
                            .filter(r -> r.statusCode() == 200)
                            .findFirst()
                            .orElseThrow())
                    .getString("status");
            assertThat(MouFixtures.status(id)).isEqualTo(winner);
            var history = Http.array(Http.get(url(id) + "/history", admin())).getValuesAs(JsonObject.class);
            assertThat(history).extracting(h -> h.getString("to")).containsExactly("DRAFT", "SUBMITTED", winner);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void rejectingRequestingChangesAndTerminatingNeedAReason() {
        String submitted = mouIn("SUBMITTED");
        for (String action : List.of("reject", "request-changes")) {
            for (String body : new String[] {null, "{}", "{\"reason\": \"  \"}"}) {
                var response = act(submitted, action, body, admin());
                assertThat(response.statusCode())
                        .as(action + " " + body + ": " + response.body())
                        .isEqualTo(422);
                assertThat(Http.object(response)
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getString("field"))
                        .isEqualTo("reason");
            }
        }
        assertThat(MouFixtures.status(submitted)).isEqualTo("SUBMITTED");
        String signed = mouIn("SIGNED");
        assertThat(act(signed, "terminate", "{}", admin()).statusCode()).isEqualTo(422);
        assertThat(MouFixtures.status(signed)).isEqualTo("SIGNED");
    }

    @Test
    void aSignatureNamesAPartyAndIsRecordedOnce() {
        String id = mouIn("APPROVED");
        var noParty = act(id, "signatures", signature("new-york-city"), admin());
        assertThat(noParty.statusCode()).as(noParty.body()).isEqualTo(422);
        assertThat(Http.object(noParty).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("party");
        var missing = act(id, "signatures", "{\"party\": \"rehamna\"}", rehamna());
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(act(id, "signatures", signature("rehamna"), rehamna()).statusCode())
                .isEqualTo(200);
        var twice = act(id, "signatures", signature("rehamna"), admin());
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    }

    @Test
    void aStaleIfMatchOnAnActionIs412AndChangesNothing() {
        String id = mouIn("SUBMITTED");
        var before = Http.get(url(id), admin());
        var stale = act(id, "approve", null, admin(), "If-Match", "\"1\"");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(Http.get(url(id), admin()).body()).isEqualTo(before.body());
    }

    @Test
    void theStatusIsReadOnlyInAnEdit() {
        String id = mouIn("DRAFT");
        var before = Http.get(url(id), admin());
        var response = Http.put(
                url(id),
                before.body().replace("\"status\":\"DRAFT\"", "\"status\":\"SIGNED\""),
                admin(),
                Http.etag(before));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("status");
        var signedBy = Http.put(
                url(id),
                before.body().replace("\"role\":\"SIGNATORY\"", "\"role\":\"SIGNATORY\",\"signedBy\":\"Me\""),
                admin(),
                Http.etag(before));
        assertThat(signedBy.statusCode()).as(signedBy.body()).isEqualTo(422);
        assertThat(Http.get(url(id), admin()).body()).isEqualTo(before.body());
    }

    @Test
    void aDraftIsDeletedWithItsHistory() {
        String id = mouIn("DRAFT");
        var draft = Http.get(url(id), casablanca());
        assertThat(Http.delete(url(id), casablanca(), null).statusCode()).isEqualTo(428);
        var deleted = Http.delete(url(id), casablanca(), Http.etag(draft));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(Http.get(url(id), admin()).statusCode()).isEqualTo(404);
        assertThat(Http.get(url(id) + "/history", admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void registryEntriesAnMouNamesCannotBeDeleted() {
        String suffix = reference("ref").toLowerCase(java.util.Locale.ROOT);
        String territory = "city-" + suffix;
        String organization = "org-" + suffix;
        String event = "event-" + suffix;
        assertThat(Http.postJson(
                                Urls.api() + "/territories",
                                "{\"slug\": \"" + territory + "\", \"kind\": \"CITY\", \"name\": {\"en\": \"C\"}}",
                                admin())
                        .statusCode())
                .isEqualTo(201);
        assertThat(Http.postJson(
                                Urls.api() + "/organizations",
                                "{\"slug\": \"" + organization + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"O\"}}",
                                admin())
                        .statusCode())
                .isEqualTo(201);
        assertThat(Http.postJson(
                                Urls.api() + "/events",
                                "{\"slug\": \"" + event + "\", \"name\": {\"en\": \"E\"}, \"city\": \"rehamna\","
                                        + " \"from\": \"2026-01-01\", \"to\": \"2026-01-02\"}",
                                admin())
                        .statusCode())
                .isEqualTo(201);
        String reference = reference("REF");
        var created = Http.postJson(
                Urls.api() + "/mous",
                "{\"reference\": \"" + reference + "\", \"title\": {\"fr\": \"Références\"}, \"parties\": ["
                        + "{\"territory\": \"" + territory + "\", \"role\": \"SIGNATORY\"},"
                        + "{\"organization\": \"" + organization + "\", \"role\": \"WITNESS\"}],"
                        + " \"event\": \"" + event + "\"}",
                admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        for (String path : List.of("territories/" + territory, "organizations/" + organization, "events/" + event)) {
            var current = Http.get(Urls.api() + "/" + path, admin());
            var refused = Http.delete(Urls.api() + "/" + path, admin(), Http.etag(current));
            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(409);
            assertThat(Http.object(refused).getString("detail")).contains(reference);
            assertThat(Http.get(Urls.api() + "/" + path, admin()).statusCode()).isEqualTo(200);
        }
        // once the draft is gone, so is the reference
        String id = Http.object(created).getString("id");
        assertThat(Http.delete(url(id), admin(), Http.etag(created)).statusCode())
                .isEqualTo(204);
        var event0 = Http.get(Urls.api() + "/events/" + event, admin());
        assertThat(Http.delete(Urls.api() + "/events/" + event, admin(), Http.etag(event0))
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void theDemoMousAreThere() {
        String id = Mous.idOf("TCI-2024-001");
        var mou = Http.object(Http.get(url(id), casablanca()));
        assertThat(mou.getString("status")).isEqualTo("SIGNED");
        assertThat(mou.getString("event")).isEqualTo("smart-city-expo-usa-2024");
        assertThat(mou.getJsonArray("axes")).hasSize(5);
        assertThat(mou.getJsonArray("parties").getValuesAs(JsonObject.class))
                .extracting(p -> p.containsKey("territory") ? p.getString("territory") : p.getString("organization"))
                .containsExactly("casablanca-settat", "rehamna", "world-smart-cities-forum");
        assertThat(mou.getJsonArray("parties").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("signedOn")).isEqualTo("2024-05-23"));
        var history = Http.array(Http.get(url(id) + "/history", casablanca())).getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(s -> s.getString("to"))
                .containsExactly("DRAFT", "SUBMITTED", "APPROVED", "SIGNED");
        assertThat(MouFixtures.status(Mous.idOf("SAMPLE-DRAFT-1"))).isEqualTo("DRAFT");
        assertThat(MouFixtures.status(Mous.idOf("SAMPLE-SUBMITTED-1"))).isEqualTo("SUBMITTED");
    }

    @Test
    void anUnknownOrMalformedIdIs404() {
        for (String id : List.of("00000000-0000-0000-0000-000000000000", "not-a-uuid", "1-2-3-4-5")) {
            var response = Http.get(url(id), admin());
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(act(id, "submit", null, admin()).statusCode()).as(id).isEqualTo(404);
        }
        assertThat(Http.get(Urls.api() + "/mous?status=SIDEWAYS", admin()).statusCode())
                .isEqualTo(400);
    }
}
