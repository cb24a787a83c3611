package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.TestStack;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a stream of reads and writes (a restart; all connections ended): the API
 * answers 503 problem+json with {@code Retry-After} meanwhile, never 500, and serves again by itself
 * once the database is back, with every write it acknowledged still there.
 */
@SystemTest
class DatabaseOutageIT {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageIT.class.getName());
    private static final Duration DOWNTIME = Duration.ofSeconds(4);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

    /** One request of the traffic: when it was sent and answered (ns), and how. */
    record Outcome(String what, long sent, long answered, int status, String contentType, String retryAfter) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Reads, creations and edits as forum administrator, in three loops, until closed. */
    static final class Traffic implements AutoCloseable {
        final String token =
                Tokens.password(Urls.keycloak(), "twincities", "twincities-cli", Tokens.FORUM_ADMIN, "demo");
        final String territory;
        final String prefix;
        final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        final Set<String> created = ConcurrentHashMap.newKeySet();
        final AtomicInteger lastAcknowledgedEdit = new AtomicInteger(-1);
        final ExecutorService loops = Executors.newFixedThreadPool(3);
        volatile boolean running = true;

        Traffic(String prefix) {
            this.prefix = prefix;
            this.territory = Urls.api() + "/territories/" + prefix + "-edited";
            var territoryCreated = Http.postJson(
                    Urls.api() + "/territories",
                    "{\"slug\": \"" + prefix + "-edited\", \"kind\": \"CITY\", \"name\": {\"en\": \"Edit -1\"}}",
                    token);
            assertThat(territoryCreated.statusCode())
                    .as(territoryCreated.body())
                    .isEqualTo(201);
            loops.submit(() -> loop(this::read));
            loops.submit(() -> loop(this::create));
            loops.submit(this::edit);
        }

        void loop(Runnable step) {
            while (running) {
                step.run();
                pause();
            }
        }

        void read() {
            send("read", () -> Http.get(Urls.api() + "/territories?size=5&sort=name,asc", token));
        }

        int creations;

        void create() {
            String slug = prefix + "-org-" + creations++;
            var response = send(
                    "create",
                    () -> Http.postJson(
                            Urls.api() + "/organizations",
                            "{\"slug\": \"" + slug + "\", \"kind\": \"NGO\", \"name\": {\"en\": \"" + slug + "\"}}",
                            token));
            if (response != null && response.statusCode() == 201) {
                created.add(slug);
            }
        }

        /** GET then PUT with If-Match; after anything but a 200 the territory is read again. */
        void edit() {
            String etag = null;
            int edit = 0;
            while (running) {
                if (etag == null) {
                    var read = send("read", () -> Http.get(territory, token));
                    etag = read != null && read.statusCode() == 200 ? Http.etag(read) : null;
                } else {
                    int n = edit++;
                    String tag = etag;
                    var response = send(
                            "edit",
                            () -> Http.put(
                                    territory,
                                    "{\"kind\": \"CITY\", \"name\": {\"en\": \"Edit " + n + "\"}}",
                                    token,
                                    tag));
                    if (response != null && response.statusCode() == 200) {
                        lastAcknowledgedEdit.set(n);
                        etag = Http.etag(response);
                    } else {
                        etag = null;
                    }
                }
                pause();
            }
        }

        HttpResponse<String> send(String what, java.util.function.Supplier<HttpResponse<String>> request) {
            long sent = System.nanoTime();
            try {
                var response = request.get();
                outcomes.add(new Outcome(
                        what,
                        sent,
                        System.nanoTime(),
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse(null)));
                return response;
            } catch (UncheckedIOException e) {
                outcomes.add(new Outcome(what, sent, System.nanoTime(), -1, e.toString(), null));
                return null;
            }
        }

        static void pause() {
            sleep(Duration.ofMillis(40));
        }

        /** The first success of a request sent after {@code since}; waits for it up to {@code limit}. */
        long firstSuccessAfter(long since, Duration limit) {
            long deadline = since + limit.toNanos();
            while (System.nanoTime() < deadline) {
                var first = outcomes.stream()
                        .filter(o -> o.sent() >= since && o.ok())
                        .mapToLong(Outcome::answered)
                        .min();
                if (first.isPresent()) {
                    return first.getAsLong();
                }
                sleep(Duration.ofMillis(20));
            }
            throw new AssertionError("No request succeeded within " + limit + " after the database was back: "
                    + outcomes.stream().filter(o -> o.sent() >= since).limit(10).toList());
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            loops.shutdown();
            assertThat(loops.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Outcome> answeredWithin(long from, long to) {
            return outcomes.stream()
                    .filter(o -> o.sent() >= from && o.answered() < to)
                    .toList();
        }

        List<Outcome> between(long from, long to) {
            return outcomes.stream()
                    .filter(o -> o.sent() >= from && o.sent() < to)
                    .toList();
        }

        /** Never a 500 or a failed connection to the server; every 503 is a problem with Retry-After. */
        void assertOnlyServedOrUnavailable() {
            assertThat(outcomes)
                    .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(200, 201, 409, 412, 503));
            assertThat(outcomes).filteredOn(o -> o.status() == 503).allSatisfy(o -> {
                assertThat(o.contentType()).as(o.toString()).startsWith("application/problem+json");
                assertThat(o.retryAfter()).as(o.toString()).matches("[1-9][0-9]*");
            });
        }

        /** Every creation and the last edit acknowledged with a 2xx are there. */
        void assertAcknowledgedWritesKept() {
            assertThat(created).isNotEmpty();
            for (String slug : created) {
                assertThat(Http.get(Urls.api() + "/organizations/" + slug, token)
                                .statusCode())
                        .as(slug)
                        .isEqualTo(200);
            }
            String name = Http.object(Http.get(territory, token))
                    .getJsonObject("name")
                    .getString("en");
            assertThat(Integer.parseInt(name.substring("Edit ".length())))
                    .as("the edit kept, against the last acknowledged one")
                    .isGreaterThanOrEqualTo(lastAcknowledgedEdit.get())
                    .isGreaterThanOrEqualTo(0);
        }

        String summary() {
            var counts = new java.util.TreeMap<String, Integer>();
            outcomes.forEach(o -> counts.merge(o.what() + " " + o.status(), 1, Integer::sum));
            return counts.toString();
        }
    }

    @Test
    void aRestartOfPostgresIs503WhileDownAndTheApiRecoversByItself() throws Exception {
        long stopped;
        long back;
        long recovered;
        long ready;
        try (var traffic = new Traffic("restart")) {
            traffic.firstSuccessAfter(System.nanoTime(), Duration.ofSeconds(10));
            sleep(Duration.ofSeconds(1));

            TestStack.stopDatabase();
            stopped = System.nanoTime();
            sleep(Duration.ofSeconds(1));
            var health = Http.get(Urls.server() + "/health/ready", null);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(Http.object(health).getString("status")).isEqualTo("DOWN");
            sleep(DOWNTIME.minusSeconds(1));

            long starting = System.nanoTime();
            TestStack.startDatabase();
            back = System.nanoTime();
            recovered = traffic.firstSuccessAfter(back, RECOVERY_LIMIT);
            ready = awaitReady(back);
            sleep(Duration.ofSeconds(3));
            traffic.close();

            LOG.info(() -> String.format(
                    "PostgreSQL restart: API serving again %d ms after the database was back, ready after %d ms;"
                            + " down for %d ms, starting it took %d ms; requests: %s",
                    (recovered - back) / 1_000_000,
                    (ready - back) / 1_000_000,
                    (starting - stopped) / 1_000_000,
                    (back - starting) / 1_000_000,
                    traffic.summary()));
            traffic.assertOnlyServedOrUnavailable();
            assertThat(traffic.answeredWithin(stopped + Duration.ofMillis(500).toNanos(), starting))
                    .as("requests sent and answered while the database was down")
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isEqualTo(503));
            assertThat(traffic.between(recovered, System.nanoTime()))
                    .as("requests once the API serves again")
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.ok()).as(o.toString()).isTrue());
            traffic.assertAcknowledgedWritesKept();
        }
    }

    @Test
    void connectionsEndedByTheServerAreReplacedWithoutAnyRequestFailingAfter() throws Exception {
        try (var traffic = new Traffic("terminate")) {
            traffic.firstSuccessAfter(System.nanoTime(), Duration.ofSeconds(10));
            sleep(Duration.ofSeconds(1));

            int ended = TestStack.terminateDatabaseConnections();
            long terminated = System.nanoTime();
            long recovered = traffic.firstSuccessAfter(terminated, RECOVERY_LIMIT);
            sleep(Duration.ofSeconds(3));
            traffic.close();

            LOG.info(() -> String.format(
                    "%d connections ended: API serving again %d ms after; requests: %s",
                    ended, (recovered - terminated) / 1_000_000, traffic.summary()));
            assertThat(ended).isPositive();
            traffic.assertOnlyServedOrUnavailable();
            assertThat(traffic.between(recovered, System.nanoTime()))
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.ok()).as(o.toString()).isTrue());
            traffic.assertAcknowledgedWritesKept();
            var health = Http.get(Urls.server() + "/health/ready", null);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        }
    }

    static long awaitReady(long since) {
        long deadline = since + RECOVERY_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Http.get(Urls.server() + "/health/ready", null).statusCode() == 200) {
                return System.nanoTime();
            }
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("/health/ready not UP within " + RECOVERY_LIMIT + " after the database was back");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
