package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.HasValidation;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import network.twincities.ui.platform.api.Problem.FieldError;

/**
 * Shows the server's field errors at the form's fields: {@code setInvalid(true)} and the message
 * as the field's error message. A field's next edit validates it again (Binder), which clears it.
 */
public class FieldErrorDisplay implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    /** The field that shows the errors of this JSON path (and of the paths below it). */
    public FieldErrorDisplay field(String path, HasValidation field) {
        fields.put(path, field);
        return this;
    }

    /** Errors of {@code path} go to the field of {@code fieldPath}. */
    public FieldErrorDisplay alias(String path, String fieldPath) {
        aliases.put(path, fieldPath);
        return this;
    }

    /** Marks the fields the errors name; returns the errors that no field shows. */
    public List<FieldError> show(List<FieldError> errors) {
        FieldErrors.Assignment assignment = new FieldErrors(fields.keySet(), aliases).assign(errors);
        assignment.byField().forEach((path, messages) -> {
            HasValidation field = fields.get(path);
            field.setErrorMessage(String.join(" · ", messages));
            field.setInvalid(true);
        });
        return assignment.unassigned();
    }
}
