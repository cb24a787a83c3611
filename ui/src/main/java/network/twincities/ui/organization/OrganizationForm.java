package network.twincities.ui.organization;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.Aria;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/** Creates or edits an organization; fires {@link RegistryForm.SaveEvent} or {@link RegistryForm.CancelEvent}, calls no backend. */
public class OrganizationForm extends RegistryForm<Organization> {

    private static final long serialVersionUID = 1L;

    final TextField slug = new TextField();
    final Select<String> kind = new Select<>();
    final LocalizedTextFields<TextField> name = LocalizedTextFields.textFields("organization-name");
    final ComboBox<String> country = new ComboBox<>();
    final TextField website = new TextField();
    private final Binder<Draft> binder = new Binder<>();

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
        super("organization");
        slug.setId("organization-slug");
        kind.setId("organization-kind");
        Aria.requiredSelect(kind);
        country.setId("organization-country");
        website.setId("organization-website");
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
                .localized("name", name)
                .field("country", country)
                .field("website", website);

        add(slug, kind, name.en, name.fr, name.ar, country, website);
        add(buttons(), 2);
    }

    @Override
    public void edit(Organization organization) {
        binder.readBean(Draft.of(organization));
        slug.setReadOnly(organization != null);
    }

    @Override
    protected Optional<Organization> valid() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft.toOrganization()) : Optional.empty();
    }

    @Override
    protected void localizeFields() {
        slug.setLabel(getTranslation("field.slug"));
        kind.setLabel(getTranslation("field.kind"));
        name.setLabels(this::getTranslation, "field.name");
        country.setLabel(getTranslation("territories.column.country"));
        website.setLabel(getTranslation("organization.website"));
    }
}
