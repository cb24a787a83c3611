package network.twincities.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import network.twincities.it.Http;
import network.twincities.it.Nginx;
import network.twincities.it.Ports;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import network.twincities.stack.PayaraServer;
import network.twincities.testing.ExpiryOnDayResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out: three backend instances (Payara Micro with the backend WAR only, each on its own port)
 * against the test run's one PostgreSQL and Keycloak, behind nginx as a round-robin load balancer. Through
 * nginx, concurrent writes and reads: the change feed has no gaps and its versions never go back, each
 * webhook event is delivered once, an Idempotency-Key holds across instances, the MoU expiry acts once
 * when every instance runs it, and stopping one instance in the middle of writes loses no acknowledged
 * write while the others keep serving.
 *
 * <p>Needs Debian's {@code nginx}: skipped with a message where it is missing, except under
 * {@code CI=true}, where it fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Logger LOG = Logger.getLogger(ScaleOutIT.class.getName());
    static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);
    static final int INSTANCES = 3;

    static final List<PayaraServer> backends = new ArrayList<>();
    static Nginx nginx;
    static HttpServer receiver;
    /** Every webhook delivery received: webhook-id, event type and the project's externalId. */
    static final List<String[]> deliveries = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        if (Nginx.binary().isEmpty()) {
            String message = "nginx is not installed (apt-get install nginx): the scale-out test needs it";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        long started = System.nanoTime();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            var json = Http.object(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            deliveries.add(new String[] {
                exchange.getRequestHeaders().getFirst("webhook-id"),
                json.getString("type"),
                json.getJsonObject("data").getString("externalId", "")
            });
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        Path work = work();
        Path war = work.resolve("api.war");
        Files.createDirectories(work);
        ShrinkWrap.createFromZipFile(
                        WebArchive.class, parts().resolve("api.war").toFile())
                .addClasses(ExpiryOnDayResource.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        var ports = new ArrayList<Integer>();
        for (int i = 1; i <= INSTANCES; i++) {
            int port = port() + i;
            ports.add(port);
            var properties = properties();
            properties.put("twincities.metrics.port", Integer.toString(metricsPort(i - 1)));
            backends.add(PayaraServer.launch(
                    parts().resolve("payara-micro.jar"),
                    List.of(war),
                    port,
                    properties,
                    work.resolve("backend-" + i + ".log")));
        }
        for (var backend : backends) {
            backend.awaitApiReady(Duration.ofMinutes(5));
        }
        nginx = Nginx.start(work.resolve("nginx"), port(), ports, Duration.ofSeconds(30));
        subscribe();
        LOG.info(() ->
                INSTANCES + " backends and nginx ready after " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        backends.forEach(PayaraServer::close);
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** The backend's configuration, as the system tests' own instance gets it, public at nginx. */
    static Map<String, String> properties() {
        var issuer = Urls.issuer();
        var p = new HashMap<String, String>();
        p.put("twincities.db.url", "jdbc:postgresql://localhost:" + Ports.db() + "/postgres");
        p.put("twincities.db.user", "postgres");
        p.put("twincities.db.password", "postgres");
        p.put("twincities.demo", "true"); // the test stack's published secrets
        p.put("mp.jwt.verify.issuer", issuer);
        p.put("mp.jwt.verify.publickey.location", issuer + "/protocol/openid-connect/certs");
        p.put("twincities.oidc.issuer", issuer);
        p.put("twincities.api.url", "http://localhost:" + port() + "/api/v1");
        p.put("twincities.api.public-url", "http://localhost:" + port() + "/api/v1");
        p.put("twincities.mail.smtp.host", "localhost");
        p.put("twincities.mail.smtp.port", Integer.toString(Ports.mail()));
        p.put("twincities.mail.from", "noreply@twincities.test");
        p.put("twincities.webhooks.allowed-targets", "loopback");
        p.put("twincities.webhooks.poll", "PT1S");
        return p;
    }

    /** nginx's port; the backends take the next three. */
    static int port() {
        return Integer.getInteger("twincities.it.scale.port", 18090);
    }

    /** The admin port of an instance's metrics: its HTTP port + 100. */
    static int metricsPort(int instance) {
        return port() + 1 + instance + 100;
    }

    static Path parts() {
        return Path.of(System.getProperty("twincities.it.parts"));
    }

    static Path work() {
        return Path.of(System.getProperty("twincities.it.work")).resolve("scale");
    }

    static String api() {
        return nginx.baseUrl() + "/api/v1";
    }

    static String item(String externalId, String title) {
        return """
                {"items": [{"externalId": "%s", "title": {"en": "%s"}, "partners": ["casablanca-settat"],
                 "axes": ["digital-inclusion"], "status": "ACTIVE",
                 "startDate": "2026-01-01", "endDate": "2026-12-31"}]}""".formatted(externalId, title);
    }

    /** One bulk upsert of one item through {@code base}, with an Idempotency-Key. */
    static HttpResponse<String> upsert(String base, String externalId, String title, String key) {
        try {
            return Http.request(
                    "POST",
                    base + "/sync/projects",
                    item(externalId, title),
                    Tokens.syncClient(),
                    "Idempotency-Key",
                    key);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** Writes until acknowledged (200), retrying with the same key; the result's project id. */
    static String write(String externalId, String title, Set<String> servedBy) {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; attempt <= 40; attempt++) {
            var response = upsert(api(), externalId, title, key);
            if (response != null && response.statusCode() == 200) {
                response.headers().firstValue("X-Upstream").ifPresent(servedBy::add);
                return Http.object(response)
                        .getJsonArray("results")
                        .getJsonObject(0)
                        .getString("id");
            }
            sleep(250);
        }
        throw new AssertionError("never acknowledged: " + externalId);
    }

    /** Follows the projects' feed through nginx from {@code cursor} to its end. */
    static String follow(String cursor, List<JsonObject> into) {
        while (true) {
            var response = Http.get(
                    api() + "/sync/changes?limit=1000&resource=projects" + (cursor == null ? "" : "&after=" + cursor),
                    Tokens.syncClient());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var batch = Http.object(response);
            into.addAll(batch.getJsonArray("changes").getValuesAs(JsonObject.class));
            cursor = batch.getString("nextCursor");
            if (!batch.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    /** Checks that an id's versions never go back in the feed, and records the last one seen. */
    static void seen(List<JsonObject> changes, Map<String, Integer> last) {
        for (var change : changes) {
            int before = last.getOrDefault(change.getString("id"), 0);
            assertThat(change.getInt("version"))
                    .as("the versions of " + change.getString("id") + " never go back")
                    .isGreaterThanOrEqualTo(before);
            last.put(change.getString("id"), change.getInt("version"));
        }
    }

    /**
     * Writers create and then update projects while a reader follows the feed from where it was, never
     * starting over: at the end, it has seen every acknowledged write at its last version.
     */
    @Test
    @Order(1)
    void concurrentWritesThroughTheBalancerAllReachTheFeedInOrderAndTheirWebhooksOnce() throws Exception {
        String start = follow(null, new ArrayList<>());
        int writers = 6;
        int perWriter = 10;
        var servedBy = ConcurrentHashMap.<String>newKeySet();
        var acknowledged = new ConcurrentHashMap<String, String>();
        var done = new AtomicBoolean();
        var followed = new HashMap<String, Integer>();
        var ofIds = new HashMap<String, String>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<String> reader = pool.submit(() -> {
                String cursor = start;
                while (!done.get()) {
                    var changes = new ArrayList<JsonObject>();
                    cursor = follow(cursor, changes);
                    seen(changes, followed);
                    changes.forEach(c -> ofIds.put(c.getString("id"), externalId(c)));
                    sleep(100);
                }
                return cursor;
            });
            var futures = new ArrayList<Future<?>>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String externalId = "SCALE-" + RUN + "-" + writer + "-" + i;
                        String id = write(externalId, "First " + externalId, servedBy);
                        assertThat(write(externalId, "Second " + externalId, servedBy))
                                .isEqualTo(id);
                        acknowledged.put(id, externalId);
                    }
                    return null;
                }));
            }
            for (var future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
            done.set(true);
            String cursor = reader.get(1, TimeUnit.MINUTES);
            var rest = new ArrayList<JsonObject>();
            follow(cursor, rest);
            seen(rest, followed);
        } finally {
            pool.shutdownNow();
        }
        assertThat(servedBy).as("writes were served by every instance").hasSize(INSTANCES);
        assertThat(acknowledged).hasSize(writers * perWriter);
        for (var id : acknowledged.keySet()) {
            assertThat(followed.get(id))
                    .as("the reader saw the second version of " + acknowledged.get(id))
                    .isEqualTo(2);
        }

        // each project's created and updated event is delivered once, though three instances send
        var expected = new HashSet<String>();
        acknowledged.values().forEach(e -> {
            expected.add("project.created " + e);
            expected.add("project.updated " + e);
        });
        awaitDeliveries(expected);
        sleep(3000); // a second delivery would come within a few polls
        var mine = deliveries.stream()
                .filter(d -> d[2].startsWith("SCALE-" + RUN + "-"))
                .toList();
        assertThat(mine.stream().map(d -> d[0]).distinct().count())
                .as("no delivery twice")
                .isEqualTo(mine.size());
        assertThat(mine.stream().map(d -> d[1] + " " + d[2]).toList())
                .as("one delivery per event")
                .hasSize(expected.size())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static String externalId(JsonObject change) {
        return change.containsKey("data") && !change.isNull("data")
                ? change.getJsonObject("data").getString("externalId", "")
                : "";
    }

    static void subscribe() {
        var created = Http.postJson(
                api() + "/webhooks",
                "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort()
                        + "/hook\", \"events\": [\"project.created\", \"project.updated\"]}",
                Tokens.syncClient());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    static void awaitDeliveries(Set<String> expected) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            var got = new HashSet<String>();
            deliveries.forEach(d -> got.add(d[1] + " " + d[2]));
            if (got.containsAll(expected)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                var missing = new HashSet<>(expected);
                missing.removeAll(got);
                throw new AssertionError("deliveries never came: " + missing);
            }
            sleep(250);
        }
    }

    /** The same Idempotency-Key sent at once to each instance directly, twice: one effect, one answer. */
    @Test
    @Order(2)
    void anIdempotencyKeyHoldsAcrossInstances() throws Exception {
        String externalId = "SCALE-KEY-" + RUN;
        String key = UUID.randomUUID().toString();
        String before = follow(null, new ArrayList<>());
        var answers = atOnce(
                2 * INSTANCES,
                i -> upsert(backends.get(i % INSTANCES).baseUrl() + "/api/v1", externalId, "Keyed " + externalId, key));
        var bodies = new HashSet<String>();
        for (var answer : answers) {
            assertThat(answer).isNotNull();
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
            if (answer.statusCode() == 200) {
                bodies.add(answer.body());
            }
        }
        assertThat(bodies).as("every acknowledged answer is the one result").hasSize(1);
        var again = upsert(backends.get(0).baseUrl() + "/api/v1", externalId, "Keyed " + externalId, key);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(bodies).containsExactly(again.body());
        var changes = new ArrayList<JsonObject>();
        follow(before, changes);
        assertThat(changes.stream().filter(c -> externalId.equals(externalId(c))))
                .as("one change: the key's one effect")
                .hasSize(1);
    }

    /** Every instance runs the expiry of one MoU at once, on its reminder's day and after it expired. */
    @Test
    @Order(3)
    void theExpiryRemindsOnceAndExpiresOnceWhenEveryInstanceRunsIt() throws Exception {
        LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(300);
        String id = signedMou(expiresOn);
        for (var day : List.of(expiresOn.minusDays(45), expiresOn.plusDays(1))) {
            var answers = atOnce(
                    2 * INSTANCES,
                    i -> Http.request(
                            "POST",
                            backends.get(i % INSTANCES).baseUrl() + "/api/v1/testing/expiry/" + id + "?on=" + day,
                            null,
                            Tokens.of(Tokens.FORUM_ADMIN)));
            assertThat(answers)
                    .as("a run that lost the race is refused, never half-done")
                    .allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isLessThan(500));
        }
        var history = Http.array(Http.get(api() + "/mous/" + id + "/history", Tokens.of(Tokens.FORUM_ADMIN)))
                .getValuesAs(JsonObject.class);
        assertThat(history.stream().filter(t -> t.getString("to").equals("EXPIRED")))
                .hasSize(1);
        var notifications = Http.object(Http.get(api() + "/notifications?size=200", Tokens.of(Tokens.OFFICIAL_REHAMNA)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(n -> n.getString("resource").equals("mous")
                        && n.getString("resourceId").equals(id))
                .map(n -> n.getString("kind"))
                .toList();
        assertThat(notifications)
                .containsExactlyInAnyOrder("mou.approved", "mou.signed", "mou.expiring-60", "mou.expired");
    }

    static String signedMou(LocalDate expiresOn) {
        String admin = Tokens.of(Tokens.FORUM_ADMIN);
        var created = Http.postJson(api() + "/mous", """
                {"reference": "SCALE-%s",
                 "title": {"en": "Scale-out MoU"},
                 "parties": [{"territory": "casablanca-settat", "role": "SIGNATORY"},
                             {"territory": "rehamna", "role": "SIGNATORY"},
                             {"organization": "world-smart-cities-forum", "role": "SIGNATORY"}],
                 "effectiveFrom": "2025-01-01", "expiresOn": "%s"}""".formatted(RUN, expiresOn), admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.object(created).getString("id");
        ok(Http.request("POST", api() + "/mous/" + id + "/submit", null, admin));
        ok(Http.request("POST", api() + "/mous/" + id + "/approve", null, admin));
        for (String party : new String[] {"casablanca-settat", "rehamna", "world-smart-cities-forum"}) {
            ok(Http.request(
                    "POST",
                    api() + "/mous/" + id + "/signatures",
                    "{\"party\": \"" + party + "\", \"signedBy\": \"Signer\", \"signedOn\": \"2025-02-01\"}",
                    admin));
        }
        return id;
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Writes through nginx while one instance is stopped: every acknowledged write is kept, the rest serve on. */
    @Test
    @Order(4)
    void stoppingOneInstanceInTheMiddleLosesNoAcknowledgedWrite() throws Exception {
        String start = follow(null, new ArrayList<>());
        int writers = 4;
        int perWriter = 12;
        var acknowledged = new ConcurrentHashMap<String, String>();
        var written = new AtomicInteger();
        var servedBy = ConcurrentHashMap.<String>newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        var stopped = backends.get(1);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String externalId = "SCALE-STOP-" + RUN + "-" + writer + "-" + i;
                        acknowledged.put(write(externalId, "Written " + externalId, servedBy), externalId);
                        written.incrementAndGet();
                    }
                    return null;
                }));
            }
            while (written.get() < writers * perWriter / 3) {
                sleep(50);
            }
            stopped.close();
            LOG.info(() -> "stopped the instance at " + stopped.baseUrl() + " after " + written.get() + " writes");
            for (var future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stopped.process().isAlive()).isFalse();
        var changes = new ArrayList<JsonObject>();
        follow(start, changes);
        var inFeed = new HashSet<String>();
        changes.forEach(c -> inFeed.add(c.getString("id")));
        assertThat(inFeed).as("every acknowledged write is in the feed").containsAll(acknowledged.keySet());
        for (var id : acknowledged.keySet()) {
            var read = Http.get(api() + "/projects/" + id, Tokens.syncClient());
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        }
        for (var backend : backends) {
            if (backend != stopped) {
                assertThat(Http.get(backend.baseUrl() + "/api/v1", null).statusCode())
                        .as(backend.baseUrl() + " serves on")
                        .isEqualTo(200);
            }
        }
    }

    /** One access log line per request, in key=value form, with the id of X-Request-Id and the problem's instance. */
    @Test
    @Order(5)
    void theRequestIdIsInTheHeaderTheProblemAndTheLog() throws Exception {
        var missing =
                Http.get(backends.get(0).baseUrl() + "/api/v1/projects/" + UUID.randomUUID(), Tokens.syncClient());
        assertThat(missing.statusCode()).isEqualTo(404);
        String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(Http.object(missing).getString("instance")).isEqualTo("urn:uuid:" + id);
        Path log = work().resolve("backend-1.log");
        long deadline = System.currentTimeMillis() + 10_000;
        String line = null;
        while (line == null && System.currentTimeMillis() < deadline) {
            line = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("request_id=" + id))
                    .findFirst()
                    .orElse(null);
            if (line == null) {
                sleep(200);
            }
        }
        assertThat(line)
                .as("the access log line of " + id)
                .isNotNull()
                .containsPattern("request_id=" + id + " method=GET path=/api/v1/projects/[0-9a-f-]+ status=404"
                        + " duration_ms=\\d+");
    }

    /** Each instance's metrics on its admin port: the requests it served, its pool, the outbox backlog. */
    @Test
    @Order(6)
    void eachInstanceHasItsMetricsOnItsAdminPort() {
        var metrics = Http.get("http://127.0.0.1:" + metricsPort(0) + "/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{method=\"POST\",mp_scope=\"application\","
                        + "resource=\"sync\",status=\"200\"} [1-9]")
                .containsPattern("http_server_requests_seconds\\{method=\"POST\",mp_scope=\"application\","
                        + "resource=\"sync\",status=\"200\",quantile=\"0.99\"} [0-9.E-]+")
                .containsPattern("webhook_deliveries_pending\\{mp_scope=\"application\"} \\d+")
                .containsPattern(
                        "datasource_connections_free\\{datasource=\"twincities\",mp_scope=\"application\"} \\d+");
        assertThat(Http.get(api().replace("/api/v1", "") + "/metrics", null).body())
                .as("not through the public balancer")
                .doesNotContain("# TYPE");
    }

    interface Call<T> {
        T call(int index) throws Exception;
    }

    /** Runs {@code count} calls released at the same moment; their answers in order. */
    static <T> List<T> atOnce(int count, Call<T> call) throws Exception {
        var pool = Executors.newFixedThreadPool(count);
        var go = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> task = () -> {
                    go.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            var answers = new ArrayList<T>();
            for (var future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
