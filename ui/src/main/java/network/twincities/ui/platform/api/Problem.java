package network.twincities.ui.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem the backend answered with ({@code application/problem+json}), with the
 * fields a 422 names in {@code errors}.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** One invalid field of a 422: {@code {"field": "name.en", "message": "must not be blank"}}. */
    public record FieldError(String field, String message) {}

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, List.of());
    }

    /**
     * Reads a problem body; a body that is no problem (Payara's own HTML 401 page, an empty body)
     * gives a problem with the HTTP status and reason only.
     */
    public static Problem parse(String body, int httpStatus, String reason) {
        if (body != null && body.trim().startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonObject json = reader.readObject();
                return new Problem(
                        string(json, "type"),
                        string(json, "title") == null ? reason : string(json, "title"),
                        httpStatus,
                        string(json, "detail"),
                        errors(json));
            } catch (RuntimeException notJson) {
                // fall through
            }
        }
        return new Problem(null, reason, httpStatus, null);
    }

    /** The most telling text of the problem: its detail, else its title, else the status. */
    public String message() {
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        if (title != null && !title.isBlank()) {
            return title;
        }
        return "HTTP " + status;
    }

    private static List<FieldError> errors(JsonObject json) {
        JsonValue value = json.get("errors");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject error = item.asJsonObject();
                errors.add(new FieldError(string(error, "field"), string(error, "message")));
            }
        }
        return errors;
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : value.toString();
    }
}
