package network.twincities.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCopyTest {

    @TempDir
    Path folder;

    @Test
    void takesOnlyNewerVersionsAndTombstones() {
        var copy = ProjectCopy.open(folder.resolve("copy.json"), SyncConsumer.mapper());
        assertThat(copy.upsert("p1", 2, Map.of("title", "second"))).isTrue();
        assertThat(copy.upsert("p1", 1, Map.of("title", "first"))).isFalse();
        assertThat(copy.upsert("p1", 2, Map.of("title", "again"))).isFalse();
        assertThat(copy.projects().get("p1").data()).containsEntry("title", "second");
        assertThat(copy.upsert("p1", 3, Map.of("title", "third"))).isTrue();
        assertThat(copy.delete("p1")).isTrue();
        assertThat(copy.delete("p1")).isFalse();
        assertThat(copy.projects()).isEmpty();
    }

    @Test
    void aSavedCopyOpensWithItsCursorAndTheJsonAsItWas() throws Exception {
        Path file = folder.resolve("copy.json");
        var json = SyncConsumer.mapper();
        var copy = ProjectCopy.open(file, json);
        assertThat(copy.cursor()).isNull();
        Map<String, Object> data = json.readValue(
                "{\"id\": \"p1\", \"budget\": {\"amount\": 1200000.00, \"currency\": \"MAD\"}, \"title\": {\"ar\": \"مشروع\"}}",
                Map.class);
        copy.upsert("p1", 4, data);
        copy.save("c1.MTI");

        var reopened = ProjectCopy.open(file, json);
        assertThat(reopened.cursor()).isEqualTo("c1.MTI");
        assertThat(reopened.projects().get("p1").version()).isEqualTo(4);
        assertThat(json.writeValueAsString(reopened.projects().get("p1").data()))
                .isEqualTo(
                        "{\"id\":\"p1\",\"budget\":{\"amount\":1200000.00,\"currency\":\"MAD\"},\"title\":{\"ar\":\"مشروع\"}}");
        assertThat(((Map<?, ?>) reopened.projects().get("p1").data().get("budget")).get("amount"))
                .isEqualTo(new BigDecimal("1200000.00"));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aClearedCopyStartsFromTheBeginning() {
        Path file = folder.resolve("copy.json");
        var copy = ProjectCopy.open(file, SyncConsumer.mapper());
        copy.upsert("p1", 1, Map.of());
        copy.save("c1.MTI");
        copy.clear();
        copy.save(null);
        var reopened = ProjectCopy.open(file, SyncConsumer.mapper());
        assertThat(reopened.cursor()).isNull();
        assertThat(reopened.projects()).isEmpty();
    }
}
