package network.twincities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * What a forum administrator does with the registry, through the API: add, read, edit, remove, with
 * the conventions of the contract (201 + Location, ETag/If-Match, 409 when referenced), each change
 * in the audit log with its before and after.
 */
@SystemTest
class RegistryLifecycleIT {

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    @Test
    void territoryFromCreationToRemovalIsAudited() {
        String body =
                "{\"slug\": \"lifecycle-city\", \"kind\": \"CITY\", \"name\": {\"en\": \"Lifecycle\", \"ar\": \"دورة\"},"
                        + " \"parent\": \"marrakech-safi\", \"country\": \"MA\", \"location\": {\"lat\": 31.5, \"lon\": -8.0}}";
        var created = Http.postJson(Urls.api() + "/territories", body, admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(Urls.api() + "/territories/lifecycle-city");
        assertThat(Http.etag(created)).isEqualTo("\"1\"");
        var territory = Http.object(created);
        assertThat(territory.getString("createdBy")).isEqualTo("admin.forum");
        assertThat(territory.getString("parent")).isEqualTo("marrakech-safi");

        // children listed under their parent
        assertThat(Http.object(Http.get(Urls.api() + "/territories?parent=marrakech-safi", admin()))
                        .getJsonArray("items")
                        .toString())
                .contains("lifecycle-city");

        // GET → edit → PUT: the body as read, with a change
        var read = Http.get(Urls.api() + "/territories/lifecycle-city", admin());
        String edited = read.body().replace("\"Lifecycle\"", "\"Lifecycle City\"");
        var updated = Http.put(Urls.api() + "/territories/lifecycle-city", edited, admin(), Http.etag(read));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.etag(updated)).isEqualTo("\"2\"");

        // a stale or missing If-Match changes nothing
        assertThat(Http.put(Urls.api() + "/territories/lifecycle-city", edited, admin(), "\"1\"")
                        .statusCode())
                .isEqualTo(412);
        assertThat(Http.put(Urls.api() + "/territories/lifecycle-city", edited, admin(), null)
                        .statusCode())
                .isEqualTo(428);
        assertThat(Http.delete(Urls.api() + "/territories/lifecycle-city", admin(), null)
                        .statusCode())
                .isEqualTo(428);

        // removed: gone
        var deleted = Http.delete(Urls.api() + "/territories/lifecycle-city", admin(), "\"2\"");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(Http.get(Urls.api() + "/territories/lifecycle-city", admin()).statusCode())
                .isEqualTo(404);

        // the audit log tells it all, newest first
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=territories&id=lifecycle-city", admin()));
        var entries = audit.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("DELETE", "UPDATE", "CREATE");
        assertThat(entries).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("admin.forum"));
        var update = entries.get(1).getJsonObject("changes");
        assertThat(update.keySet()).containsExactly("name");
        assertThat(update.getJsonObject("name").getJsonObject("before").getString("en"))
                .isEqualTo("Lifecycle");
        assertThat(update.getJsonObject("name").getJsonObject("after").getString("en"))
                .isEqualTo("Lifecycle City");
        assertThat(entries.get(2)
                        .getJsonObject("changes")
                        .getJsonObject("parent")
                        .getString("after"))
                .isEqualTo("marrakech-safi");
        assertThat(entries.get(0).getJsonObject("changes").getJsonObject("slug").getString("before"))
                .isEqualTo("lifecycle-city");
    }

    @Test
    void referencedEntriesCannotBeRemoved() {
        var morocco = Http.get(Urls.api() + "/territories/morocco", admin());
        var refused = Http.delete(Urls.api() + "/territories/morocco", admin(), Http.etag(morocco));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Http.object(refused).getString("detail")).contains("below it");

        var newYork = Http.get(Urls.api() + "/territories/new-york-city", admin());
        var city = Http.delete(Urls.api() + "/territories/new-york-city", admin(), Http.etag(newYork));
        assertThat(city.statusCode()).isEqualTo(409);
        assertThat(Http.object(city).getString("detail")).contains("event");

        var fira = Http.get(Urls.api() + "/organizations/fira-barcelona", admin());
        assertThat(Http.delete(Urls.api() + "/organizations/fira-barcelona", admin(), Http.etag(fira))
                        .statusCode())
                .isEqualTo(409);
        assertThat(Http.get(Urls.api() + "/territories/morocco", admin()).body())
                .isEqualTo(morocco.body());
    }

    @Test
    void theDemoNetworkIsThere() {
        var organizations = Http.object(Http.get(Urls.api() + "/organizations?size=50", admin()));
        assertThat(organizations.getJsonArray("items").toString())
                .contains("world-smart-cities-forum", "fira-barcelona", "ma-ministry-solidarity");
        var axes = Http.object(Http.get(Urls.api() + "/axes?sdg=5", admin()));
        assertThat(axes.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("slug"))
                .containsExactly("women-empowerment");
        var event = Http.object(Http.get(Urls.api() + "/events/smart-city-expo-usa-2024", admin()));
        assertThat(event.getString("city")).isEqualTo("new-york-city");
        assertThat(event.getString("from")).isEqualTo("2024-05-21");
        assertThat(event.getString("to")).isEqualTo("2024-05-23");
        assertThat(event.getString("organizer")).isEqualTo("fira-barcelona");
        var root = Http.object(Http.get(Urls.api(), null)).getJsonObject("resources");
        assertThat(root.keySet()).contains("territories", "organizations", "axes", "events", "audit");
    }

    @Test
    void organizationAxisAndEventAreEditedLikeTerritories() {
        String admin = admin();
        var org = Http.postJson(
                Urls.api() + "/organizations",
                "{\"slug\": \"life-ngo\", \"kind\": \"NGO\", \"name\": {\"en\": \"Life NGO\"}, \"website\": \"https://ngo.example\"}",
                admin);
        assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
        var editedOrg = Http.put(
                Urls.api() + "/organizations/life-ngo",
                org.body().replace("\"NGO\"", "\"ACADEMIA\""),
                admin,
                Http.etag(org));
        assertThat(Http.object(editedOrg).getString("kind")).isEqualTo("ACADEMIA");

        var axis = Http.postJson(
                Urls.api() + "/axes",
                "{\"slug\": \"life-axis\", \"name\": {\"en\": \"Life\"}, \"sdgs\": [17, 3]}",
                admin);
        assertThat(axis.statusCode()).as(axis.body()).isEqualTo(201);
        assertThat(Http.object(axis).getJsonArray("sdgs").toString()).isEqualTo("[3,17]");

        var event = Http.postJson(
                Urls.api() + "/events",
                "{\"slug\": \"life-event\", \"name\": {\"en\": \"Life\"}, \"city\": \"rehamna\", \"organizer\": \"life-ngo\","
                        + " \"from\": \"2025-03-01\", \"to\": \"2025-03-02\"}",
                admin);
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        // the organizer is referenced now
        var ngo = Http.get(Urls.api() + "/organizations/life-ngo", admin);
        assertThat(Http.delete(Urls.api() + "/organizations/life-ngo", admin, Http.etag(ngo))
                        .statusCode())
                .isEqualTo(409);
        assertThat(Http.delete(Urls.api() + "/events/life-event", admin, Http.etag(event))
                        .statusCode())
                .isEqualTo(204);
        assertThat(Http.delete(Urls.api() + "/organizations/life-ngo", admin, Http.etag(ngo))
                        .statusCode())
                .isEqualTo(204);
    }
}
