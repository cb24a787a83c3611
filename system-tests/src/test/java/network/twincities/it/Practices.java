package network.twincities.it;

import jakarta.json.JsonObject;

/** Best practices as the cross-cutting tests find them. */
public final class Practices {

    private static String sample;

    private Practices() {}

    /** The id of the demo network's best practice with this English title (of Morocco). */
    public static String idOf(String title) {
        var page = Http.object(
                Http.get(Urls.api() + "/best-practices?territory=morocco&size=200", Tokens.of(Tokens.FORUM_ADMIN)));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("title").getString("en", "").equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no best practice '" + title + "' in " + page))
                .getString("id");
    }

    /**
     * A practice of Casablanca-Settat that Rehamna has adopted, made once per test run (the demo network
     * reports no adoption): for the tests that need an existing adoption.
     */
    public static synchronized String adopted() {
        if (sample == null) {
            String admin = Tokens.of(Tokens.FORUM_ADMIN);
            var created = Http.postJson(
                    Urls.api() + "/best-practices",
                    "{\"title\": {\"en\": \"Sample adopted practice\"}, \"territory\": \"casablanca-settat\"}",
                    admin);
            if (created.statusCode() != 201) {
                throw new AssertionError("cannot make a practice: " + created.body());
            }
            String id = Http.object(created).getString("id");
            var adopted = Http.postJson(
                    Urls.api() + "/best-practices/" + id + "/adoptions",
                    "{\"territory\": \"rehamna\", \"status\": \"ADOPTED\"}",
                    admin);
            if (adopted.statusCode() != 201) {
                throw new AssertionError("cannot adopt it: " + adopted.body());
            }
            sample = id;
        }
        return sample;
    }
}
