package network.twincities.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import network.twincities.platform.problem.Problem.FieldError;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.text.LocalizedText;

/**
 * Reads the fields of a JSON request body and collects every problem with them, so that one 422 names
 * each bad field at once ({@link #validate()}). Absent and {@code null} are the same. Nothing read here
 * is applied until the whole body is valid: no partial writes.
 */
public final class Input {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,64}");
    public static final int NAME_MAX = 200;
    public static final int SUMMARY_MAX = 2_000;
    public static final int DESCRIPTION_MAX = 20_000;
    static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final JsonObject json;
    private final String prefix;
    private final List<FieldError> errors;

    private Input(JsonObject json, String prefix, List<FieldError> errors) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
    }

    public static Input of(JsonObject json) {
        return new Input(json, "", new ArrayList<>());
    }

    /** Throws one 422 naming every bad field found so far. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean has(String field) {
        return json.containsKey(field) && json.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    // --- strings ---

    public String string(String field, boolean required, int max) {
        if (!has(field)) {
            return missing(field, required);
        }
        if (!(json.get(field) instanceof JsonString text)) {
            reject(field, "must be a string");
            return null;
        }
        String value = checked(field, text.getString(), max);
        if (required && value != null && value.isBlank()) {
            reject(field, "must not be blank");
            return null;
        }
        return value;
    }

    public String slug(String field, boolean required) {
        String value = string(field, required, 64);
        if (value != null && !SLUG.matcher(value).matches()) {
            reject(field, "must be 2 to 64 lower-case letters, digits or dashes");
            return null;
        }
        return value;
    }

    public String country(String field) {
        String value = string(field, false, 2);
        if (value != null && !COUNTRY.matcher(value).matches()) {
            reject(field, "must be an ISO 3166-1 alpha-2 code, e.g. MA");
            return null;
        }
        return value;
    }

    public String url(String field) {
        String value = string(field, false, 500);
        if (value == null) {
            return null;
        }
        try {
            var uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                reject(field, "must be an http or https URL");
                return null;
            }
            return value;
        } catch (URISyntaxException e) {
            reject(field, "must be an http or https URL");
            return null;
        }
    }

    /**
     * Multilingual text {@code {"en", "fr", "ar"}}: each at most {@code max} characters; with
     * {@code englishRequired} (names) English must be there, else at least one language.
     */
    public LocalizedText text(String field, boolean required, boolean englishRequired, int max) {
        if (!has(field)) {
            return missing(field, required);
        }
        if (!(json.get(field) instanceof JsonObject object)) {
            reject(field, "must be an object with the languages en, fr, ar");
            return null;
        }
        var nested = nested(field, object);
        for (String key : object.keySet()) {
            if (!LANGUAGES.contains(key)) {
                nested.reject(key, "is not a language of the network (en, fr, ar)");
            }
        }
        String en = nested.string("en", englishRequired, max);
        String fr = nested.string("fr", false, max);
        String ar = nested.string("ar", false, max);
        if (en == null && fr == null && ar == null) {
            if (!englishRequired) {
                reject(field, "needs at least one language");
            }
            return null;
        }
        return new LocalizedText(blankToNull(en), blankToNull(fr), blankToNull(ar));
    }

    // --- other values ---

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String value = string(field, required, 64);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            reject(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public Long integer(String field, long min, long max, boolean required) {
        if (!has(field)) {
            return missing(field, required);
        }
        if (!(json.get(field) instanceof JsonNumber number)) {
            reject(field, "must be a number");
            return null;
        }
        BigDecimal value = bounded(field, number);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            reject(field, "must be a whole number");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            reject(field, "must be between " + min + " and " + max);
            return null;
        }
        return value.longValueExact();
    }

    public Double decimal(String field, double min, double max, boolean required) {
        if (!has(field)) {
            return missing(field, required);
        }
        if (!(json.get(field) instanceof JsonNumber number)) {
            reject(field, "must be a number");
            return null;
        }
        BigDecimal exact = bounded(field, number);
        if (exact == null) {
            return null;
        }
        double value = exact.doubleValue();
        if (!(value >= min && value <= max)) {
            reject(field, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    /** A number exactly as given (e.g. an amount of money), within the bounds every number has here. */
    public BigDecimal number(String field, boolean required) {
        if (!has(field)) {
            return missing(field, required);
        }
        if (!(json.get(field) instanceof JsonNumber number)) {
            reject(field, "must be a number");
            return null;
        }
        return bounded(field, number);
    }

    public Boolean bool(String field, boolean required) {
        if (!has(field)) {
            return missing(field, required);
        }
        var type = json.get(field).getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            reject(field, "must be true or false");
            return null;
        }
        return type == JsonValue.ValueType.TRUE;
    }

    public LocalDate date(String field, boolean required) {
        String value = string(field, required, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    /** A nested object, read with field names prefixed ({@code location.lat}); null when absent or not an object. */
    public Input object(String field, boolean required) {
        if (!has(field)) {
            missing(field, required);
            return null;
        }
        if (!(json.get(field) instanceof JsonObject object)) {
            reject(field, "must be an object");
            return null;
        }
        return nested(field, object);
    }

    /**
     * A list of objects, each read with field names prefixed ({@code parties[0].role}); null when absent
     * (and not required) or not a list of objects.
     */
    public List<Input> objects(String field, boolean required) {
        if (!has(field)) {
            missing(field, required);
            return null;
        }
        if (json.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            reject(field, "must be a list of objects");
            return null;
        }
        var array = json.getJsonArray(field);
        var items = new ArrayList<Input>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                reject(field + "[" + i + "]", "must be an object");
                return null;
            }
            items.add(nested(field + "[" + i + "]", object));
        }
        return items;
    }

    /** A list of slugs without duplicates; an empty list when absent and not required, null when invalid. */
    public List<String> slugs(String field, boolean required) {
        if (!has(field)) {
            missing(field, required);
            return required ? null : List.of();
        }
        if (json.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            reject(field, "must be a list of slugs");
            return null;
        }
        var array = json.getJsonArray(field);
        var values = new LinkedHashSet<String>();
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            String name = field + "[" + i + "]";
            if (!(array.get(i) instanceof JsonString text)) {
                reject(name, "must be a string");
                valid = false;
            } else if (!SLUG.matcher(text.getString()).matches()) {
                reject(name, "must be 2 to 64 lower-case letters, digits or dashes");
                valid = false;
            } else if (!values.add(text.getString())) {
                reject(name, "is listed twice");
                valid = false;
            }
        }
        return valid ? List.copyOf(values) : null;
    }

    /**
     * A list of short texts (e.g. tags), each 1 to {@code max} characters and not blank, without duplicates;
     * an empty list when absent and not required, null when invalid.
     */
    public List<String> strings(String field, int max, boolean required) {
        if (!has(field)) {
            missing(field, required);
            return required ? null : List.of();
        }
        if (json.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            reject(field, "must be a list of strings");
            return null;
        }
        var array = json.getJsonArray(field);
        var values = new LinkedHashSet<String>();
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            String name = field + "[" + i + "]";
            if (!(array.get(i) instanceof JsonString text)) {
                reject(name, "must be a string");
                valid = false;
                continue;
            }
            String value = checked(name, text.getString(), max);
            if (value == null) {
                valid = false;
            } else if (value.isBlank()) {
                reject(name, "must not be blank");
                valid = false;
            } else if (!values.add(value)) {
                reject(name, "is listed twice");
                valid = false;
            }
        }
        return valid ? List.copyOf(values) : null;
    }

    /** A list of whole numbers, each between min and max, without duplicates. */
    public List<Integer> integers(String field, int min, int max, boolean required) {
        if (!has(field)) {
            missing(field, required);
            return required ? null : List.of();
        }
        if (json.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            reject(field, "must be a list of numbers");
            return null;
        }
        var array = json.getJsonArray(field);
        var values = new LinkedHashSet<Integer>();
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            var item = array.get(i);
            String name = field + "[" + i + "]";
            BigDecimal value = item instanceof JsonNumber number ? bounded(name, number) : null;
            if (!(item instanceof JsonNumber)) {
                reject(name, "must be a whole number");
                valid = false;
            } else if (value == null) {
                valid = false;
            } else if (value.stripTrailingZeros().scale() > 0) {
                reject(name, "must be a whole number");
                valid = false;
            } else if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                reject(name, "must be between " + min + " and " + max);
                valid = false;
            } else if (!values.add(value.intValueExact())) {
                reject(name, "is listed twice");
                valid = false;
            }
        }
        return valid ? List.copyOf(values) : null;
    }

    /**
     * A read-only field may come back in a body (GET → edit → PUT) but only with its current value;
     * anything else is refused, never applied.
     */
    public void readOnly(String field, Object current) {
        if (!has(field)) {
            return;
        }
        JsonValue value = json.get(field);
        String given = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> plain((JsonNumber) value);
            default -> value.toString();
        };
        String expected = current instanceof Number n
                ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                : Objects.toString(current, null);
        if (!given.equals(expected) && !sameInstant(given, expected)) {
            reject(field, "is read-only" + (current == null ? "" : " (current value: " + expected + ")"));
        }
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return b != null && java.time.Instant.parse(a).equals(java.time.Instant.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The exact value of a JSON number whose magnitude is within ±10^{@value #MAX_EXPONENT}; beyond that
     * (e.g. {@code 1e900000000}) it is rejected before any work proportional to its exponent is done.
     */
    private BigDecimal bounded(String field, JsonNumber number) {
        BigDecimal value = number.bigDecimalValue();
        if (!withinMagnitude(value)) {
            reject(field, "is out of range");
            return null;
        }
        return value;
    }

    static final int MAX_EXPONENT = 100;

    static boolean withinMagnitude(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        return Math.abs(exponent) <= MAX_EXPONENT;
    }

    private static String plain(JsonNumber number) {
        BigDecimal value = number.bigDecimalValue();
        return withinMagnitude(value) ? value.stripTrailingZeros().toPlainString() : value.toString();
    }

    private Input nested(String field, JsonObject object) {
        return new Input(object, prefix + field + ".", errors);
    }

    private <T> T missing(String field, boolean required) {
        if (required) {
            reject(field, "is required");
        }
        return null;
    }

    private String checked(String field, String value, int max) {
        if (value.indexOf('\0') >= 0) {
            reject(field, "must not contain NUL characters");
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            reject(field, "must have at most " + max + " characters");
            return null;
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
