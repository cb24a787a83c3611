package network.twincities.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import network.twincities.it.Http;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * The example consumer (its jar, run as a partner would run it) keeps a copy of the projects while
 * officials create, edit and delete projects: killed half-way it goes on from its stored cursor, its
 * tokens (made to live 5 seconds) are renewed, a cursor older than the feed's history makes it start
 * again, and at the end its copy is the server's projects, version by version and byte for byte.
 */
@SystemTest
class SyncConsumerIT {

    private static final Path WORK = Path.of(System.getProperty("twincities.it.work"), "sync-consumer");
    private static final Path COPY = WORK.resolve("projects-copy.json");
    private static final int WRITERS = 3;
    private static final int ROUNDS = 6;

    /** A project's body, its title to be replaced: read once, before the writers start. */
    private static final String TITLE = "Title of a copied project";

    private static String body;

    private static String official() {
        return Tokens.of(Tokens.OFFICIAL_CASABLANCA);
    }

    @Test
    void keepsACopyOfTheProjectsThroughWritesCrashesAndAPrunedFeed() throws Exception {
        tokenLifespanOfTheSyncClient(5);
        body = Projects.body(TITLE);
        deleteFolder(WORK);
        Files.createDirectories(WORK);

        var created = ConcurrentHashMap.<String>newKeySet();
        var deleted = ConcurrentHashMap.<String>newKeySet();
        var writes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        Process first = start("first", "--follow", "1");
        try {
            var writers = new ArrayList<Future<?>>();
            var killed = new java.util.concurrent.CountDownLatch(1);
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        if (round == ROUNDS / 2) {
                            // the rest only once the consumer was killed: there are always writes to come
                            killed.await(3, TimeUnit.MINUTES);
                        }
                        write(round, created, deleted);
                        writes.incrementAndGet();
                    }
                    return null;
                }));
            }
            // killed (not stopped) while the writers write, once it has taken some of their projects
            await(
                    "the first run copied projects of the writers",
                    Duration.ofMinutes(3),
                    () -> succeeding(writers)
                            && writes.get() >= WRITERS
                            && copy().keySet().stream()
                                            .filter(created::contains)
                                            .count()
                                    >= 2);
            assertThat(writes.get()).as("writes still to come").isLessThan(WRITERS * ROUNDS);
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            killed.countDown();
            String stored = cursor();
            assertThat(stored).startsWith("c2.");

            Process second = start("second", "--follow", "1");
            try {
                for (var writer : writers) {
                    writer.get(5, TimeUnit.MINUTES);
                }
                // longer than a token lives, then one more change, which the follower must pick up
                Thread.sleep(7_000);
                String last = Projects.unique("Last");
                String id = create(last);
                created.add(id);
                await("the second run copied the last project", Duration.ofSeconds(60), () -> copy().containsKey(id));
                assertThat(second.isAlive()).isTrue();
            } finally {
                second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String secondLog = log("second");
            assertThat(secondLog).contains("Resuming from cursor " + stored);
            assertThat(occurrences(secondLog, "Obtained an access token"))
                    .as("tokens renewed while following:%n%s", secondLog)
                    .isGreaterThanOrEqualTo(2);
        } finally {
            first.destroyForcibly();
            pool.shutdownNow();
        }
        assertThat(deleted).isNotEmpty();
        // made by following alone: upserts and deletions applied one batch after another
        assertTheCopyIsTheServers(created, deleted);

        // a deletion, then pruning: the stored cursor is older than the feed's history now
        String gone = create(Projects.unique("Gone"));
        var read = Http.get(Projects.url(gone), official());
        assertThat(Http.delete(Projects.url(gone), official(), Http.etag(read)).statusCode())
                .isEqualTo(204);
        deleted.add(gone);
        var pruned = Http.request(
                "POST",
                Urls.api() + "/testing/feed-pruning?before=" + Instant.now().plusSeconds(60),
                null,
                Tokens.of(Tokens.FORUM_ADMIN));
        assertThat(pruned.statusCode()).as(pruned.body()).isEqualTo(200);

        Process last = start("last");
        if (!last.waitFor(2, TimeUnit.MINUTES)) {
            last.destroyForcibly();
            throw new AssertionError("The last run did not catch up within 2 minutes:\n" + log("last"));
        }
        String lastLog = log("last");
        assertThat(last.exitValue()).as(lastLog).isZero();
        assertThat(lastLog).contains("(410): resyncing from the beginning").contains("Up to date with");

        assertTheCopyIsTheServers(created, deleted);
    }

    /** The copy has the server's projects, no others, each at its version and with its JSON. */
    private static void assertTheCopyIsTheServers(Set<String> created, Set<String> deleted) {
        var copy = copy();
        var server = serverProjects();
        assertThat(copy.keySet()).as("the copy's projects").isEqualTo(server.keySet());
        assertThat(copy.keySet())
                .containsAll(
                        created.stream().filter(id -> !deleted.contains(id)).toList());
        assertThat(copy.keySet()).doesNotContainAnyElementsOf(deleted);
        for (var id : server.keySet()) {
            var response = Http.get(Projects.url(id), official());
            assertThat(response.statusCode()).isEqualTo(200);
            var stored = copy.get(id);
            assertThat(Http.etag(response)).as(id).isEqualTo("\"" + stored.getInt("version") + "\"");
            assertThat(stored.getJsonObject("data")).as(id).isEqualTo(Http.object(response));
        }
    }

    /** True while the writers run or have succeeded; a writer's failure is thrown. */
    private static boolean succeeding(List<Future<?>> writers) {
        for (var writer : writers) {
            if (writer.isDone()) {
                try {
                    writer.get();
                } catch (Exception e) {
                    throw new AssertionError("a writer failed", e);
                }
            }
        }
        return true;
    }

    /** Creates a project, edits it twice and, every other round, deletes it; as an official. */
    private static void write(int round, Set<String> created, Set<String> deleted) {
        String id = create(Projects.unique("Copied"));
        created.add(id);
        var current = Http.get(Projects.url(id), official());
        for (int edit = 1; edit <= 2; edit++) {
            String body =
                    current.body().replace("\"beneficiaries\":" + (499 + edit), "\"beneficiaries\":" + (500 + edit));
            current = Http.put(Projects.url(id), body, official(), Http.etag(current));
            assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        }
        if (round % 2 == 1) {
            var response = Http.delete(Projects.url(id), official(), Http.etag(current));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
            deleted.add(id);
        }
    }

    private static String create(String title) {
        var response = Http.postJson(Urls.api() + "/projects", body.replace(TITLE, title), official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.object(response).getString("id");
    }

    /** Every project of the server, by id, as the forum administrator lists them. */
    private static Map<String, JsonObject> serverProjects() {
        var all = new TreeMap<String, JsonObject>();
        for (int page = 0; ; page++) {
            var response = Http.get(Urls.api() + "/projects?size=200&page=" + page, Tokens.of(Tokens.FORUM_ADMIN));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var items = Http.object(response).getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                return all;
            }
            items.forEach(p -> all.put(p.getString("id"), p));
        }
    }

    /** Starts the consumer's jar against this run's API and Keycloak; its output goes to {@code <name>.log}. */
    private static Process start(String name, String... options) throws IOException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("twincities.it.consumer.jar"),
                "--api",
                Urls.api(),
                "--token-url",
                Urls.issuer() + "/protocol/openid-connect/token",
                "--client-id",
                Tokens.SYNC_CLIENT,
                "--copy",
                COPY.toString(),
                "--limit",
                "7"));
        command.addAll(List.of(options));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile());
        builder.environment().put("TWINCITIES_CLIENT_SECRET", "demo-sync-secret");
        return builder.start();
    }

    private static String log(String name) throws IOException {
        return Files.readString(WORK.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    /** The consumer's copy: each project's {"version": n, "data": {...}} by id (none yet: empty). */
    private static Map<String, JsonObject> copy() {
        if (!Files.exists(COPY)) {
            return Map.of();
        }
        var projects = new TreeMap<String, JsonObject>();
        readCopy().getJsonObject("projects").forEach((id, p) -> projects.put(id, p.asJsonObject()));
        return projects;
    }

    private static String cursor() {
        return readCopy().getString("cursor");
    }

    private static JsonObject readCopy() {
        try {
            return Http.object(Files.readString(COPY, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Makes the sync client's access tokens live this many seconds (Keycloak's admin API). */
    private static void tokenLifespanOfTheSyncClient(int seconds) {
        String admin = Tokens.keycloakAdmin();
        String clients = Urls.keycloak() + "/admin/realms/twincities/clients";
        var found = Http.array(Http.get(clients + "?clientId=" + Tokens.SYNC_CLIENT, admin));
        var client = found.getJsonObject(0);
        var attributes = Json.createObjectBuilder(client.getJsonObject("attributes"))
                .add("access.token.lifespan", Integer.toString(seconds));
        var changed =
                Json.createObjectBuilder(client).add("attributes", attributes).build();
        var response = Http.put(clients + "/" + client.getString("id"), changed.toString(), admin, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
