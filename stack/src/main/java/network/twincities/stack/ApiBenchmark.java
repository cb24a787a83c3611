package network.twincities.stack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Measures the API of a running system (the local run: {@code ./run.sh}) from outside, as a consumer
 * would: latency percentiles and throughput of the API root (anonymous and with a token) and of one
 * authenticated read, which show what authenticating a request costs; of reading the directory,
 * reading one territory, and editing one (GET → PUT with If-Match). Bounded in requests and in time;
 * loopback only. Run with {@code ./bench.sh}.
 */
public final class ApiBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private ApiBenchmark() {}

    /** No scenario runs longer than this, whatever its number of requests. */
    static final long MAX_SECONDS_PER_SCENARIO = 60;

    record Result(String name, int requests, int errors, double seconds, long[] micros) {
        double throughput() {
            return requests / seconds;
        }

        String line() {
            Arrays.sort(micros);
            return String.format(
                    "%-34s %6d req %4d err %8.1f req/s   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms",
                    name, requests, errors, requests / seconds, percentile(50), percentile(95), percentile(99));
        }

        double percentile(int p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * micros.length) - 1;
            return micros[Math.max(0, index)] / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        var settings = Settings.fromSystem();
        String api = settings.get(
                "twincities.api.url", "http://localhost:" + settings.port("twincities.http.port", 8080) + "/api/v1");
        String keycloak = settings.get(
                "twincities.oidc.issuer",
                "http://localhost:" + settings.port("twincities.keycloak.port", 8180) + "/realms/twincities");
        int clients = Integer.parseInt(settings.get("twincities.bench.clients", "4"));
        int requests = Integer.parseInt(settings.get("twincities.bench.requests", "2000"));
        String host = URI.create(api).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("The benchmark only targets this machine (localhost), not " + host);
        }
        String token = token(keycloak);
        System.out.printf("TwinCities API benchmark: %s, %d concurrent clients%n%n", api, clients);

        // the territory that the write scenario edits, created once
        send(HttpRequest.newBuilder(URI.create(api + "/territories"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"slug\": \"bench-city\", \"kind\": \"CITY\", \"name\": {\"en\": \"Bench\"}, \"parent\": \"rehamna\"}"))
                .build());

        // what authentication costs: the anonymous root, the same with a token, one authenticated read
        String axis = api + "/axes/digital-inclusion";
        for (String url : List.of(api, axis)) {
            run("warm-up (not counted)", clients, 2_000, i -> get(url, token));
        }
        run("warm-up (not counted)", clients, 2_000, i -> get(api, null));
        // in alternating rounds, so that a change of load on the machine weighs on the three alike
        var compared = interleaved(
                clients,
                requests * 5,
                new Scenario("GET / (anonymous)", i -> get(api, null)),
                new Scenario("GET / (with a token)", i -> get(api, token)),
                new Scenario("GET /axes/{slug}", i -> get(axis, token)));
        var root = compared.get(0);
        var rootWithToken = compared.get(1);
        var axisRead = compared.get(2);

        run("warm-up (not counted)", clients, 300, i -> get(api + "/territories?size=20", token));
        var results = new ArrayList<Result>(List.of(root, rootWithToken, axisRead));
        results.add(run("GET /territories?size=20", clients, requests, i -> get(api + "/territories?size=20", token)));
        results.add(run(
                "GET /territories?q=…&kind=…",
                clients,
                requests,
                i -> get(api + "/territories?q=ra&kind=PROVINCE", token)));
        results.add(run(
                "GET /territories/{slug}", clients, requests, i -> get(api + "/territories/casablanca-settat", token)));
        results.add(run(
                "GET /audit?resource=territories",
                clients,
                requests / 4,
                i -> get(api + "/audit?resource=territories&size=20", token)));
        results.add(run(
                "GET then PUT /territories/{slug}",
                1,
                requests / 10,
                i -> edit(api + "/territories/bench-city", token, i)));
        System.out.println();
        results.forEach(r -> System.out.println(r.line()));
        System.out.println();
        System.out.printf(
                "throughput relative to the anonymous root: with a token %.2f, authenticated axis read %.2f"
                        + " (target: the axis read at least 0.50)%n",
                rootWithToken.throughput() / root.throughput(), axisRead.throughput() / root.throughput());
    }

    record Scenario(String name, IntFunction<Integer> call) {}

    static final int ROUNDS = 5;

    /** Runs the scenarios in {@link #ROUNDS} alternating rounds; one result each, of all its rounds. */
    static List<Result> interleaved(int clients, int total, Scenario... scenarios) throws Exception {
        var parts = new ArrayList<List<Result>>();
        for (int i = 0; i < scenarios.length; i++) {
            parts.add(new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < scenarios.length; i++) {
                parts.get(i)
                        .add(run(
                                scenarios[i].name(),
                                clients,
                                total / ROUNDS,
                                scenarios[i].call(),
                                MAX_SECONDS_PER_SCENARIO / ROUNDS));
            }
        }
        var results = new ArrayList<Result>();
        for (int i = 0; i < scenarios.length; i++) {
            var rounds = parts.get(i);
            results.add(new Result(
                    scenarios[i].name(),
                    rounds.stream().mapToInt(Result::requests).sum(),
                    rounds.stream().mapToInt(Result::errors).sum(),
                    rounds.stream().mapToDouble(Result::seconds).sum(),
                    rounds.stream()
                            .flatMapToLong(r -> Arrays.stream(r.micros()))
                            .toArray()));
        }
        return results;
    }

    static Result run(String name, int clients, int total, IntFunction<Integer> call) throws Exception {
        return run(name, clients, total, call, MAX_SECONDS_PER_SCENARIO);
    }

    static Result run(String name, int clients, int total, IntFunction<Integer> call, long maxSeconds)
            throws Exception {
        var next = new AtomicInteger();
        var done = new AtomicInteger();
        var errors = new AtomicInteger();
        long[] micros = new long[total];
        Arrays.fill(micros, -1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + maxSeconds * 1_000_000_000L;
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    if (t > deadline) {
                        break;
                    }
                    int status = call.apply(i);
                    micros[i] = (System.nanoTime() - t) / 1000;
                    done.incrementAndGet();
                    if (status >= 400) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (var worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        // stopped at the deadline: only the requests that ran count (their slots are the filled ones)
        long[] measured = done.get() == total
                ? micros
                : Arrays.stream(micros).filter(m -> m >= 0).toArray();
        return new Result(name, measured.length, errors.get(), seconds, measured);
    }

    /** A GET, anonymous when the token is null. */
    static int get(String url, String token) {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build()).statusCode();
    }

    static int edit(String url, String token, int i) {
        var read = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        String etag = read.headers().firstValue("ETag").orElse("\"0\"");
        String body = "{\"kind\": \"CITY\", \"name\": {\"en\": \"Bench " + i + "\"}, \"parent\": \"rehamna\","
                + " \"population\": " + (1000 + i) + "}";
        return send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("If-Match", etag)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build())
                .statusCode();
    }

    /** A token of the demo forum administrator (password grant of the demo's CLI client). */
    static String token(String issuer) {
        return token(issuer, "grant_type=password&client_id=twincities-cli&username=admin.forum&password=demo");
    }

    /** A token of the demo sync client (client credentials; territory Rehamna). */
    static String syncToken(String issuer) {
        return token(
                issuer, "grant_type=client_credentials&client_id=twincities-sync-demo&client_secret=demo-sync-secret");
    }

    private static String token(String issuer, String form) {
        var response = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        var matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException(
                    "No token from " + issuer + ": " + response.statusCode() + ". Is the system running (./run.sh)?");
        }
        return matcher.group(1);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
