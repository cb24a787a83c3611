package network.twincities.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChangesTest {

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void namesOnlyTheChangedFieldsWithBeforeAndAfter() {
        var before = json(
                "{\"slug\": \"rehamna\", \"population\": 300000, \"name\": {\"en\": \"Rehamna\"}, \"version\": 1}");
        var after = json(
                "{\"slug\": \"rehamna\", \"population\": 315077, \"name\": {\"en\": \"Rehamna\", \"fr\": \"Rehamna\"},"
                        + " \"version\": 2, \"updatedAt\": \"2024-05-22T14:00:00Z\"}");
        var changes = Changes.between(before, after);
        assertThat(changes.keySet()).containsExactly("name", "population");
        assertThat(changes.getJsonObject("population").getInt("before")).isEqualTo(300000);
        assertThat(changes.getJsonObject("population").getInt("after")).isEqualTo(315077);
        assertThat(changes.getJsonObject("name").getJsonObject("after").getString("fr"))
                .isEqualTo("Rehamna");
    }

    @Test
    void aCreationHasOnlyAfterAndADeletionOnlyBefore() {
        var territory = json("{\"slug\": \"rehamna\", \"membership\": \"MEMBER\"}");
        assertThat(Changes.between(null, territory).getJsonObject("membership").get("before"))
                .isEqualTo(jakarta.json.JsonValue.NULL);
        assertThat(Changes.between(territory, null).getJsonObject("slug").getString("before"))
                .isEqualTo("rehamna");
    }

    @Test
    void aFieldThatDisappearsIsAChange() {
        var changes = Changes.between(json("{\"parent\": \"morocco\"}"), json("{}"));
        assertThat(changes.getJsonObject("parent").getString("before")).isEqualTo("morocco");
        assertThat(changes.getJsonObject("parent").get("after")).isEqualTo(jakarta.json.JsonValue.NULL);
    }
}
