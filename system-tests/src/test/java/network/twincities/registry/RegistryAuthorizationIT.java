package network.twincities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the network registry × every kind of caller, with real Keycloak tokens: forum
 * administrators write, everyone authenticated reads, anonymous callers get 401; a refused call
 * changes nothing.
 */
@SystemTest
class RegistryAuthorizationIT {

    /** The callers: anonymous, an official of the territory concerned and of another, an API client, an admin. */
    enum Caller {
        ANONYMOUS(() -> null),
        OFFICIAL_OF_TERRITORY(() -> Tokens.of(Tokens.OFFICIAL_CASABLANCA)),
        OFFICIAL_OF_OTHER_TERRITORY(() -> Tokens.of(Tokens.OFFICIAL_NEWYORK)),
        API_CLIENT(Tokens::syncClient),
        FORUM_ADMIN(() -> Tokens.of(Tokens.FORUM_ADMIN));

        final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }

        boolean writes() {
            return this == FORUM_ADMIN;
        }
    }

    /** A resource of the registry, with a valid body for a new entry; the territory concerned is casablanca-settat. */
    record Resource(String path, String body, boolean deletable) {
        String create(String slug) {
            return body.replace("$SLUG", slug);
        }
    }

    static final List<Resource> RESOURCES = List.of(
            new Resource(
                    "territories",
                    "{\"slug\": \"$SLUG\", \"kind\": \"CITY\", \"parent\": \"casablanca-settat\", \"name\": {\"en\": \"$SLUG\"}}",
                    true),
            new Resource(
                    "organizations", "{\"slug\": \"$SLUG\", \"kind\": \"NGO\", \"name\": {\"en\": \"$SLUG\"}}", true),
            new Resource("axes", "{\"slug\": \"$SLUG\", \"name\": {\"en\": \"$SLUG\"}, \"sdgs\": [11]}", false),
            new Resource(
                    "events",
                    "{\"slug\": \"$SLUG\", \"name\": {\"en\": \"$SLUG\"}, \"city\": \"casablanca-settat\","
                            + " \"from\": \"2025-01-10\", \"to\": \"2025-01-11\"}",
                    true));

    static Stream<Arguments> matrix() {
        var rows = new ArrayList<Arguments>();
        for (var resource : RESOURCES) {
            for (var caller : Caller.values()) {
                rows.add(Arguments.of(resource.path(), caller, resource));
            }
        }
        return rows.stream();
    }

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static String url(Resource resource, String slug) {
        return Urls.api() + "/" + resource.path() + (slug == null ? "" : "/" + slug);
    }

    static String slug(Resource resource, Caller caller) {
        return "az-" + resource.path() + "-" + caller.ordinal();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void everyOperation(String path, Caller caller, Resource resource) {
        String token = caller.token.get();
        int readStatus = caller == Caller.ANONYMOUS ? 401 : 200;
        int writeStatus = caller == Caller.ANONYMOUS ? 401 : 403;

        // list and read
        assertThat(Http.get(url(resource, null), token).statusCode()).as("list").isEqualTo(readStatus);
        String existing = fixture(resource, slug(resource, caller) + "-x");
        var current = Http.get(url(resource, existing), admin());
        assertThat(Http.get(url(resource, existing), token).statusCode())
                .as("get")
                .isEqualTo(readStatus);

        // create
        String fresh = slug(resource, caller) + "-new";
        var created = Http.postJson(url(resource, null), resource.create(fresh), token);
        assertThat(created.statusCode()).as("create " + created.body()).isEqualTo(caller.writes() ? 201 : writeStatus);
        assertThat(Http.get(url(resource, fresh), admin()).statusCode())
                .as("created only by an admin")
                .isEqualTo(caller.writes() ? 200 : 404);

        // update
        String edited = resource.create(existing).replace("\"en\": \"" + existing + "\"", "\"en\": \"Edited\"");
        var updated = Http.put(url(resource, existing), edited, token, Http.etag(current));
        assertThat(updated.statusCode()).as("update " + updated.body()).isEqualTo(caller.writes() ? 200 : writeStatus);
        var after = Http.get(url(resource, existing), admin());
        if (caller.writes()) {
            assertThat(Http.object(after).getJsonObject("name").getString("en")).isEqualTo("Edited");
        } else {
            assertThat(after.body()).as("a refused update changes nothing").isEqualTo(current.body());
        }

        // delete
        var deleted = Http.delete(url(resource, existing), token, Http.etag(after));
        int expected =
                !resource.deletable() ? (caller == Caller.ANONYMOUS ? 401 : 405) : caller.writes() ? 204 : writeStatus;
        assertThat(deleted.statusCode()).as("delete " + deleted.body()).isEqualTo(expected);
        assertThat(Http.get(url(resource, existing), admin()).statusCode())
                .as("deleted only by an admin")
                .isEqualTo(resource.deletable() && caller.writes() ? 404 : 200);
    }

    @ParameterizedTest(name = "audit by {0}")
    @org.junit.jupiter.params.provider.EnumSource(Caller.class)
    void auditLogIsForForumAdministrators(Caller caller) {
        var response = Http.get(Urls.api() + "/audit?resource=territories", caller.token.get());
        int expected = caller == Caller.ANONYMOUS ? 401 : caller.writes() ? 200 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith(expected == 200 ? "application/json" : "application/problem+json");
    }

    /** An entry created by the admin for the test, unless it exists from an earlier run's failure. */
    static String fixture(Resource resource, String slug) {
        var response = Http.postJson(url(resource, null), resource.create(slug), admin());
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
        return slug;
    }
}
