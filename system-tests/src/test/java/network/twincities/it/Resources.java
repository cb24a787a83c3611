package network.twincities.it;

import java.util.List;
import java.util.function.Supplier;

/**
 * The API's writable resources, as the cross-cutting tests (hostile input, authorization) run through
 * them: a new resource joins every such test by getting a row here.
 *
 * @param path the collection's path below the API root
 * @param existingId the id of one that the demo data has: its slug, or looked up where the server made it
 * @param validBody a body POST accepts, with {@code $N} where a unique suffix goes
 * @param numberField a numeric field of the body (for hostile numbers), or null
 * @param paged whether its list is a page ({@code ?page=&size=&sort=}, {@code total}) or a plain array
 * @param editable whether its items are edited by PUT; else it is a list that only grows (e.g. a
 *     project's progress updates) or whose items are only issued and revoked (partner systems)
 */
public record Resources(
        String path,
        Supplier<String> existingId,
        String validBody,
        String numberField,
        boolean paged,
        boolean editable) {

    /** Where a path names {@link Practices#adopted()}, made when first asked for. */
    static final String ADOPTED_PRACTICE = "{adopted-practice}";

    /** In the path, the id of the demo data's sample project, looked up when needed. */
    static final String SAMPLE_PROJECT = "{sample-project}";

    public Resources(String path, Supplier<String> existingId, String validBody, String numberField) {
        this(path, existingId, validBody, numberField, true, true);
    }

    public static final List<Resources> WRITABLE = List.of(
            new Resources(
                    "territories",
                    () -> "rehamna",
                    "{\"slug\": \"t-$N\", \"kind\": \"CITY\", \"name\": {\"en\": \"T\"}, \"population\": 1000}",
                    "population"),
            new Resources(
                    "organizations",
                    () -> "world-smart-cities-forum",
                    "{\"slug\": \"o-$N\", \"kind\": \"NGO\", \"name\": {\"en\": \"O\"}}",
                    null),
            new Resources(
                    "axes",
                    () -> "digital-inclusion",
                    "{\"slug\": \"a-$N\", \"name\": {\"en\": \"A\"}, \"sdgs\": [9]}",
                    "sdgs"),
            new Resources(
                    "events",
                    () -> "smart-city-expo-usa-2024",
                    "{\"slug\": \"e-$N\", \"name\": {\"en\": \"E\"}, \"city\": \"rehamna\", \"from\": \"2024-05-21\","
                            + " \"to\": \"2024-05-22\"}",
                    null),
            new Resources(
                    "mous",
                    () -> Mous.idOf("SAMPLE-DRAFT-1"),
                    "{\"reference\": \"BAD-$N\", \"title\": {\"en\": \"M\"}, \"parties\": [{\"territory\": \"rehamna\","
                            + " \"role\": \"SIGNATORY\"}], \"effectiveFrom\": \"2026-01-01\"}",
                    null),
            new Resources(
                    "best-practices",
                    () -> Practices.idOf("AMO Tadamon: compulsory health insurance for vulnerable groups"),
                    "{\"title\": {\"en\": \"P $N\"}, \"territory\": \"rehamna\", \"axes\": [\"social-protection\"],"
                            + " \"outcomes\": [{\"indicator\": \"people\", \"value\": 1000, \"unit\": \"people\"}],"
                            + " \"tags\": [\"t\"]}",
                    "value"),
            new Resources(
                    "best-practices/" + ADOPTED_PRACTICE + "/adoptions",
                    () -> "rehamna",
                    "{\"territory\": \"new-york-city\", \"status\": \"PLANNED\", \"notes\": \"$N\"}",
                    null,
                    false,
                    true),
            new Resources(
                    "projects",
                    () -> Projects.idOf("SAMPLE-P1"),
                    "{\"title\": {\"en\": \"P $N\"}, \"leadTerritory\": \"rehamna\", \"beneficiaries\": 1000}",
                    "beneficiaries"),
            new Resources(
                    "projects/" + SAMPLE_PROJECT + "/updates",
                    () -> null,
                    "{\"text\": \"U $N\", \"progress\": 10}",
                    "progress",
                    false,
                    false),
            new Resources(
                    "partner-systems",
                    () -> null,
                    "{\"name\": \"Partner $N\", \"territory\": \"rehamna\"}",
                    null,
                    true,
                    false),
            new Resources(
                    "people",
                    () -> network.twincities.people.People.idOf("official.newyork"),
                    "{\"name\": \"P $N\", \"email\": \"p-$N@people.test\", \"territory\": \"rehamna\","
                            + " \"language\": \"en\"}",
                    null));

    /** The collection's path below the API root, ids looked up (a practice made first where it is below one). */
    @Override
    public String path() {
        if (path.contains(ADOPTED_PRACTICE)) {
            return path.replace(ADOPTED_PRACTICE, Practices.adopted());
        }
        return path.contains(SAMPLE_PROJECT) ? path.replace(SAMPLE_PROJECT, Projects.idOf("SAMPLE-P1")) : path;
    }

    /** The id of the one the demo data has. */
    public String existing() {
        return existingId.get();
    }

    /** The valid body with a unique suffix. */
    public String body(String suffix) {
        return validBody.replace("$N", suffix);
    }

    @Override
    public String toString() {
        return path;
    }
}
