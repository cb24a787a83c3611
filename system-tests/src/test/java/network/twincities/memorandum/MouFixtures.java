package network.twincities.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import network.twincities.it.Http;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;

/** MoUs the tests make for themselves, through the API, and the calls of the workflow. */
final class MouFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    private MouFixtures() {}

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

    /** A reference no other MoU of this run has. */
    static String reference(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** Casablanca-Settat and Rehamna sign with the forum; Rehamna's official is a party's, New York's is not. */
    static String body(String reference) {
        return """
                {"reference": "%s",
                 "title": {"en": "Twin Cities test MoU", "ar": "مذكرة تفاهم"},
                 "summary": {"en": "Made by a test."},
                 "parties": [{"territory": "casablanca-settat", "role": "SIGNATORY"},
                             {"territory": "rehamna", "role": "SIGNATORY"},
                             {"organization": "world-smart-cities-forum", "role": "SIGNATORY"}],
                 "axes": ["digital-inclusion", "social-protection"],
                 "event": "smart-city-expo-usa-2024",
                 "effectiveFrom": "2026-01-01", "expiresOn": "2028-12-31"}""".formatted(reference);
    }

    static String url(String id) {
        return Urls.api() + "/mous/" + id;
    }

    /** A new MoU drafted by a forum administrator and taken to {@code status} (DRAFT, SUBMITTED, APPROVED, SIGNED, ...). */
    static String mouIn(String status) {
        var created = Http.postJson(Urls.api() + "/mous", body(reference("FX")), admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.object(created).getString("id");
        switch (status) {
            case "DRAFT" -> {}
            case "SUBMITTED" -> ok(act(id, "submit", null, admin()));
            case "CHANGES_REQUESTED" -> {
                ok(act(id, "submit", null, admin()));
                ok(act(id, "request-changes", reason("more detail"), admin()));
            }
            case "REJECTED" -> {
                ok(act(id, "submit", null, admin()));
                ok(act(id, "reject", reason("out of scope"), admin()));
            }
            case "APPROVED" -> {
                ok(act(id, "submit", null, admin()));
                ok(act(id, "approve", null, admin()));
            }
            case "SIGNED", "TERMINATED" -> {
                ok(act(id, "submit", null, admin()));
                ok(act(id, "approve", null, admin()));
                for (String party : new String[] {"casablanca-settat", "rehamna", "world-smart-cities-forum"}) {
                    ok(act(id, "signatures", signature(party), admin()));
                }
                if (status.equals("TERMINATED")) {
                    ok(act(id, "terminate", reason("superseded"), admin()));
                }
            }
            default -> throw new IllegalArgumentException(status);
        }
        assertThat(status(id)).isEqualTo(status);
        return id;
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** POST /mous/{id}/{action} with an optional JSON body. */
    static HttpResponse<String> act(String id, String action, String json, String token, String... headers) {
        return Http.request("POST", url(id) + "/" + action, json, token, headers);
    }

    static String reason(String reason) {
        return "{\"reason\": \"" + reason + "\"}";
    }

    static String signature(String party) {
        return "{\"party\": \"" + party + "\", \"signedBy\": \"Signer of " + party + ", President\", \"signedOn\":"
                + " \"2026-02-01\"}";
    }

    static String status(String id) {
        return Http.object(Http.get(url(id), admin())).getString("status");
    }
}
