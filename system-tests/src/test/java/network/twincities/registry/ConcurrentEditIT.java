package network.twincities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.RepeatedTest;

/** Two administrators edit the same territory from the same version: one wins, the other gets 412. */
@SystemTest
class ConcurrentEditIT {

    @RepeatedTest(3)
    void oneOfTwoConcurrentEditsWinsAndNoUpdateIsLost() throws Exception {
        String admin = Tokens.of(Tokens.FORUM_ADMIN);
        String url = Urls.api() + "/territories/concurrent-edit";
        var created = Http.postJson(
                Urls.api() + "/territories",
                "{\"slug\": \"concurrent-edit\", \"kind\": \"CITY\", \"name\": {\"en\": \"Start\"}}",
                admin);
        assertThat(created.statusCode()).isIn(201, 409);
        var read = Http.get(url, admin);
        String etag = Http.etag(read);

        var start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> edits = List.of("Alice", "Bob").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Http.put(url, "{\"kind\": \"CITY\", \"name\": {\"en\": \"" + name + "\"}}", admin, etag);
                }))
                .toList();
        start.countDown();
        var responses = edits.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        var winner = responses.stream()
                .filter(r -> r.statusCode() == 200)
                .findFirst()
                .orElseThrow();
        var loser = responses.stream()
                .filter(r -> r.statusCode() == 412)
                .findFirst()
                .orElseThrow();
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        var now = Http.get(url, admin);
        String winningName = Http.object(winner).getJsonObject("name").getString("en");
        assertThat(Http.object(now).getJsonObject("name").getString("en")).isEqualTo(winningName);
        assertThat(Http.etag(now)).isEqualTo(Http.etag(winner)).isNotEqualTo(etag);
        assertThat(Http.object(now).getInt("version")).isEqualTo(Integer.parseInt(etag.replace("\"", "")) + 1);
    }
}
