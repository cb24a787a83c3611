package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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

    /**
     * The three fields of a multilingual text show the errors of {@code <path>.en}, {@code .fr} and
     * {@code .ar}; those of the whole text go to the English one.
     */
    public <F extends HasValue<?, String> & HasValidation> FieldErrorDisplay localized(
            String path, LocalizedTextFields<F> text) {
        return field(path + ".en", text.en)
                .field(path + ".fr", text.fr)
                .field(path + ".ar", text.ar)
                .alias(path, path + ".en");
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
