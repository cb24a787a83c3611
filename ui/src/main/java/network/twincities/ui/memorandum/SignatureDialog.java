package network.twincities.ui.memorandum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.ui.FieldErrorDisplay;
import network.twincities.ui.platform.ui.Writes;

/**
 * Records a party's signature: the party (among those the user may sign for), who signed for it
 * (name, title) and on which day (today unless changed). Errors as in the registry's forms.
 */
class SignatureDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Select<Memorandum.Party> party = new Select<>();
    private final TextField signedBy = new TextField();
    private final DatePicker signedOn = new DatePicker(LocalDate.now());
    private final FieldErrorDisplay errors = new FieldErrorDisplay()
            .field("party", party)
            .field("signedBy", signedBy)
            .field("signedOn", signedOn);

    SignatureDialog(
            List<Memorandum.Party> parties,
            Function<Memorandum.Party, String> partyName,
            SerializableFunction<Memorandum.Signature, Memorandum> sign,
            Runnable done,
            Runnable stale) {
        setId("mou-sign-dialog");
        setHeaderTitle(getTranslation("mou.sign.title"));
        setModal(true);
        setWidth("min(36rem, 96vw)");
        party.setId("mou-sign-party");
        party.setLabel(getTranslation("mou.party"));
        party.setItems(parties);
        party.setItemLabelGenerator(partyName::apply);
        party.setValue(parties.get(0));
        party.setReadOnly(parties.size() == 1);
        signedBy.setId("mou-signed-by");
        signedBy.setLabel(getTranslation("mou.signedBy"));
        signedBy.setHelperText(getTranslation("mou.signedBy.help"));
        signedBy.setRequired(true);
        signedBy.setMaxLength(200);
        signedBy.setManualValidation(true);
        signedOn.setId("mou-signed-on");
        signedOn.setLabel(getTranslation("mou.signedOn"));
        signedOn.setRequired(true);
        signedOn.setLocale(Formats.of(getLocale()));
        signedOn.setManualValidation(true);
        FormLayout form = new FormLayout(party, signedBy, signedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button confirm = new Button(getTranslation("mou.action.sign"), click -> {
            boolean missingName =
                    signedBy.getValue() == null || signedBy.getValue().isBlank();
            boolean missingDate = signedOn.getValue() == null;
            signedBy.setErrorMessage(getTranslation("validation.required"));
            signedBy.setInvalid(missingName);
            signedOn.setErrorMessage(getTranslation("validation.required"));
            signedOn.setInvalid(missingDate);
            if (missingName || missingDate || party.getValue() == null) {
                return;
            }
            Memorandum.Signature signature = new Memorandum.Signature(
                    party.getValue().slug(), signedBy.getValue().trim(), signedOn.getValue());
            Optional<Memorandum> result = Writes.save(this, () -> sign.apply(signature), errors::show, () -> {
                close();
                stale.run();
            });
            result.ifPresent(mou -> {
                close();
                done.run();
            });
        });
        confirm.setId("mou-sign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("mou-sign-cancel");
        getFooter().add(cancel, confirm);
    }
}
