package network.twincities.platform.json;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
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

    /** How deeply arrays and objects may nest: far more than any resource needs, far less than a stack. */
    public static final int MAX_DEPTH = 32;

    /** How many digits a number may have in a row. */
    public static final int MAX_DIGITS = 100;

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBodies() {}

    public static JsonObject readObject(InputStream body) {
        JsonValue value = read(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("The body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    /** Like {@link #readObject}, but an absent or empty body is an empty object (for actions whose body is optional). */
    public static JsonObject readOptionalObject(InputStream body) {
        if (body == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            var buffered = new java.io.BufferedInputStream(body);
            buffered.mark(1);
            if (buffered.read() < 0) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            buffered.reset();
            return readObject(buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * The whole body, when it has at most {@code max} bytes; else a 413 with {@code tooLarge} as its
     * detail, after reading what the client still sends so that it gets the answer.
     */
    public static byte[] atMost(InputStream body, int max, String tooLarge) {
        try {
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                drain(body);
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLarge);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonValue read(InputStream body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        return parse(atMost(body, MAX_BYTES, "A body may have at most 1 MiB."));
    }

    /** A JSON value of bytes read with {@link #atMost} (for bodies allowed to be larger than {@value #MAX_BYTES}). */
    public static JsonValue parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        checkShape(bytes);
        try (var reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
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

    /**
     * Refuses, before a parser works on it, JSON nested deeper than {@value #MAX_DEPTH} levels and numbers
     * of more than {@value #MAX_DIGITS} digits (whose parsing grows faster than their length).
     */
    static void checkShape(byte[] json) {
        int depth = 0;
        int digits = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            digits = !inString && b >= '0' && b <= '9' ? digits + 1 : 0;
            if (digits > MAX_DIGITS) {
                throw ProblemException.badRequest("A number in the JSON body has more than " + MAX_DIGITS + " digits.");
            }
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped character cannot end the string
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    throw ProblemException.badRequest(
                            "The JSON body nests arrays and objects more than " + MAX_DEPTH + " levels deep.");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }
}
