package network.twincities.ui.territory;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.DoubleRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.ui.Aria;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/**
 * Creates or edits a territory: names in English, French and Arabic, kind, parent, country,
 * population, location, membership. Fires {@link RegistryForm.SaveEvent} with what the user entered once the
 * form is valid, {@link RegistryForm.CancelEvent} otherwise; it calls no backend itself.
 */
public class TerritoryForm extends RegistryForm<Territory> {

    private static final long serialVersionUID = 1L;

    final TextField slug = new TextField();
    final Select<String> kind = new Select<>();
    final TextField nameEn = new TextField();
    final TextField nameFr = new TextField();
    final TextField nameAr = new TextField();
    final ComboBox<String> parent = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final TextField isoCode = new TextField();
    final IntegerField population = new IntegerField();
    final IntegerField populationYear = new IntegerField();
    final NumberField lat = new NumberField();
    final NumberField lon = new NumberField();
    final Select<String> membership = new Select<>();

    private final Binder<TerritoryDraft> binder = new Binder<>();
    private final Map<String, String> parentNames = new LinkedHashMap<>();

    public TerritoryForm() {
        super("territory");
        slug.setId("territory-slug");
        kind.setId("territory-kind");
        Aria.requiredSelect(kind);
        nameEn.setId("territory-name-en");
        nameFr.setId("territory-name-fr");
        nameAr.setId("territory-name-ar");
        nameAr.getElement().setAttribute("dir", "rtl");
        parent.setId("territory-parent");
        country.setId("territory-country");
        isoCode.setId("territory-iso-code");
        population.setId("territory-population");
        populationYear.setId("territory-population-year");
        lat.setId("territory-lat");
        lon.setId("territory-lon");
        membership.setId("territory-membership");

        kind.setItems(Territory.KINDS);
        kind.setItemLabelGenerator(value -> getTranslation("territory.kind." + value));
        membership.setItems(Territory.MEMBERSHIPS);
        membership.setEmptySelectionAllowed(true);
        membership.setItemLabelGenerator(
                value -> value == null ? "—" : getTranslation("territory.membership." + value));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(value -> parentNames.getOrDefault(value, value));
        country.setClearButtonVisible(true);
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        country.setItemLabelGenerator(code -> Registry.country(code, getLocale()));
        population.setMin(0);
        populationYear.setMin(1800);
        populationYear.setMax(2200);
        lat.setMin(-90);
        lat.setMax(90);
        lat.setStep(0.000001);
        lon.setMin(-180);
        lon.setMax(180);
        lon.setStep(0.000001);

        // the Binder validates (on each change), so a server error stays until the field changes
        slug.setManualValidation(true);
        nameEn.setManualValidation(true);
        nameFr.setManualValidation(true);
        nameAr.setManualValidation(true);
        parent.setManualValidation(true);
        country.setManualValidation(true);
        isoCode.setManualValidation(true);
        population.setManualValidation(true);
        populationYear.setManualValidation(true);
        lat.setManualValidation(true);
        lon.setManualValidation(true);
        bind();
        errors.field("slug", slug)
                .field("kind", kind)
                .field("name.en", nameEn)
                .field("name.fr", nameFr)
                .field("name.ar", nameAr)
                .alias("name", "name.en")
                .field("parent", parent)
                .field("country", country)
                .field("isoCode", isoCode)
                .field("population", population)
                .field("populationYear", populationYear)
                .field("location.lat", lat)
                .field("location.lon", lon)
                .alias("location", "location.lat")
                .field("membership", membership);

        save.addClickShortcut(Key.ENTER);

        add(slug, kind, nameEn, nameFr, nameAr, parent, country, isoCode, population, populationYear, lat, lon);
        add(membership);
        add(buttons(), 2);
    }

    private void bind() {
        binder.forField(slug)
                .asRequired(ctx -> getTranslation("validation.required"))
                .withValidator(value -> value.matches("[a-z0-9-]{2,64}"), ctx -> getTranslation("validation.slug"))
                .bind(draft -> draft.slug, (draft, value) -> draft.slug = value);
        binder.forField(kind)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.kind, (draft, value) -> draft.kind = value);
        binder.forField(nameEn)
                .asRequired(ctx -> getTranslation("validation.required"))
                .withValidator(new StringLengthValidator("≤ 200", 0, 200))
                .bind(draft -> draft.nameEn, (draft, value) -> draft.nameEn = value);
        binder.forField(nameFr)
                .withValidator(new StringLengthValidator("≤ 200", 0, 200))
                .bind(draft -> draft.nameFr, (draft, value) -> draft.nameFr = value);
        binder.forField(nameAr)
                .withValidator(new StringLengthValidator("≤ 200", 0, 200))
                .bind(draft -> draft.nameAr, (draft, value) -> draft.nameAr = value);
        binder.forField(parent).bind(draft -> draft.parent, (draft, value) -> draft.parent = value);
        binder.forField(country).bind(draft -> draft.country, (draft, value) -> draft.country = value);
        binder.forField(isoCode)
                .withValidator(new StringLengthValidator("≤ 64", 0, 64))
                .bind(draft -> draft.isoCode, (draft, value) -> draft.isoCode = value);
        binder.forField(population)
                .withValidator(new IntegerRangeValidator("≥ 0", 0, null))
                .bind(draft -> draft.population, (draft, value) -> draft.population = value);
        binder.forField(populationYear)
                .bind(draft -> draft.populationYear, (draft, value) -> draft.populationYear = value);
        binder.forField(lat)
                .withValidator(new DoubleRangeValidator("-90 … 90", -90.0, 90.0))
                .bind(draft -> draft.lat, (draft, value) -> draft.lat = value);
        binder.forField(lon)
                .withValidator(new DoubleRangeValidator("-180 … 180", -180.0, 180.0))
                .bind(draft -> draft.lon, (draft, value) -> draft.lon = value);
        binder.forField(membership).bind(draft -> draft.membership, (draft, value) -> draft.membership = value);
    }

    /** The territories that can be the parent, with their names in the user's language. */
    public void setParentOptions(List<Territory> territories, String excludedSlug) {
        parentNames.clear();
        territories.stream()
                .filter(territory -> !territory.slug().equals(excludedSlug))
                .sorted(Comparator.comparing(territory -> label(territory)))
                .forEach(territory -> parentNames.put(territory.slug(), label(territory)));
        parent.setItems(List.copyOf(parentNames.keySet()));
    }

    private String label(Territory territory) {
        String name = territory.name() == null ? "" : territory.name().in(getLocale());
        return name.isBlank() ? territory.slug() : name + " (" + territory.slug() + ")";
    }

    @Override
    public void edit(Territory territory) {
        boolean creating = territory == null;
        binder.readBean(TerritoryDraft.of(territory));
        slug.setReadOnly(!creating);
        slug.setHelperText(creating ? getTranslation("territory.form.slugHelp") : null);
        if (!creating && territory.parent() != null && !parentNames.containsKey(territory.parent())) {
            parentNames.put(territory.parent(), territory.parent());
            parent.setItems(List.copyOf(parentNames.keySet()));
            parent.setValue(territory.parent());
        }
    }

    @Override
    protected Optional<Territory> valid() {
        TerritoryDraft draft = new TerritoryDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft.toTerritory()) : Optional.empty();
    }

    @Override
    protected void localizeFields() {
        slug.setLabel(getTranslation("field.slug"));
        kind.setLabel(getTranslation("territories.column.kind"));
        nameEn.setLabel(getTranslation("field.name.en"));
        nameFr.setLabel(getTranslation("field.name.fr"));
        nameAr.setLabel(getTranslation("field.name.ar"));
        parent.setLabel(getTranslation("territories.column.parent"));
        country.setLabel(getTranslation("territories.column.country"));
        isoCode.setLabel(getTranslation("territory.isoCode"));
        population.setLabel(getTranslation("territories.column.population"));
        populationYear.setLabel(getTranslation("territory.populationYear"));
        lat.setLabel(getTranslation("territory.lat"));
        lon.setLabel(getTranslation("territory.lon"));
        membership.setLabel(getTranslation("territories.column.membership"));
    }
}
