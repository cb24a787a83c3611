package network.twincities.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import network.twincities.platform.problem.Problem.FieldError;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;

class InputTest {

    static Input input(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return Input.of(reader.readObject());
        }
    }

    static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void readsValidFields() {
        var in = input("""
                {"slug": "rehamna", "kind": "PROVINCE", "name": {"en": "Rehamna", "ar": "إقليم الرحامنة"},
                 "population": 315077, "location": {"lat": 32.2, "lon": -7.9}, "from": "2024-05-21", "sdgs": [9, 10]}""");
        assertThat(in.slug("slug", true)).isEqualTo("rehamna");
        assertThat(in.enumValue("kind", TerritoryKind.class, true)).isEqualTo(TerritoryKind.PROVINCE);
        var name = in.text("name", true, true, 200);
        assertThat(name.en()).isEqualTo("Rehamna");
        assertThat(name.ar()).isEqualTo("إقليم الرحامنة");
        assertThat(name.fr()).isNull();
        assertThat(in.integer("population", 0, Long.MAX_VALUE, false)).isEqualTo(315077L);
        assertThat(in.object("location", false).decimal("lat", -90, 90, true)).isEqualTo(32.2);
        assertThat(in.date("from", true)).isEqualTo(LocalDate.of(2024, 5, 21));
        assertThat(in.integers("sdgs", 1, 17, false)).containsExactly(9, 10);
        in.validate();
    }

    @Test
    void collectsEveryBadFieldIntoOne422() {
        var in = input("""
                {"slug": "Bad Slug!", "kind": "PLANET", "name": {"fr": "Sans anglais", "xx": "?"},
                 "population": -3, "location": {"lat": 91}, "country": "Morocco", "from": "21/05/2024",
                 "sdgs": [0, 9, 9, "ten"], "website": "ftp://example.org"}""");
        in.slug("slug", true);
        in.enumValue("kind", TerritoryKind.class, true);
        in.text("name", true, true, 200);
        in.integer("population", 0, 100, false);
        var location = in.object("location", false);
        location.decimal("lat", -90, 90, true);
        location.decimal("lon", -180, 180, true);
        in.country("country");
        in.date("from", true);
        in.integers("sdgs", 1, 17, false);
        in.url("website");
        in.string("isoCode", true, 16);

        assertThatThrownBy(in::validate).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                            "slug",
                            "kind",
                            "name.xx",
                            "name.en",
                            "population",
                            "location.lat",
                            "location.lon",
                            "country",
                            "from",
                            "sdgs[0]",
                            "sdgs[2]",
                            "sdgs[3]",
                            "website",
                            "isoCode");
        });
    }

    @Test
    void wrongTypesAreFieldErrors() {
        var in = input("{\"name\": \"not an object\", \"population\": \"many\", \"slug\": 42, \"sdgs\": 9}");
        in.text("name", true, true, 200);
        in.integer("population", 0, 100, false);
        in.slug("slug", true);
        in.integers("sdgs", 1, 17, false);
        assertThat(in.errors()).extracting(FieldError::field).containsExactly("name", "population", "slug", "sdgs");
    }

    @Test
    void limitsLengthInCharactersNotBytes() {
        String arabic200 = "ع".repeat(200);
        var in = input("{\"name\": {\"en\": \"x\", \"ar\": \"" + arabic200 + "\"}, \"long\": {\"en\": \""
                + "y".repeat(201) + "\"}}");
        assertThat(in.text("name", true, true, 200).ar()).hasSize(200);
        in.text("long", true, true, 200);
        assertThat(in.errors()).extracting(FieldError::field).containsExactly("long.en");
    }

    @Test
    void refusesNulCharacters() {
        var in = input("{\"slug\": \"ab\", \"isoCode\": \"MA\\u0000\"}");
        in.string("isoCode", false, 16);
        assertThat(in.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("NUL"));
    }

    @Test
    void requiredTextMustNotBeBlank() {
        var in = input("{\"name\": {\"en\": \"   \"}}");
        in.text("name", true, true, 200);
        assertThat(in.errors()).extracting(FieldError::field).containsExactly("name.en");
    }

    @Test
    void absentAndNullAreTheSame() {
        var in = input("{\"parent\": null}");
        assertThat(in.slug("parent", false)).isNull();
        assertThat(in.has("parent")).isFalse();
        in.validate();
    }

    @Test
    void readOnlyFieldsMayComeBackOnlyWithTheirCurrentValue() {
        Instant created = Instant.parse("2024-05-22T14:00:00.123456Z");
        var same = input(
                "{\"version\": 3, \"createdAt\": \"2024-05-22T14:00:00.123456Z\", \"createdBy\": \"admin.forum\"}");
        same.readOnly("version", 3);
        same.readOnly("createdAt", created);
        same.readOnly("createdBy", "admin.forum");
        same.readOnly("updatedBy", "admin.forum");
        same.validate();

        var changed = input("{\"version\": 4, \"createdAt\": \"2020-01-01T00:00:00Z\", \"createdBy\": \"me\"}");
        changed.readOnly("version", 3);
        changed.readOnly("createdAt", created);
        changed.readOnly("createdBy", "admin.forum");
        assertThat(changed.errors()).extracting(FieldError::field).containsExactly("version", "createdAt", "createdBy");
    }

    @Test
    void bodiesMustBeJsonObjectsOfAtMostOneMebibyte() {
        assertThat(JsonBodies.readObject(new java.io.ByteArrayInputStream("{\"a\": 1}".getBytes())))
                .isEqualTo(object("{\"a\": 1}"));
        assertThatThrownBy(() -> JsonBodies.readObject(new java.io.ByteArrayInputStream("{\"a\": ".getBytes())))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST));
        assertThatThrownBy(() -> JsonBodies.readObject(new java.io.ByteArrayInputStream("[1]".getBytes())))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST));
        byte[] large = ("{\"a\": \"" + "x".repeat(JsonBodies.MAX_BYTES) + "\"}").getBytes();
        assertThatThrownBy(() -> JsonBodies.readObject(new java.io.ByteArrayInputStream(large)))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    @Test
    void readsShortTextsEachOnce() {
        assertThat(input("{\"tags\": [\"santé\", \"صحة\"]}").strings("tags", 40, false))
                .containsExactly("santé", "صحة");
        assertThat(input("{}").strings("tags", 40, false)).isEmpty();
        var in = input("{\"tags\": [\"a\", 3, \"a\", \" \", \"xxxx\", \"b\\u0000\"], \"other\": \"x\"}");
        assertThat(in.strings("tags", 3, false)).isNull();
        assertThat(in.strings("other", 3, false)).isNull();
        assertThat(in.errors())
                .extracting(FieldError::field)
                .containsExactly("tags[1]", "tags[2]", "tags[3]", "tags[4]", "tags[5]", "other");
    }
}
