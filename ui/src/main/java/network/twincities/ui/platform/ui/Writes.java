package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.BackendException;
import network.twincities.ui.platform.api.Problem.FieldError;

/**
 * Runs a write against the backend and tells the user how it went: a 422 at the fields it names,
 * a 412 (someone saved in between) through {@code onStale}, a 409 with the server's reason, any
 * other failure as a notification. Nothing the user typed is dropped: the form stays as it was.
 */
public final class Writes {

    /** What a form shows of a 422: it returns the errors it has no field for. */
    @FunctionalInterface
    public interface ErrorTarget {
        List<FieldError> showErrors(List<FieldError> errors);
    }

    private Writes() {}

    /** The outcome of a failed write, in the terms the views act on. */
    public enum Failure {
        INVALID,
        STALE,
        CONFLICT,
        OTHER;

        public static Failure of(Throwable failure) {
            if (failure instanceof BackendException backend) {
                return switch (backend.status()) {
                    case 422 -> INVALID;
                    case 412 -> STALE;
                    case 409 -> CONFLICT;
                    default -> OTHER;
                };
            }
            return OTHER;
        }
    }

    /** Saves; the result when it worked, else empty once the user has been told why. */
    public static <T> Optional<T> save(Component context, Supplier<T> call, ErrorTarget form, Runnable onStale) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException failure) {
            switch (Failure.of(failure)) {
                case INVALID -> {
                    List<FieldError> errors =
                            ((BackendException) failure).problem().errors();
                    List<FieldError> left = form.showErrors(errors);
                    if (errors.isEmpty() || !left.isEmpty()) {
                        Notifications.error(context.getTranslation(
                                "error.invalid", unassignedText(((BackendException) failure), left)));
                    } else {
                        Notifications.error(context.getTranslation("error.invalidFields"));
                    }
                }
                case STALE -> onStale.run();
                case CONFLICT ->
                    Notifications.error(context.getTranslation(
                            "error.conflict",
                            ((BackendException) failure).problem().message()));
                default -> Notifications.error(BackendErrors.message(failure, context::getTranslation));
            }
            return Optional.empty();
        }
    }

    /** Deletes; true when it worked. A 409 says what still refers to it, a 412 that it changed. */
    public static boolean delete(Component context, Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException failure) {
            switch (Failure.of(failure)) {
                case CONFLICT ->
                    Notifications.error(context.getTranslation(
                            "error.referenced",
                            ((BackendException) failure).problem().message()));
                case STALE -> Notifications.error(context.getTranslation("error.staleDelete"));
                default -> Notifications.error(BackendErrors.message(failure, context::getTranslation));
            }
            return false;
        }
    }

    /**
     * Asks before deleting {@code name}, then deletes through {@code call}; when it worked, says so
     * and goes to {@code afterwards} (the list the resource was in).
     */
    public static void confirmAndDelete(
            Component context, String name, Runnable call, Class<? extends Component> afterwards) {
        confirmDelete(context, name, () -> {
            if (delete(context, call)) {
                Notifications.success(context.getTranslation("deleted"));
                context.getUI().ifPresent(ui -> ui.navigate(afterwards));
            }
        });
    }

    /** Asks before deleting {@code name}; {@code onConfirm} runs only on "Delete". */
    public static void confirmDelete(Component context, String name, Runnable onConfirm) {
        Dialog dialog = question(
                "confirm-delete-dialog",
                context.getTranslation("delete.title", name),
                context.getTranslation("delete.text"));
        Button confirm = new Button(context.getTranslation("action.delete"), event -> {
            dialog.close();
            onConfirm.run();
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(context.getTranslation("action.cancel"), event -> dialog.close());
        cancel.setId("cancel-delete");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /**
     * Tells the user that someone else saved in between, keeping what they typed until they choose:
     * load the current version into the form (their edits go), save theirs over it, or go on
     * editing.
     */
    public static void stale(Component context, Runnable reload, Runnable overwrite) {
        Dialog dialog =
                question("stale-dialog", context.getTranslation("stale.title"), context.getTranslation("stale.text"));
        Button reloadButton = new Button(context.getTranslation("stale.reload"), event -> {
            dialog.close();
            reload.run();
        });
        reloadButton.setId("stale-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button overwriteButton = new Button(context.getTranslation("stale.overwrite"), event -> {
            dialog.close();
            overwrite.run();
        });
        overwriteButton.setId("stale-overwrite");
        overwriteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button keep = new Button(context.getTranslation("stale.keep"), event -> dialog.close());
        keep.setId("stale-keep");
        dialog.getFooter().add(keep, overwriteButton, reloadButton);
        dialog.open();
    }

    /**
     * A modal question: a title, a text, the answers in the footer; Escape closes it. (A plain dialog,
     * not Vaadin's ConfirmDialog, which leaves the page behind it focusable under aria-hidden.)
     */
    private static Dialog question(String id, String title, String text) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setModal(true);
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        dialog.setWidth("min(32rem, 96vw)");
        return dialog;
    }

    static String unassignedText(BackendException failure, List<FieldError> left) {
        if (left.isEmpty()) {
            return failure.problem().message();
        }
        Function<FieldError, String> line =
                error -> error.field() == null ? error.message() : error.field() + ": " + error.message();
        return left.stream().map(line).collect(Collectors.joining("; "));
    }
}
