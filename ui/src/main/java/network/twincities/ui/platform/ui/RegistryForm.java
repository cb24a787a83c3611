package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import network.twincities.ui.platform.api.Problem.FieldError;
import network.twincities.ui.platform.i18n.Formats;

/**
 * What every registry form has: the ids {@code <prefix>-form}, {@code -save} and {@code -cancel},
 * the save and cancel buttons, the server's field errors shown at their fields, and the typed
 * {@link SaveEvent} and {@link CancelEvent} it fires; it calls no backend itself.
 *
 * @param <T> the resource the form edits
 */
public abstract class RegistryForm<T> extends FormLayout implements EditorDialog.FormView<T>, LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    protected final Button save = new Button();
    protected final Button cancel = new Button();
    /** The fields that show the server's errors, by JSON path. */
    protected final FieldErrorDisplay errors = new FieldErrorDisplay();

    protected RegistryForm(String idPrefix) {
        setId(idPrefix + "-form");
        save.setId(idPrefix + "-save");
        cancel.setId(idPrefix + "-cancel");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> valid().ifPresent(value -> fireEvent(new SaveEvent<>(this, value))));
        cancel.addClickListener(event -> fireEvent(new CancelEvent<>(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    /** The resource as entered, when the form is valid; empty (with the fields marked) otherwise. */
    protected abstract Optional<T> valid();

    /** Sets the labels of the form's own fields in the current language. */
    protected abstract void localizeFields();

    /** The save and cancel buttons, side by side. */
    protected HorizontalLayout buttons() {
        return new HorizontalLayout(save, cancel);
    }

    @Override
    public List<FieldError> showErrors(List<FieldError> problems) {
        return errors.show(problems);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localizeFields();
        Formats.datePickers(this, event.getLocale());
        save.setText(getTranslation("action.save"));
        cancel.setText(getTranslation("action.cancel"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCancelListener(ComponentEventListener<CancelEvent<T>> listener) {
        return addListener(CancelEvent.class, (ComponentEventListener) listener);
    }

    /** The user saved: the resource as entered. */
    public static class SaveEvent<T> extends ComponentEvent<RegistryForm<T>> {
        private static final long serialVersionUID = 1L;
        private final transient T value;

        SaveEvent(RegistryForm<T> source, T value) {
            super(source, false);
            this.value = value;
        }

        public T value() {
            return value;
        }
    }

    /** The user closed the form without saving. */
    public static class CancelEvent<T> extends ComponentEvent<RegistryForm<T>> {
        private static final long serialVersionUID = 1L;

        CancelEvent(RegistryForm<T> source) {
            super(source, false);
        }
    }
}
