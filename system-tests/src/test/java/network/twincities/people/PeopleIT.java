package network.twincities.people;

import static network.twincities.people.People.admin;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People, kept in Keycloak, through the API: a forum administrator invites an official (Keycloak e-mails
 * the set-password link in the invitee's language), lists and filters people, changes territory, roles
 * and enabled under If-Match; the last enabled forum administrator stays; each change is audited; the
 * invitee reads their profile and chooses their language; a disabled account cannot sign in.
 */
@SystemTest
class PeopleIT {

    static String people() {
        return Urls.api() + "/people";
    }

    @BeforeAll
    static void mail() {
        People.realmSendsMailToTheTests();
    }

    @Test
    void anInvitationMakesTheAccountAndKeycloakMailsTheLinkInTheInviteesLanguage() throws Exception {
        String email = People.email("salma");
        var response = Http.postJson(
                people(),
                "{\"name\": \"Salma Bennani\", \"email\": \"" + email.toUpperCase()
                        + "\", \"territory\": \"rehamna\", \"language\": \"fr\"}",
                admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var person = Http.object(response);
        String id = person.getString("id");
        assertThat(response.headers().firstValue("Location")).hasValue(people() + "/" + id);
        assertThat(Http.etag(response)).isEqualTo("\"" + person.getInt("version") + "\"");
        assertThat(person.getString("name")).isEqualTo("Salma Bennani");
        assertThat(person.getString("email")).isEqualTo(email);
        assertThat(person.getJsonArray("roles").getString(0)).isEqualTo("official");
        assertThat(person.getJsonArray("roles")).hasSize(1);
        assertThat(person.getString("territory")).isEqualTo("rehamna");
        assertThat(person.getString("language")).isEqualTo("fr");
        assertThat(person.getBoolean("enabled")).isTrue();
        assertThat(person.containsKey("lastSignIn")).isFalse();

        var mail = People.invitationTo(email);
        assertThat(mail.getSubject()).isEqualTo("Mettre à jour votre compte TwinCities Network");
        assertThat(People.link(mail)).startsWith(Urls.keycloak() + "/realms/twincities/login-actions/action-token");

        // the same address again: 409, whatever its case
        var again = Http.postJson(
                people(),
                "{\"name\": \"Salma B\", \"email\": \"" + email
                        + "\", \"territory\": \"rehamna\", \"language\": \"en\"}",
                admin());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        // audited: the invitation, by the administrator
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=people&id=" + id, admin()));
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("action")).isEqualTo("CREATE");
            assertThat(entry.getString("actor")).isEqualTo(Tokens.FORUM_ADMIN);
        });
    }

    @Test
    void anInvitationNeedsAKnownTerritoryAValidAddressAndALanguageOfTheNetwork() {
        var response = Http.postJson(
                people(),
                "{\"name\": \"Nobody\", \"email\": \"not-an-address\", \"territory\": \"atlantis\", \"language\": \"de\"}",
                admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        var fields = Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertThat(fields).contains("territory", "email", "language");
        assertThat(Http.object(Http.get(people() + "?q=nobody", admin())).getInt("total"))
                .isZero();
    }

    @Test
    void theListFiltersByTerritoryRoleAndText() {
        String email = People.email("karim");
        var karim = People.invite("Karim Alaoui", email, "casablanca-settat", "en");

        var byAll = Http.object(Http.get(
                people() + "?territory=casablanca-settat&role=official&q=" + Http.encode(email.substring(0, 14)),
                admin()));
        assertThat(byAll.getInt("total")).isEqualTo(1);
        assertThat(byAll.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(karim.getString("id"));

        var otherTerritory = Http.object(Http.get(people() + "?territory=rehamna&q=" + Http.encode(email), admin()));
        assertThat(otherTerritory.getInt("total")).isZero();

        var admins = Http.object(Http.get(people() + "?role=forum-admin", admin()));
        assertThat(admins.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("email"))
                .contains("admin.forum@twincities.example")
                .doesNotContain(email);
        // no API client among people
        assertThat(Http.object(Http.get(people() + "?size=200", admin()))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("email", ""))
                .allSatisfy(e -> assertThat(e).doesNotContain("service-account"));
        // someone who signed in shows when
        var forumAdmin = admins.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").equals("admin.forum@twincities.example"))
                .findFirst()
                .orElseThrow();
        assertThat(forumAdmin.getString("lastSignIn")).isNotBlank();

        assertThat(Http.get(people() + "?size=201", admin()).statusCode()).isEqualTo(400);
        assertThat(Http.get(people() + "?role=owner", admin()).statusCode()).isEqualTo(400);
        assertThat(Http.get(people() + "?sort=name,desc&size=1", admin()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void changesNeedTheCurrentETagAndAreAudited() {
        String email = People.email("nadia");
        var nadia = People.invite("Nadia Tazi", email, "rehamna", "ar");
        String url = people() + "/" + nadia.getString("id");
        var current = Http.get(url, admin());
        assertThat(current.statusCode()).isEqualTo(200);
        String etag = Http.etag(current);
        String moved = "{\"territory\": \"casablanca-settat\", \"roles\": [\"official\"], \"enabled\": true}";

        assertThat(Http.put(url, moved, admin(), null).statusCode()).isEqualTo(428);
        assertThat(Http.put(url, moved, admin(), "\"1\"").statusCode()).isEqualTo(412);
        // read-only fields only with their current values
        var renamed = Http.put(url, moved.replace("{", "{\"name\": \"Someone Else\", "), admin(), etag);
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(422);
        assertThat(renamed.body()).contains("\"name\"");
        var unknownTerritory = Http.put(url, moved.replace("casablanca-settat", "atlantis"), admin(), etag);
        assertThat(unknownTerritory.statusCode()).isEqualTo(422);
        var unknownRole = Http.put(url, moved.replace("[\"official\"]", "[\"owner\"]"), admin(), etag);
        assertThat(unknownRole.statusCode()).isEqualTo(422);

        // GET → edit → PUT with everything it read
        String whole = current.body().replace("\"rehamna\"", "\"casablanca-settat\"");
        var changed = Http.put(url, whole, admin(), etag);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.object(changed).getString("territory")).isEqualTo("casablanca-settat");
        assertThat(Http.etag(changed)).isNotEqualTo(etag);
        assertThat(Http.put(url, moved, admin(), etag).statusCode())
                .as("the old ETag is stale")
                .isEqualTo(412);

        // grant forum-admin, then withdraw it
        var granted = Http.put(
                url,
                "{\"territory\": \"casablanca-settat\", \"roles\": [\"official\", \"forum-admin\"], \"enabled\": true}",
                admin(),
                Http.etag(changed));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(Http.object(granted).getJsonArray("roles").toString()).isEqualTo("[\"official\",\"forum-admin\"]");
        var withdrawn = Http.put(url, moved, admin(), Http.etag(granted));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        var entries = Http.object(Http.get(
                        Urls.api() + "/audit?sort=at,asc&resource=people&id=" + nadia.getString("id"), admin()))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(entries)
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
        assertThat(entries.get(1).toString())
                .contains("territory")
                .contains("rehamna")
                .contains("casablanca-settat");
        assertThat(entries.get(2).toString()).contains("roles").contains("forum-admin");
    }

    @Test
    void theLastEnabledForumAdministratorKeepsTheRoleAndTheAccount() {
        String forumAdmin = People.idOf("admin.forum");
        String url = people() + "/" + forumAdmin;
        var current = Http.get(url, admin());
        var withdrawn = Http.put(
                url,
                "{\"territory\": \"rehamna\", \"roles\": [\"official\"], \"enabled\": true}",
                admin(),
                Http.etag(current));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(409);
        assertThat(withdrawn.body()).contains("last enabled forum administrator");
        var disabled = Http.put(url, "{\"roles\": [\"forum-admin\"], \"enabled\": false}", admin(), Http.etag(current));
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(409);
        assertThat(Http.object(Http.get(url, admin())).getBoolean("enabled")).isTrue();

        // with a second administrator, who is then disabled, the first is the last again
        var second = People.invite("Second Admin", People.email("second"), "rehamna", "en");
        String secondUrl = people() + "/" + second.getString("id");
        var promoted = Http.put(
                secondUrl,
                "{\"territory\": \"rehamna\", \"roles\": [\"official\", \"forum-admin\"], \"enabled\": true}",
                admin(),
                Http.etag(Http.get(secondUrl, admin())));
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        var off = Http.put(
                secondUrl,
                "{\"territory\": \"rehamna\", \"roles\": [\"official\", \"forum-admin\"], \"enabled\": false}",
                admin(),
                Http.etag(promoted));
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Http.put(
                                url,
                                "{\"roles\": [\"forum-admin\"], \"enabled\": false}",
                                admin(),
                                Http.etag(Http.get(url, admin())))
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void theInviteeReadsTheirProfileChoosesTheirLanguageAndADisabledAccountCannotSignIn() {
        String email = People.email("omar");
        var omar = People.invite("Omar Fassi", email, "rehamna", "en");
        String id = omar.getString("id");
        People.setPassword(id, "omar-password-1");
        var signedIn = People.signIn(email, "omar-password-1");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String token = Http.object(signedIn).getString("access_token");

        var me = Http.get(Urls.api() + "/me", token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        var profile = Http.object(me);
        assertThat(profile.getString("id")).isEqualTo(id);
        assertThat(profile.getString("name")).isEqualTo("Omar Fassi");
        assertThat(profile.getString("territory")).isEqualTo("rehamna");
        assertThat(profile.getJsonArray("roles").toString()).isEqualTo("[\"official\"]");
        assertThat(profile.getString("language")).isEqualTo("en");

        // only the language is the person's to change
        var moved = Http.put(
                Urls.api() + "/me", me.body().replace("\"rehamna\"", "\"casablanca-settat\""), token, Http.etag(me));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(422);
        var promoted = Http.put(
                Urls.api() + "/me",
                me.body().replace("[\"official\"]", "[\"official\",\"forum-admin\"]"),
                token,
                Http.etag(me));
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(422);
        assertThat(Http.put(Urls.api() + "/me", "{\"language\": \"ar\"}", token, null)
                        .statusCode())
                .isEqualTo(428);
        var arabic = Http.put(
                Urls.api() + "/me",
                me.body().replace("\"language\":\"en\"", "\"language\":\"ar\""),
                token,
                Http.etag(me));
        assertThat(arabic.statusCode()).as(arabic.body()).isEqualTo(200);
        assertThat(Http.object(arabic).getString("language")).isEqualTo("ar");
        assertThat(Http.object(Http.get(people() + "/" + id, admin())).getString("language"))
                .isEqualTo("ar");
        var locale = Http.object(
                        Http.get(Urls.keycloak() + "/admin/realms/twincities/users/" + id, Tokens.keycloakAdmin()))
                .getJsonObject("attributes")
                .getJsonArray("locale")
                .getString(0);
        assertThat(locale).isEqualTo("ar");

        // the administrator disables the account: its sessions end and it cannot sign in again
        assertThat(People.sessions(id)).isPositive();
        var current = Http.get(people() + "/" + id, admin());
        var disabled = Http.put(
                people() + "/" + id,
                "{\"territory\": \"rehamna\", \"roles\": [\"official\"], \"enabled\": false}",
                admin(),
                Http.etag(current));
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(People.sessions(id)).isZero();
        assertThat(People.signIn(email, "omar-password-1").statusCode()).isNotEqualTo(200);
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=people&id=" + id, admin()));
        assertThat(audit.toString()).contains("enabled");
    }

    @Test
    void anApiClientHasNoProfile() {
        var response = Http.get(Urls.api() + "/me", Tokens.syncClient());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("API client");
    }
}
