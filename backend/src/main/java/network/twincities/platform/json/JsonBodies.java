package network.twincities.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;

/**
 * Reads request bodies: at most {@value #MAX_BYTES} bytes (413 beyond), well-formed JSON (400 otherwise),
 * a JSON object at the top. Boundaries read their body themselves, after the 404 and 403 checks, so
 * that the order of checks of the contract holds.
 */
public final class JsonBodies {

    public static final int MAX_BYTES = 1024 * 1024;

    private JsonBodies() {}

    public static JsonObject readObject(InputStream body) {
        JsonValue value = read(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("The body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    /** Reads what the client still sends (up to 64 MiB), so that it gets the 413 instead of a reset connection. */
    private static void drain(InputStream body) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long left = 64L * 1024 * 1024;
            int read;
            while (left > 0 && (read = body.read(buffer)) > 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    public static JsonValue read(InputStream body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            drain(body);
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A body may have at most 1 MiB.");
        }
        if (bytes.length == 0) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            throw ProblemException.badRequest("Malformed JSON"
                    + (location == null
                            ? ""
                            : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber())
                    + ".");
        } catch (JsonException e) {
            throw ProblemException.badRequest("Malformed JSON: the body is not valid UTF-8 JSON.");
        }
    }
}
