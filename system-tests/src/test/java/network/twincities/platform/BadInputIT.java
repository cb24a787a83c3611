package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.Resources;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input against every writable resource ({@link Resources#WRITABLE}): each gets a 4xx
 * problem+json, never a 5xx, and writes nothing. A new resource joins by getting a row there.
 */
@SystemTest
class BadInputIT {

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    /** A body of arrays nested {@code depth} deep. */
    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static Stream<Arguments> hostileBodies() {
        var cases = new ArrayList<Arguments>();
        for (var resource : Resources.WRITABLE) {
            String valid = resource.body("hostile");
            cases.add(Arguments.of(resource, "arrays nested 300 000 deep", nested(300_000)));
            cases.add(Arguments.of(
                    resource,
                    "a field nested 100 deep",
                    valid.replaceFirst("\\{", "{\"deep\": " + nested(100) + ", ")));
            cases.add(Arguments.of(resource, "a number of 100 000 digits", "{\"n\": " + "9".repeat(100_000) + "}"));
            if (resource.numberField() != null) {
                for (String number : List.of("1e900000000", "-1e900000000", "1e-900000000", "1E+2147483647")) {
                    String field = resource.numberField();
                    String hostile = field.equals("sdgs")
                            ? valid.replace("[9]", "[" + number + "]")
                            : valid.replaceFirst("\"" + field + "\": \\d+", "\"" + field + "\": " + number);
                    assertThat(hostile).contains(number);
                    cases.add(Arguments.of(resource, field + " = " + number, hostile));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "POST /{0}: {1}")
    @MethodSource("hostileBodies")
    void hostileBodyIsAClientErrorAndWritesNothing(Resources resource, String what, String body) {
        long before = count(resource);
        var response = Http.postJson(Urls.api() + "/" + resource.path(), body, admin());
        assertClientProblem(response);
        assertThat(count(resource)).as("nothing written").isEqualTo(before);
    }

    @ParameterizedTest(name = "PUT /{0}: version 1e900000000")
    @MethodSource("editable")
    void hugeNumberInAReadOnlyFieldIsRefused(Resources resource) {
        String url = Urls.api() + "/" + resource.path() + "/" + resource.existing();
        var current = Http.get(url, admin());
        String body = current.body().replaceFirst("\"version\":\\d+", "\"version\":1e900000000");
        var response = Http.put(url, body, admin(), Http.etag(current));
        assertClientProblem(response);
        assertThat(Http.get(url, admin()).body()).isEqualTo(current.body());
    }

    static Stream<Resources> writable() {
        return Resources.WRITABLE.stream();
    }

    static Stream<Resources> editable() {
        return Resources.WRITABLE.stream().filter(Resources::editable);
    }

    static Stream<Arguments> hostileQueries() {
        var cases = new ArrayList<Arguments>();
        for (var resource : Resources.WRITABLE) {
            String list = "/" + resource.path();
            if (!resource.paged()) {
                cases.add(Arguments.of(list + "/" + "x".repeat(5000)));
                continue;
            }
            for (String query : List.of(
                    "?page=20000000&size=200",
                    "?page=2147483647&size=200",
                    "?page=99999999999",
                    "?page=-1",
                    "?size=0",
                    "?size=201",
                    "?size=1e9",
                    "?sort=nosuchfield,asc",
                    "?sort=name,sideways")) {
                cases.add(Arguments.of(list + query));
            }
            cases.add(Arguments.of(list + "/" + "x".repeat(5000)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("hostileQueries")
    void hostileQueryIsAClientProblem(String pathAndQuery) {
        var response = Http.send(HttpRequest.newBuilder(URI.create(Urls.api() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin())
                .GET()
                .build());
        assertClientProblem(response);
    }

    /**
     * A path with a NUL byte or bytes that are no UTF-8 is refused by the HTTP layer of Payara Micro
     * before any application code runs, with a bare 400 ("Invalid URI"): no hook of the server can give
     * it a body (see docs/api.md). It must stay a 400, never reach the application as something else.
     */
    @ParameterizedTest(name = "GET /{0}/a%00b and /%ff%fe")
    @MethodSource("writable")
    void undecodablePathIsA400(Resources resource) {
        for (String path : List.of("/a%00b", "/%ff%fe", "/a%c0%80b")) {
            var response = Http.get(Urls.api() + "/" + resource.path() + path, admin());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
        }
    }

    /**
     * Two administrators move two sibling territories below each other at the same moment: one move may
     * win, never both (which would make a cycle).
     */
    @RepeatedTest(5)
    void concurrentMovesCannotMakeACycle() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String a = "cycle-a-" + n;
        String b = "cycle-b-" + n;
        for (String slug : List.of(a, b)) {
            var created = Http.postJson(
                    Urls.api() + "/territories",
                    "{\"slug\": \"" + slug + "\", \"kind\": \"CITY\", \"name\": {\"en\": \"" + slug
                            + "\"}, \"parent\": \"morocco\"}",
                    admin());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        var executor = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> moves = List.of(() -> move(a, b), () -> move(b, a));
            var results = new ArrayList<HttpResponse<String>>();
            for (Future<HttpResponse<String>> f : executor.invokeAll(moves)) {
                results.add(f.get());
            }
            assertThat(results)
                    .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 422));
            assertThat(results.stream().filter(r -> r.statusCode() == 200)).hasSizeLessThanOrEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
        String parentOfA = parent(a);
        String parentOfB = parent(b);
        assertThat(parentOfA.equals(b) && parentOfB.equals(a))
                .as("a cycle: %s ↔ %s", a, b)
                .isFalse();
    }

    static HttpResponse<String> move(String slug, String parent) {
        String url = Urls.api() + "/territories/" + slug;
        var current = Http.get(url, admin());
        String body = "{\"kind\": \"CITY\", \"name\": {\"en\": \"" + slug + "\"}, \"parent\": \"" + parent + "\"}";
        return Http.put(url, body, admin(), Http.etag(current));
    }

    static String parent(String slug) {
        return Http.object(Http.get(Urls.api() + "/territories/" + slug, admin()))
                .getString("parent");
    }

    /** How many there are: the total of a page, or the length of a plain list. */
    static long count(Resources resource) {
        if (!resource.paged()) {
            return Http.array(Http.get(Urls.api() + "/" + resource.path(), admin()))
                    .size();
        }
        return Http.object(Http.get(Urls.api() + "/" + resource.path() + "?size=1", admin()))
                .getJsonNumber("total")
                .longValue();
    }

    static void assertClientProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(response.body())
                .startsWith("application/problem+json");
        JsonObject problem = Http.object(response);
        assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at network.");
    }
}
