package network.twincities.practice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import network.twincities.it.Http;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;

/** Best practices and adoptions as the practice tests make and read them. */
final class PracticeFixtures {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private PracticeFixtures() {}

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    static String collection() {
        return Urls.api() + "/best-practices";
    }

    static String url(String id) {
        return collection() + "/" + id;
    }

    static String adoptions(String id) {
        return url(id) + "/adoptions";
    }

    static String adoption(String id, String territory) {
        return adoptions(id) + "/" + territory;
    }

    /** A valid body of a practice of {@code territory}. */
    static String body(String territory, String title) {
        return "{\"title\": {\"en\": \"" + title + "\", \"fr\": \"" + title + " (fr)\"},"
                + " \"summary\": {\"en\": \"A practice made by a test.\"},"
                + " \"territory\": \"" + territory + "\", \"axes\": [\"digital-inclusion\"],"
                + " \"outcomes\": [{\"indicator\": \"people trained\", \"value\": 1200.5, \"unit\": \"people\","
                + " \"asOf\": \"2025-06-30\"}],"
                + " \"tags\": [\"test\", \"Formation numérique\"]}";
    }

    /** A new practice of {@code territory}, made by a forum administrator; its id. */
    static String practiceOf(String territory) {
        var created = Http.postJson(collection(), body(territory, unique("Practice")), admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getString("id");
    }

    static HttpResponse<String> adopt(String id, String territory, String status, String token) {
        return Http.postJson(
                adoptions(id),
                "{\"territory\": \"" + territory + "\", \"status\": \"" + status + "\", \"notes\": \"by a test\"}",
                token);
    }

    /** The first field error of a 422. */
    static JsonObject firstError(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return Http.object(response).getJsonArray("errors").getJsonObject(0);
    }

    static long total() {
        return Http.object(Http.get(collection() + "?size=1", admin()))
                .getJsonNumber("total")
                .longValue();
    }
}
