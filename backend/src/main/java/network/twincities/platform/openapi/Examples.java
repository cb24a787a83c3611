package network.twincities.platform.openapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Annotations can only hold an example as a string; Payara writes that string as it is, so an object
 * example becomes a JSON string that fails its own schema. Read as the JSON it shows, unless the
 * schema says the value is a string.
 */
final class Examples {

    private Examples() {}

    /** The example as the JSON value it shows, or unchanged when it is not such a string. */
    static Object asJson(Object example, Schema schema) {
        if (!(example instanceof String text)) {
            return example;
        }
        SchemaType type = schema == null ? null : schema.getType();
        if (type == SchemaType.STRING) {
            return example;
        }
        String trimmed = text.strip();
        boolean structured = trimmed.startsWith("{") || trimmed.startsWith("[");
        boolean scalar = type == SchemaType.INTEGER || type == SchemaType.NUMBER || type == SchemaType.BOOLEAN;
        if (!structured && !scalar) {
            return example;
        }
        try (var reader = Json.createReader(new StringReader(trimmed))) {
            return java(reader.readValue());
        } catch (JsonException e) {
            return example;
        }
    }

    private static Object java(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var map = new LinkedHashMap<String, Object>();
                value.asJsonObject().forEach((name, member) -> map.put(name, java(member)));
                yield map;
            }
            case ARRAY -> {
                var list = new ArrayList<Object>();
                value.asJsonArray().forEach(item -> list.add(java(item)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Object number(JsonNumber number) {
        if (!number.isIntegral()) {
            return number.bigDecimalValue();
        }
        BigDecimal value = number.bigDecimalValue();
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return value.toBigIntegerExact();
        }
    }
}
