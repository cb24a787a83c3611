package network.twincities.ui.platform.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.api.Problem.FieldError;

/**
 * Which form field a 422's {@code errors[].field} (a JSON path such as {@code name.en}, {@code
 * location.lat}, {@code sdgs[2]}) belongs to: the field of that exact path, else of the path
 * without list indexes, else of the nearest enclosing path, through aliases for paths that have no
 * field of their own ({@code name} → the English name, {@code location} → the latitude).
 */
public final class FieldErrors {

    private final Collection<String> fields;
    private final Map<String, String> aliases;

    /** Where the errors went: messages per field, and those no field shows. */
    public record Assignment(Map<String, List<String>> byField, List<FieldError> unassigned) {}

    public FieldErrors(Collection<String> fields, Map<String, String> aliases) {
        this.fields = List.copyOf(fields);
        this.aliases = Map.copyOf(aliases);
    }

    /** The field that shows an error of this JSON path, if any. */
    public Optional<String> fieldOf(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String candidate = path.trim();
        while (true) {
            Optional<String> found = known(candidate);
            if (found.isPresent()) {
                return found;
            }
            String withoutIndexes = candidate.replaceAll("\\[\\d*]", "");
            if (!withoutIndexes.equals(candidate)) {
                found = known(withoutIndexes);
                if (found.isPresent()) {
                    return found;
                }
            }
            int cut = Math.max(withoutIndexes.lastIndexOf('.'), withoutIndexes.lastIndexOf('['));
            if (cut <= 0) {
                return Optional.empty();
            }
            candidate = withoutIndexes.substring(0, cut);
        }
    }

    /** Sorts the errors to their fields, keeping their order; several errors of a field are all kept. */
    public Assignment assign(List<FieldError> errors) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<FieldError> unassigned = new ArrayList<>();
        for (FieldError error : errors == null ? List.<FieldError>of() : errors) {
            Optional<String> field = fieldOf(error.field());
            if (field.isPresent()) {
                byField.computeIfAbsent(field.get(), key -> new ArrayList<>()).add(message(error));
            } else {
                unassigned.add(error);
            }
        }
        return new Assignment(byField, unassigned);
    }

    private Optional<String> known(String path) {
        if (fields.contains(path)) {
            return Optional.of(path);
        }
        String alias = aliases.get(path);
        return alias != null && fields.contains(alias) ? Optional.of(alias) : Optional.empty();
    }

    private static String message(FieldError error) {
        return error.message() == null || error.message().isBlank() ? "invalid" : error.message();
    }
}
