package network.twincities.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;

/**
 * The client id and secret of a partner system, shown once: read-only fields to select and copy, each
 * with a button that copies it to the clipboard. Closing it loses the secret for good.
 */
final class CredentialsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    CredentialsDialog(PartnerSystem issued, Function<String, String> translate) {
        setId("partner-system-credentials");
        setModal(true);
        setCloseOnOutsideClick(false);
        setHeaderTitle(translate.apply("partner-system.credentials.title"));
        setWidth("min(40rem, 96vw)");
        Paragraph warning = new Paragraph(translate.apply("partner-system.credentials.once"));
        warning.setId("partner-system-credentials-once");
        VerticalLayout content = new VerticalLayout(
                warning,
                row(
                        "partner-system-client-id",
                        translate.apply("partner-system.client-id"),
                        issued.clientId(),
                        translate),
                row(
                        "partner-system-client-secret",
                        translate.apply("partner-system.client-secret"),
                        issued.clientSecret(),
                        translate));
        content.setPadding(false);
        add(content);
        Button done = new Button(translate.apply("partner-system.credentials.done"), event -> close());
        done.setId("partner-system-credentials-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private static HorizontalLayout row(String id, String label, String value, Function<String, String> translate) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.getElement().setAttribute("dir", "ltr");
        field.addFocusListener(event -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(VaadinIcon.COPY.create());
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setAriaLabel(translate.apply("partner-system.copy") + ": " + label);
        copy.setTooltipText(translate.apply("partner-system.copy"));
        copy.addClickListener(
                event -> copy.getElement().executeJs("navigator.clipboard.writeText($0)", field.getValue()));
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.expand(field);
        return row;
    }
}
