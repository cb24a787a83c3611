package network.twincities.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks as a partner system uses them: subscribe, receive signed deliveries that the Standard Webhooks
 * receiver library verifies, get a failed delivery again with the same id, read the delivery log; and
 * the refusals of bad subscriptions and of callers who may not have webhooks.
 */
@SystemTest
class WebhooksIT {

    static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    /** A delivery the receiver got. */
    record Received(Map<String, List<String>> headers, String body, long at) {
        JsonObject json() {
            return Http.object(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    static HttpServer receiver;
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAILURES_TO_ANSWER = new AtomicInteger();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, System.currentTimeMillis()));
            int status = FAILURES_TO_ANSWER.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    static String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    static String client() {
        return Tokens.syncClient();
    }

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static JsonObject subscribe(String events, String token) {
        var created = Http.postJson(
                Urls.api() + "/webhooks", "{\"url\": \"" + url() + "\", \"events\": " + events + "}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created);
    }

    static List<Received> waitFor(Predicate<Received> which, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            var found = RECEIVED.stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited in vain for " + count + " deliveries; got "
                        + RECEIVED.stream().map(Received::body).toList());
            }
            Thread.sleep(200);
        }
    }

    static Predicate<Received> about(String type, String field, String value) {
        return r -> type.equals(r.json().getString("type"))
                && value.equals(r.json().getJsonObject("data").getString(field, null));
    }

    @Test
    void aSubscribedChangeArrivesSignedAndAFailedDeliveryComesAgainWithTheSameId() throws Exception {
        var webhook = subscribe("[\"organization.created\", \"organization.deleted\"]", client());
        String secret = webhook.getString("secret");
        assertThat(secret).startsWith("whsec_");
        var read = Http.get(Urls.api() + "/webhooks/" + webhook.getString("id"), client());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.object(read).containsKey("secret"))
                .as("the secret is shown once")
                .isFalse();

        FAILURES_TO_ANSWER.set(1);
        String slug = "hooked-" + RUN;
        var created = Http.postJson(
                Urls.api() + "/organizations",
                "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Hooked\", \"ar\": \"منظمة\"}}",
                admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        var attempts = waitFor(about("organization.created", "slug", slug), 2);
        var first = attempts.get(0);
        var second = attempts.get(1);
        assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(second.at() - first.at()).as("the first retry within 10 s").isLessThan(10_000);
        assertThat(second.body()).isEqualTo(first.body());
        for (var delivery : attempts) {
            assertThatCode(() -> new Webhook(secret).verify(delivery.body(), delivery.headers()))
                    .as("verified by the Standard Webhooks receiver library")
                    .doesNotThrowAnyException();
            assertThat(delivery.header("X-TwinCities-Event")).isEqualTo("organization.created");
        }
        assertThat(first.json().getJsonObject("data").getJsonObject("name").getString("ar"))
                .isEqualTo("منظمة");
        assertThat(first.json().getString("timestamp")).isNotBlank();

        long deadline = System.currentTimeMillis() + 10_000;
        JsonObject logged;
        do {
            Thread.sleep(200);
            var log = Http.get(Urls.api() + "/webhooks/" + webhook.getString("id") + "/deliveries", client());
            assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
            logged = Http.array(log).getValuesAs(JsonObject.class).get(0);
        } while (!logged.getString("status").equals("DELIVERED") && System.currentTimeMillis() < deadline);
        assertThat(logged.getString("status")).isEqualTo("DELIVERED");
        assertThat(logged.getInt("attempts")).isEqualTo(2);
        assertThat(logged.getString("webhookId")).isEqualTo(first.header("webhook-id"));

        var deleted = Http.delete(Urls.api() + "/organizations/" + slug, admin(), Http.etag(created));
        assertThat(deleted.statusCode()).isEqualTo(204);
        var gone = waitFor(
                r -> r.json().getString("type").equals("organization.deleted")
                        && r.json().getJsonObject("data").getString("id").equals(slug),
                1);
        assertThat(gone.get(0).json().getJsonObject("data").keySet()).containsExactly("id");
    }

    @Test
    void aDeliveryThatReachesNoReceiverIsLoggedWithItsErrorAndTriedAgain() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // nobody listens there once it is closed
        }
        var created = Http.postJson(
                Urls.api() + "/webhooks",
                "{\"url\": \"http://127.0.0.1:" + closed + "/hook\", \"events\": [\"organization.created\"]}",
                client());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String webhook = Http.object(created).getString("id");
        String slug = "unheard-" + RUN;
        var organization = Http.postJson(
                Urls.api() + "/organizations",
                "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"Unheard\"}}",
                admin());
        assertThat(organization.statusCode()).as(organization.body()).isEqualTo(201);
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            JsonObject logged = null;
            while (System.currentTimeMillis() < deadline) {
                var log = Http.get(Urls.api() + "/webhooks/" + webhook + "/deliveries", client());
                assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
                var entries = Http.array(log).getValuesAs(JsonObject.class);
                logged = entries.isEmpty() ? null : entries.get(0);
                if (logged != null && logged.containsKey("lastError") && !logged.isNull("lastError")) {
                    break;
                }
                Thread.sleep(200);
            }
            // the attempt is recorded: with no status (no answer), its error, and a retry planned
            assertThat(logged)
                    .as("the delivery log of a webhook whose receiver is down")
                    .isNotNull();
            assertThat(logged.getInt("attempts")).as(logged.toString()).isPositive();
            assertThat(logged.getString("status")).isEqualTo("PENDING");
            assertThat(!logged.containsKey("lastStatus") || logged.isNull("lastStatus"))
                    .as(logged.toString())
                    .isTrue();
            assertThat(logged.containsKey("lastError") && !logged.isNull("lastError"))
                    .as("the attempt's error is recorded: " + logged)
                    .isTrue();
            assertThat(logged.getString("lastError")).startsWith("Not delivered");
            assertThat(logged.getString("nextAttemptAt")).isNotBlank();
        } finally {
            Http.delete(Urls.api() + "/webhooks/" + webhook, client(), null);
            Http.delete(Urls.api() + "/organizations/" + slug, admin(), Http.etag(organization));
        }
    }

    @Test
    void anMousWorkflowStepIsToldAsItsStep() throws Exception {
        var webhook = subscribe("[\"mou.submitted\"]", admin());
        String secret = webhook.getString("secret");
        String reference = "WH-" + RUN;
        var draft =
                Http.postJson(Urls.api() + "/mous", """
                {"reference": "%s", "title": {"en": "Hooked MoU"},
                 "parties": [{"territory": "casablanca-settat", "role": "SIGNATORY"},
                             {"territory": "rehamna", "role": "SIGNATORY"}]}""".formatted(reference), Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String id = Http.object(draft).getString("id");
        var submitted = Http.request(
                "POST", Urls.api() + "/mous/" + id + "/submit", null, Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        var delivery =
                waitFor(about("mou.submitted", "reference", reference), 1).get(0);
        assertThat(delivery.json().getJsonObject("data").getString("status")).isEqualTo("SUBMITTED");
        assertThatCode(() -> new Webhook(secret).verify(delivery.body(), delivery.headers()))
                .doesNotThrowAnyException();
        assertThat(RECEIVED)
                .noneMatch(r -> r.json().getString("type").equals("mou.created")
                        && reference.equals(r.json().getJsonObject("data").getString("reference", null)));
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheField() {
        Map<String, String> bad = Map.of(
                "{\"url\": \"http://10.1.2.3/hook\", \"events\": [\"project.created\"]}",
                "url",
                "{\"url\": \"ftp://example.org/hook\", \"events\": [\"project.created\"]}",
                "url",
                "{\"url\": \"" + url() + "\", \"events\": [\"project.exploded\"]}",
                "events[0]",
                "{\"url\": \"" + url() + "\", \"events\": []}",
                "events",
                "{\"url\": \"" + url() + "\"}",
                "events",
                "{\"url\": \"" + url() + "\", \"events\": [\"project.created\"], \"secret\": \"whsec_c2hvcnQ=\"}",
                "secret");
        bad.forEach((body, field) -> {
            var response = Http.postJson(Urls.api() + "/webhooks", body, client());
            assertThat(response.statusCode()).as(body + ": " + response.body()).isEqualTo(422);
            assertThat(Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(body)
                    .anySatisfy(e -> assertThat(e.getString("field")).isEqualTo(field));
        });
        String chosen = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        var withSecret = Http.postJson(
                Urls.api() + "/webhooks",
                "{\"url\": \"" + url() + "\", \"events\": [\"project.created\"], \"secret\": \"" + chosen + "\"}",
                client());
        assertThat(withSecret.statusCode()).as(withSecret.body()).isEqualTo(201);
        assertThat(Http.object(withSecret).containsKey("secret"))
                .as("a secret the client chose is not echoed")
                .isFalse();
    }

    @Test
    void onlyTheOwnerSeesOrRemovesAWebhookAndOfficialsHaveNone() {
        var webhook = subscribe("[\"project.created\"]", client());
        String path = Urls.api() + "/webhooks/" + webhook.getString("id");
        assertThat(Http.get(path, admin()).statusCode()).as("another caller's").isEqualTo(404);
        assertThat(Http.get(path + "/deliveries", admin()).statusCode()).isEqualTo(404);
        assertThat(Http.get(path, null).statusCode()).isEqualTo(401);
        String official = Tokens.of(Tokens.OFFICIAL_CASABLANCA);
        assertThat(Http.get(Urls.api() + "/webhooks", official).statusCode()).isEqualTo(403);
        assertThat(Http.postJson(
                                Urls.api() + "/webhooks",
                                "{\"url\": \"" + url() + "\", \"events\": [\"project.created\"]}",
                                official)
                        .statusCode())
                .isEqualTo(403);
        var mine = Http.object(Http.get(Urls.api() + "/webhooks?size=200", client()));
        assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(w -> assertThat(w.getString("id")).isEqualTo(webhook.getString("id")))
                .allSatisfy(w -> assertThat(w.containsKey("secret")).isFalse());

        assertThat(Http.delete(path, admin(), "\"1\"").statusCode()).isEqualTo(404);
        assertThat(Http.delete(path, client(), null).statusCode()).isEqualTo(428);
        assertThat(Http.delete(path, client(), "\"1\"").statusCode()).isEqualTo(204);
        assertThat(Http.get(path, client()).statusCode()).isEqualTo(404);
    }
}
