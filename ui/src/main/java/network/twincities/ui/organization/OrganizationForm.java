package network.twincities.ui.organization;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.api.Problem.FieldError;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.FieldErrorDisplay;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;

/** Creates or edits an organization; fires {@link SaveEvent} or {@link CancelEvent}, calls no backend. */
public class OrganizationForm extends FormLayout implements EditorDialog.FormView<Organization>, LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    final TextField slug = new TextField();
    final Select<String> kind = new Select<>();
    final LocalizedTextFields<TextField> name = LocalizedTextFields.textFields("organization-name");
    final ComboBox<String> country = new ComboBox<>();
    final TextField website = new TextField();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Binder<Draft> binder = new Binder<>();
    private final FieldErrorDisplay errors = new FieldErrorDisplay();

    /** What the form edits. */
    static final class Draft {
        String slug = "";
        String kind;
        LocalizedText name;
        String country;
        String website = "";

        static Draft of(Organization organization) {
            Draft draft = new Draft();
            if (organization != null) {
                draft.slug = organization.slug() == null ? "" : organization.slug();
                draft.kind = organization.kind();
                draft.name = organization.name();
                draft.country = organization.country();
                draft.website = organization.website() == null ? "" : organization.website();
            }
            return draft;
        }

        Organization toOrganization() {
            return new Organization(
                    Registry.blankToNull(slug),
                    kind,
                    name,
                    Registry.blankToNull(country),
                    Registry.blankToNull(website),
                    null);
        }
    }

    public OrganizationForm() {
        setId("organization-form");
        slug.setId("organization-slug");
        kind.setId("organization-kind");
        country.setId("organization-country");
        website.setId("organization-website");
        save.setId("organization-save");
        cancel.setId("organization-cancel");
        slug.setManualValidation(true);
        website.setManualValidation(true);
        country.setManualValidation(true);

        kind.setItems(Organization.KINDS);
        kind.setItemLabelGenerator(value -> getTranslation("organization.kind." + value));
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        country.setItemLabelGenerator(code -> Registry.country(code, getLocale()));
        country.setClearButtonVisible(true);

        binder.forField(slug)
                .asRequired(ctx -> getTranslation("validation.required"))
                .withValidator(Registry::isSlug, ctx -> getTranslation("validation.slug"))
                .bind(draft -> draft.slug, (draft, value) -> draft.slug = value);
        binder.forField(kind)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.kind, (draft, value) -> draft.kind = value);
        name.bind(
                binder,
                draft -> draft.name,
                (draft, value) -> draft.name = value,
                true,
                200,
                ctx -> getTranslation("validation.required"));
        binder.forField(country).bind(draft -> draft.country, (draft, value) -> draft.country = value);
        binder.forField(website)
                .withValidator(Registry::isWebsite, ctx -> getTranslation("validation.website"))
                .bind(draft -> draft.website, (draft, value) -> draft.website = value);

        errors.field("slug", slug)
                .field("kind", kind)
                .field("name.en", name.en)
                .field("name.fr", name.fr)
                .field("name.ar", name.ar)
                .alias("name", "name.en")
                .field("country", country)
                .field("website", website);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            Draft draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft.toOrganization()));
            }
        });
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(slug, kind, name.en, name.fr, name.ar, country, website);
        add(new HorizontalLayout(save, cancel), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    @Override
    public void edit(Organization organization) {
        binder.readBean(Draft.of(organization));
        slug.setReadOnly(organization != null);
    }

    @Override
    public List<FieldError> showErrors(List<FieldError> problems) {
        return errors.show(problems);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        slug.setLabel(getTranslation("field.slug"));
        kind.setLabel(getTranslation("field.kind"));
        name.setLabels(this::getTranslation, "field.name");
        country.setLabel(getTranslation("territories.column.country"));
        website.setLabel(getTranslation("organization.website"));
        save.setText(getTranslation("action.save"));
        cancel.setText(getTranslation("action.cancel"));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user saved: the organization as entered. */
    public static class SaveEvent extends ComponentEvent<OrganizationForm> {
        private static final long serialVersionUID = 1L;
        private final Organization organization;

        SaveEvent(OrganizationForm source, Organization organization) {
            super(source, false);
            this.organization = organization;
        }

        public Organization organization() {
            return organization;
        }
    }

    /** The user closed the form without saving. */
    public static class CancelEvent extends ComponentEvent<OrganizationForm> {
        private static final long serialVersionUID = 1L;

        CancelEvent(OrganizationForm source) {
            super(source, false);
        }
    }
}
