package network.twincities.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import network.twincities.it.Http;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;

/** MoUs the notification tests make through the API, and the notifications callers see of them. */
final class Notified {

    static final String[] SIGNATORIES = {"casablanca-settat", "rehamna", "world-smart-cities-forum"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    private Notified() {}

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static String casablanca() {
        return Tokens.of(Tokens.OFFICIAL_CASABLANCA);
    }

    static String rehamna() {
        return Tokens.of(Tokens.OFFICIAL_REHAMNA);
    }

    static String newYork() {
        return Tokens.of(Tokens.OFFICIAL_NEWYORK);
    }

    static String reference() {
        return "NT-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A draft of Casablanca-Settat, Rehamna and the forum, drafted by Casablanca-Settat's official. */
    static String draft(String reference, LocalDate effectiveFrom, LocalDate expiresOn) {
        var created =
                Http.postJson(Urls.api() + "/mous", """
                {"reference": "%s",
                 "title": {"en": "Notified MoU"},
                 "parties": [{"territory": "casablanca-settat", "role": "SIGNATORY"},
                             {"territory": "rehamna", "role": "SIGNATORY"},
                             {"organization": "world-smart-cities-forum", "role": "SIGNATORY"}],
                 "effectiveFrom": "%s", "expiresOn": "%s"}""".formatted(reference, effectiveFrom, expiresOn), casablanca());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getString("id");
    }

    static String draft(String reference) {
        return draft(reference, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
    }

    /** A draft taken through submission, approval and every signature. */
    static String signed(String reference, LocalDate effectiveFrom, LocalDate expiresOn) {
        String id = draft(reference, effectiveFrom, expiresOn);
        ok(act(id, "submit", null, casablanca()));
        ok(act(id, "approve", null, admin()));
        for (String party : SIGNATORIES) {
            ok(act(id, "signatures", signature(party), admin()));
        }
        assertThat(Http.object(Http.get(Urls.api() + "/mous/" + id, admin())).getString("status"))
                .isEqualTo("SIGNED");
        return id;
    }

    static HttpResponse<String> act(String id, String action, String json, String token) {
        return Http.request("POST", Urls.api() + "/mous/" + id + "/" + action, json, token);
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static String reason(String reason) {
        return "{\"reason\": \"" + reason + "\"}";
    }

    static String signature(String party) {
        return "{\"party\": \"" + party + "\", \"signedBy\": \"Signer of " + party + ", President\", \"signedOn\":"
                + " \"2026-02-01\"}";
    }

    /** The newest notifications the caller sees (the run's own are among the newest). */
    static List<JsonObject> newest(String token, String query) {
        var response = Http.get(Urls.api() + "/notifications?size=200" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The caller's notifications about one MoU, newest first. */
    static List<JsonObject> about(String token, String id) {
        return newest(token, "").stream()
                .filter(n -> n.getString("resource").equals("mous")
                        && n.getString("resourceId").equals(id))
                .toList();
    }

    /** The kinds of the caller's notifications about one MoU, oldest first. */
    static List<String> kinds(String token, String id) {
        var kinds = new java.util.ArrayList<>(
                about(token, id).stream().map(n -> n.getString("kind")).toList());
        java.util.Collections.reverse(kinds);
        return kinds;
    }
}
