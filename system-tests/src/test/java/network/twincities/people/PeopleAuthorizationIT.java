package network.twincities.people;

import static network.twincities.people.People.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation on people × every kind of caller, with real Keycloak tokens: forum administrators manage
 * people; officials and API clients get 403, anonymous callers 401; a refused call changes nothing. Every
 * person reads their own profile and sets their language; an API client has none (403).
 */
@SystemTest
class PeopleAuthorizationIT {

    enum Caller {
        ANONYMOUS(() -> null),
        OFFICIAL(() -> Tokens.of(Tokens.OFFICIAL_REHAMNA)),
        API_CLIENT(Tokens::syncClient),
        FORUM_ADMIN(() -> Tokens.of(Tokens.FORUM_ADMIN));

        final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }

        int manages() {
            return switch (this) {
                case ANONYMOUS -> 401;
                case OFFICIAL, API_CLIENT -> 403;
                case FORUM_ADMIN -> 200;
            };
        }

        int profile() {
            return switch (this) {
                case ANONYMOUS -> 401;
                case API_CLIENT -> 403;
                case OFFICIAL, FORUM_ADMIN -> 200;
            };
        }
    }

    @BeforeAll
    static void mail() {
        People.realmSendsMailToTheTests();
    }

    static String people() {
        return Urls.api() + "/people";
    }

    @ParameterizedTest(name = "people by {0}")
    @EnumSource(Caller.class)
    void managingPeopleIsForForumAdministrators(Caller caller) {
        String token = caller.token.get();
        int expected = caller.manages();
        assertThat(Http.get(people(), token).statusCode()).as("list").isEqualTo(expected);

        String email = People.email("az-" + caller.name().toLowerCase().replace('_', '-'));
        var invited = Http.postJson(
                people(),
                "{\"name\": \"Az Test\", \"email\": \"" + email
                        + "\", \"territory\": \"rehamna\", \"language\": \"en\"}",
                token);
        assertThat(invited.statusCode()).as("invite " + invited.body()).isEqualTo(expected == 200 ? 201 : expected);
        assertThat(Http.object(Http.get(people() + "?q=" + Http.encode(email), admin()))
                        .getInt("total"))
                .as("invited only by an admin")
                .isEqualTo(expected == 200 ? 1 : 0);

        String target = People.invite("Az Target", People.email("az-target"), "rehamna", "en")
                .getString("id");
        String url = people() + "/" + target;
        var current = Http.get(url, admin());
        var read = Http.get(url, token);
        assertThat(read.statusCode()).as("get").isEqualTo(expected);
        if (expected != 200) {
            assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }

        var changed = Http.put(
                url,
                "{\"territory\": \"casablanca-settat\", \"roles\": [\"official\"], \"enabled\": true}",
                token,
                Http.etag(current));
        assertThat(changed.statusCode()).as("update " + changed.body()).isEqualTo(expected);
        String territory = Http.object(Http.get(url, admin())).getString("territory");
        assertThat(territory)
                .as("changed only by an admin")
                .isEqualTo(expected == 200 ? "casablanca-settat" : "rehamna");
    }

    @ParameterizedTest(name = "own profile of {0}")
    @EnumSource(Caller.class)
    void everyPersonHasTheirOwnProfile(Caller caller) {
        String token = caller.token.get();
        var me = Http.get(Urls.api() + "/me", token);
        assertThat(me.statusCode()).as("read " + me.body()).isEqualTo(caller.profile());
        if (caller.profile() != 200) {
            var put = Http.put(Urls.api() + "/me", "{\"language\": \"fr\"}", token, "\"1\"");
            assertThat(put.statusCode()).as("edit " + put.body()).isEqualTo(caller.profile());
            return;
        }
        var profile = Http.object(me);
        String language = profile.getString("language");
        var put = Http.put(Urls.api() + "/me", me.body(), token, Http.etag(me));
        assertThat(put.statusCode()).as("edit " + put.body()).isEqualTo(200);
        assertThat(Http.object(put).getString("language")).isEqualTo(language);
    }
}
