package network.twincities.it;

import jakarta.json.JsonObject;

/** MoUs as the tests find them: by their reference, as an API consumer would. */
public final class Mous {

    private Mous() {}

    /** The server-made id of the MoU with this reference. */
    public static String idOf(String reference) {
        var page =
                Http.object(Http.get(Urls.api() + "/mous?q=" + Http.encode(reference), Tokens.of(Tokens.FORUM_ADMIN)));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("reference").equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no MoU " + reference + " in " + page))
                .getString("id");
    }
}
