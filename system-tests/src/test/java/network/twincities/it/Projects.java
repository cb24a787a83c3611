package network.twincities.it;

import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;

/** Projects as the tests find and make them: through the API, as a consumer would. */
public final class Projects {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    private Projects() {}

    /** A word no other project of this run has (e.g. for an externalId or a title). */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String url(String id) {
        return Urls.api() + "/projects/" + id;
    }

    /** The id of the demo data's sample project with this externalId (e.g. SAMPLE-P1). */
    public static String idOf(String externalId) {
        var page = Http.object(Http.get(
                Urls.api() + "/projects?externalId=" + Http.encode(externalId), Tokens.of(Tokens.FORUM_ADMIN)));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no project " + externalId + " in " + page))
                .getString("id");
    }

    /**
     * A project led by Casablanca-Settat with Rehamna and the forum as partners, under the MoU TCI-2024-001
     * (to which Casablanca-Settat is a party); New York City has no part in it.
     */
    public static String body(String title) {
        return """
                {"title": {"en": "%s", "fr": "Projet de test", "ar": "مشروع اختبار"},
                 "description": {"en": "Made by a test."},
                 "mou": "%s",
                 "leadTerritory": "casablanca-settat", "partners": ["rehamna", "world-smart-cities-forum"],
                 "axes": ["digital-inclusion"], "status": "ACTIVE",
                 "startDate": "2026-01-01", "endDate": "2026-12-31",
                 "budget": {"amount": 1200000.00, "currency": "MAD"}, "beneficiaries": 500,
                 "milestones": [{"title": "Kick-off", "dueDate": "2026-02-01", "done": true}],
                 "indicators": [{"name": "People trained", "unit": "people", "baseline": 0, "target": 200,
                                 "current": 50}]}""".formatted(title, Mous.idOf("TCI-2024-001"));
    }

    /** Creates a project as a forum administrator; its id. */
    public static String create(String body) {
        var created = Http.postJson(Urls.api() + "/projects", body, Tokens.of(Tokens.FORUM_ADMIN));
        if (created.statusCode() != 201) {
            throw new AssertionError("not created: " + created.statusCode() + " " + created.body());
        }
        return Http.object(created).getString("id");
    }
}
