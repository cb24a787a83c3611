package network.twincities.examples.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import network.twincities.client.ApiClient;
import network.twincities.client.ApiException;
import network.twincities.client.api.SyncApi;
import network.twincities.client.model.Change;
import network.twincities.client.model.ChangeBatch;

/**
 * An example partner system: keeps a local copy of the network's projects by following the change feed
 * ({@code GET /sync/changes?resource=projects}) with the generated client, as the service account of an
 * API client (client credentials).
 *
 * <p>Each batch is applied to the copy and saved together with the batch's cursor ({@link ProjectCopy});
 * a restart goes on from that cursor. Upserts are taken only if newer than the copy's version,
 * deletions remove the project, and a 410 (the cursor is older than the history the feed keeps) clears
 * the copy and starts again from the beginning. {@code --follow} polls until stopped; without it the
 * program catches up and exits.
 *
 * <pre>
 * java -jar twincities-sync-consumer.jar [--api URL] [--token-url URL] [--client-id ID] [--client-secret SECRET]
 *      [--copy FILE] [--limit N] [--follow SECONDS]
 * </pre>
 *
 * Each option may be given by its environment variable instead (see {@link #USAGE}).
 */
public final class SyncConsumer {

    static final String USAGE = """
            Keeps a copy of the TwinCities Network's projects up to date from the change feed.
            Options (or environment variables):
              --api URL             TWINCITIES_API_URL        the API's base (http://localhost:8080/api/v1)
              --token-url URL       TWINCITIES_TOKEN_URL      Keycloak's token endpoint
                                    (http://localhost:8180/realms/twincities/protocol/openid-connect/token)
              --client-id ID        TWINCITIES_CLIENT_ID      the API client (twincities-sync-demo)
              --client-secret S     TWINCITIES_CLIENT_SECRET  its secret (required)
              --copy FILE           TWINCITIES_COPY           the copy and its cursor (projects-copy.json)
              --limit N             TWINCITIES_LIMIT          changes per request, 1 to 1000 (100)
              --follow SECONDS      TWINCITIES_FOLLOW         poll every SECONDS until stopped
                                                              (none: catch up and exit)
            """;

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final SyncApi api;
    private final ClientCredentials credentials;
    private final ObjectMapper json;
    private final ProjectCopy copy;
    private final int limit;
    private final Duration follow;

    SyncConsumer(Settings settings) {
        this.json = mapper();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        this.credentials = new ClientCredentials(
                http.build(), json, settings.tokenUrl(), settings.clientId(), settings.clientSecret());
        var client = new ApiClient();
        client.updateBaseUri(settings.api().toString());
        client.setHttpClientBuilder(http);
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setObjectMapper(mapper());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + credentials.token()));
        this.api = new SyncApi(client);
        this.copy = ProjectCopy.open(settings.copy(), json);
        this.limit = settings.limit();
        this.follow = settings.follow();
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.of(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        try {
            new SyncConsumer(settings).run();
        } catch (SyncException e) {
            System.err.println("Stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Catches up; with --follow, then polls until the program is stopped. */
    void run() {
        System.out.println(
                copy.cursor() == null
                        ? "Starting from the beginning of the feed"
                        : "Resuming from cursor " + copy.cursor() + " with "
                                + copy.projects().size() + " projects");
        int failures = 0;
        while (true) {
            boolean more;
            try {
                more = step();
                failures = 0;
            } catch (SyncException e) {
                if (follow == null) {
                    throw e;
                }
                // the API or Keycloak is away: wait longer each time (at most a minute), then go on
                failures++;
                Duration wait = Duration.ofSeconds(Math.min(60, 1L << Math.min(failures, 6)));
                System.out.println("Failed (" + e.getMessage() + "), trying again in " + wait.toSeconds() + " s");
                sleep(wait);
                continue;
            }
            if (more) {
                continue;
            }
            if (follow == null) {
                System.out.println("Up to date with " + copy.projects().size() + " projects, cursor " + copy.cursor());
                return;
            }
            sleep(follow);
        }
    }

    /** Fetches and applies one batch; whether more changes are there already. */
    boolean step() {
        ChangeBatch batch;
        try {
            batch = changes(copy.cursor());
        } catch (ApiException e) {
            if (e.getCode() == 410) {
                System.out.println("The cursor is older than the feed's history (410): resyncing from the beginning");
                copy.clear();
                copy.save(null);
                return true;
            }
            throw new SyncException("The feed answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
        int upserts = 0;
        int deletions = 0;
        for (Change change : batch.getChanges()) {
            if (change.getResource() != Change.ResourceEnum.PROJECTS) {
                continue;
            }
            if (change.getOp() == Change.OpEnum.DELETE) {
                deletions += copy.delete(change.getId()) ? 1 : 0;
            } else {
                Map<String, Object> data = json.convertValue(change.getData(), OBJECT);
                upserts += copy.upsert(change.getId(), change.getVersion(), data) ? 1 : 0;
            }
        }
        copy.save(batch.getNextCursor());
        if (!batch.getChanges().isEmpty()) {
            System.out.println("Applied " + batch.getChanges().size() + " changes (" + upserts + " upserts, "
                    + deletions + " deletions): " + copy.projects().size() + " projects, cursor "
                    + batch.getNextCursor());
        }
        return Boolean.TRUE.equals(batch.getHasMore());
    }

    /** One call of the feed; a 401 (the token expired on its way) is retried once with a new token. */
    private ChangeBatch changes(String cursor) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.listChanges(cursor, Integer.toString(limit), "projects");
            } catch (ApiException e) {
                if (e.getCode() == 401 && attempt == 1) {
                    System.out.println("The API refused the token (401): obtaining a new one");
                    credentials.invalidate();
                    continue;
                }
                if (e.getCode() == 0) {
                    throw new SyncException("The API did not answer: " + (e.getCause() != null ? e.getCause() : e), e);
                }
                throw e;
            }
        }
    }

    /** JSON as the API wrote it: decimals kept as they are (1200000.00 stays 1200000.00), not doubles. */
    static ObjectMapper mapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Interrupted", e);
        }
    }

    /** What the program was told, by its arguments or else the environment. */
    record Settings(
            URI api, URI tokenUrl, String clientId, String clientSecret, Path copy, int limit, Duration follow) {

        static Settings of(String[] args, Map<String, String> env) {
            var given = new java.util.HashMap<String, String>();
            var rest = new ArrayDeque<>(Arrays.asList(args));
            while (!rest.isEmpty()) {
                String option = rest.poll();
                if (!option.startsWith("--") || rest.isEmpty()) {
                    throw new IllegalArgumentException("Unknown or incomplete option: " + option);
                }
                given.put(option.substring(2), rest.poll());
            }
            String secret = value(given, env, "client-secret", null);
            if (secret == null) {
                throw new IllegalArgumentException("The client secret is required (TWINCITIES_CLIENT_SECRET)");
            }
            int limit = Integer.parseInt(value(given, env, "limit", "100"));
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("--limit must be 1 to 1000");
            }
            String follow = value(given, env, "follow", null);
            var settings = new Settings(
                    URI.create(value(given, env, "api", "http://localhost:8080/api/v1")),
                    URI.create(value(
                            given,
                            env,
                            "token-url",
                            "http://localhost:8180/realms/twincities/protocol/openid-connect/token")),
                    value(given, env, "client-id", "twincities-sync-demo"),
                    secret,
                    Path.of(value(given, env, "copy", "projects-copy.json")),
                    limit,
                    follow == null ? null : Duration.ofSeconds(Long.parseLong(follow)));
            if (!given.isEmpty()) {
                throw new IllegalArgumentException(
                        "Unknown option: --" + given.keySet().iterator().next());
            }
            return settings;
        }

        /** The option (removed from those given), else its environment variable, else the default. */
        private static String value(Map<String, String> given, Map<String, String> env, String name, String fallback) {
            String option = given.remove(name);
            if (option != null) {
                return option;
            }
            String variable = env.get("TWINCITIES_" + name.toUpperCase().replace('-', '_'));
            return variable != null ? variable : fallback;
        }
    }
}
