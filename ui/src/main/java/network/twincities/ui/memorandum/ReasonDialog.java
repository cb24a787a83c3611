package network.twincities.ui.memorandum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Optional;
import network.twincities.ui.platform.ui.FieldErrorDisplay;
import network.twincities.ui.platform.ui.Writes;

/**
 * Asks the forum administrator why (request changes, reject, terminate): the reason is required;
 * the server's errors show at the field, a conflict (409) or a failure as a notification, and the
 * dialog stays open with what was typed until the step worked.
 */
class ReasonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextArea reason = new TextArea();
    private final FieldErrorDisplay errors = new FieldErrorDisplay().field("reason", reason);

    /**
     * @param step the step, given the reason; the MoU it answered
     * @param done runs once the step worked
     */
    ReasonDialog(
            String title,
            String confirmText,
            SerializableFunction<String, Memorandum> step,
            Runnable done,
            Runnable stale) {
        setId("mou-reason-dialog");
        setHeaderTitle(title);
        setModal(true);
        setWidth("min(36rem, 96vw)");
        reason.setId("mou-reason");
        reason.setLabel(getTranslation("mou.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setManualValidation(true);
        add(reason);
        Button confirm = new Button(confirmText, click -> {
            String text = reason.getValue() == null ? "" : reason.getValue().trim();
            if (text.isEmpty()) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                return;
            }
            reason.setInvalid(false);
            Optional<Memorandum> result = Writes.save(this, () -> step.apply(text), errors::show, () -> {
                close();
                stale.run();
            });
            result.ifPresent(mou -> {
                close();
                done.run();
            });
        });
        confirm.setId("mou-reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("mou-reason-cancel");
        getFooter().add(cancel, confirm);
    }
}
