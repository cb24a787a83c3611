package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.api.Problem.FieldError;

/**
 * A dialog around a registry form: creates or updates through the backend, shows the server's
 * field errors in the form, and on a stale edit (412) lets the user choose between the current
 * version and their own edits. The form itself only fires its typed events; the view wires them.
 *
 * @param <T> the resource, as the backend represents it
 */
public class EditorDialog<T> extends Dialog {

    private static final long serialVersionUID = 1L;

    /** How the form shows values and the server's errors. */
    public interface FormView<T> {
        /** Shows a resource; {@code null} for a new one. */
        void edit(T value);

        /** Marks the fields the errors name; returns the others. */
        List<FieldError> showErrors(List<FieldError> errors);
    }

    /** The backend calls of one resource. */
    public record Operations<T>(Function<T, T> create, BiFunction<T, T, T> update, UnaryOperator<T> load) {

        /**
         * The calls of a registry resource's client: create and update send the body of a write, update
         * with the {@code If-Match} of the version the form was opened on; load reads it again by slug.
         */
        public static <T extends RegistryItem<T>> Operations<T> of(
                UnaryOperator<T> create, Update<T> update, Function<String, T> get) {
            return new Operations<>(
                    value -> create.apply(value.forWrite(true)),
                    (original, value) ->
                            update.update(original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                    original -> get.apply(original.slug()));
        }
    }

    /** The API's update: the slug, the {@code If-Match} header and the body. */
    @FunctionalInterface
    public interface Update<T> {
        T update(String slug, String ifMatch, T value);
    }

    private final FormView<T> form;
    private final Operations<T> operations;
    private final Function<T, String> title;
    private Consumer<T> onSaved = saved -> {};
    private T original;

    /**
     * @param title the dialog's title for a resource ({@code null} for a new one)
     */
    public EditorDialog(String id, FormView<T> form, Operations<T> operations, Function<T, String> title) {
        this.form = form;
        this.operations = operations;
        this.title = title;
        setId(id);
        setModal(true);
        setCloseOnOutsideClick(false);
        setDraggable(true);
        setResizable(true);
        setWidth("min(46rem, 96vw)");
    }

    /** A dialog holding a registry form: the form's save saves, its cancel closes the dialog. */
    public static <T> EditorDialog<T> of(
            String id, RegistryForm<T> form, Operations<T> operations, Function<T, String> title) {
        EditorDialog<T> dialog = new EditorDialog<>(id, form, operations, title);
        dialog.add(form);
        form.addSaveListener(event -> dialog.save(event.value()));
        form.addCancelListener(event -> dialog.close());
        return dialog;
    }

    public void onSaved(Consumer<T> onSaved) {
        this.onSaved = onSaved;
    }

    /** Opens the form on a resource, or on a new one with {@code null}. */
    public void open(T resource) {
        original = resource;
        form.edit(resource);
        setHeaderTitle(title.apply(resource));
        open();
    }

    /** Saves what the form holds: creates, or updates the version the form was opened on. */
    public void save(T value) {
        Optional<T> saved = Writes.save(
                this,
                () -> original == null
                        ? operations.create().apply(value)
                        : operations.update().apply(original, value),
                form::showErrors,
                () -> Writes.stale(this, this::reload, () -> overwrite(value)));
        saved.ifPresent(result -> {
            close();
            Notifications.success(getTranslation("saved"));
            onSaved.accept(result);
        });
    }

    /** The user chose the current version: it replaces their edits in the form. */
    private void reload() {
        try {
            original = operations.load().apply(original);
            form.edit(original);
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
    }

    /** The user chose their edits: saved over the current version. */
    private void overwrite(T value) {
        try {
            original = operations.load().apply(original);
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return;
        }
        save(value);
    }
}
