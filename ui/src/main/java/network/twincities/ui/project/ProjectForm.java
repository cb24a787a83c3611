package network.twincities.ui.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import network.twincities.ui.memorandum.MemorandaClient;
import network.twincities.ui.memorandum.Memorandum;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/**
 * Creates or edits a project: title and description in three languages, the lead territory (an
 * official's own), partners, axes, the MoU it carries out, status, dates, budget, beneficiaries,
 * and its milestones and indicators edited in place (rows added and removed). Fires {@link
 * RegistryForm.SaveEvent} or {@link RegistryForm.CancelEvent}; the view supplies the choices.
 */
public class ProjectForm extends RegistryForm<Project> {

    private static final long serialVersionUID = 1L;

    /** What the form offers, slug (or id) → name: territories, organizations, axes, MoUs. */
    public record Choices(
            Map<String, String> territories,
            Map<String, String> organizations,
            Map<String, String> axes,
            Map<String, String> mous)
            implements Serializable {

        /** Read once when the form opens. */
        public static Choices load(MemorandumChoices choices, MemorandaClient mous, Locale locale) {
            Map<String, String> mouNames = new LinkedHashMap<>();
            for (Memorandum mou :
                    Paging.all((page, size) -> mous.list(page, size, "reference,asc", null, null, null, null), 1000)) {
                mouNames.put(mou.id(), mou.nameIn(locale));
            }
            return new Choices(
                    choices.territories(locale), choices.organizations(locale), choices.axes(locale), mouNames);
        }
    }

    final LocalizedTextFields<TextField> title = LocalizedTextFields.textFields("project-title");
    final LocalizedTextFields<TextArea> description = LocalizedTextFields.textAreas("project-description");
    final ComboBox<String> leadTerritory = new ComboBox<>();
    final MultiSelectComboBox<String> partners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> axes = new MultiSelectComboBox<>();
    final ComboBox<String> mou = new ComboBox<>();
    final Select<String> status = new Select<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final BigDecimalField budgetAmount = new BigDecimalField();
    final TextField budgetCurrency = new TextField();
    final NumberField beneficiaries = new NumberField();
    final TextField externalId = new TextField();
    final VerticalLayout milestones = new VerticalLayout();
    final VerticalLayout indicators = new VerticalLayout();
    final Span milestonesLabel = new Span();
    final Span indicatorsLabel = new Span();
    final Button addMilestone = new Button();
    final Button addIndicator = new Button();
    private final List<MilestoneRow> milestoneRows = new ArrayList<>();
    private final List<IndicatorRow> indicatorRows = new ArrayList<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Map<String, String> partnerNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();
    private final Map<String, String> mouNames = new LinkedHashMap<>();
    private String ownTerritory;
    private int nextMilestone;
    private int nextIndicator;

    /** What the binder edits: the fields besides the rows. */
    static final class Draft {
        LocalizedText title;
        LocalizedText description;
        String leadTerritory;
        Set<String> partners = new LinkedHashSet<>();
        Set<String> axes = new LinkedHashSet<>();
        String mou;
        String status = "PROPOSED";
        LocalDate startDate;
        LocalDate endDate;
        BigDecimal budgetAmount;
        String budgetCurrency = "";
        Double beneficiaries;
        String externalId = "";

        static Draft of(Project project, String ownTerritory) {
            Draft draft = new Draft();
            if (project == null) {
                draft.leadTerritory = ownTerritory;
                return draft;
            }
            draft.title = project.title();
            draft.description = project.description();
            draft.leadTerritory = project.leadTerritory();
            draft.partners = new LinkedHashSet<>(project.partners());
            draft.axes = new LinkedHashSet<>(project.axes());
            draft.mou = project.mou();
            draft.status = project.status() == null ? "PROPOSED" : project.status();
            draft.startDate = project.startDate();
            draft.endDate = project.endDate();
            if (project.budget() != null) {
                draft.budgetAmount = project.budget().amount();
                draft.budgetCurrency = project.budget().currency() == null
                        ? ""
                        : project.budget().currency();
            }
            draft.beneficiaries = project.beneficiaries() == null
                    ? null
                    : project.beneficiaries().doubleValue();
            draft.externalId = project.externalId() == null ? "" : project.externalId();
            return draft;
        }
    }

    /** One milestone: title, due date, done. */
    final class MilestoneRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final TextField title = new TextField();
        final DatePicker due = new DatePicker();
        final Checkbox done = new Checkbox();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        MilestoneRow(int index, Project.Milestone milestone) {
            title.setId("project-milestone-title-" + index);
            due.setId("project-milestone-due-" + index);
            done.setId("project-milestone-done-" + index);
            remove.setId("project-milestone-remove-" + index);
            title.setLabel(getTranslation("project.milestone.title"));
            due.setLabel(getTranslation("project.milestone.dueDate"));
            done.setLabel(getTranslation("project.milestone.done"));
            remove.setAriaLabel(getTranslation("project.milestone.remove"));
            remove.setTooltipText(getTranslation("project.milestone.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                milestoneRows.remove(this);
                milestones.remove(this);
            });
            if (milestone != null) {
                title.setValue(milestone.title() == null ? "" : milestone.title());
                due.setValue(milestone.dueDate());
                done.setValue(milestone.done());
            }
            title.setWidth("16em");
            add(title, due, done, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            setPadding(false);
        }

        Optional<Project.Milestone> value() {
            boolean ok = !title.getValue().isBlank();
            title.setInvalid(!ok);
            title.setErrorMessage(ok ? null : getTranslation("validation.required"));
            return ok
                    ? Optional.of(new Project.Milestone(title.getValue().trim(), due.getValue(), done.getValue()))
                    : Optional.empty();
        }
    }

    /** One indicator: name, unit, baseline, target, current. */
    final class IndicatorRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final TextField name = new TextField();
        final TextField unit = new TextField();
        final NumberField baseline = new NumberField();
        final NumberField target = new NumberField();
        final NumberField current = new NumberField();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        IndicatorRow(int index, Project.Indicator indicator) {
            name.setId("project-indicator-name-" + index);
            unit.setId("project-indicator-unit-" + index);
            baseline.setId("project-indicator-baseline-" + index);
            target.setId("project-indicator-target-" + index);
            current.setId("project-indicator-current-" + index);
            remove.setId("project-indicator-remove-" + index);
            name.setLabel(getTranslation("project.indicator.name"));
            unit.setLabel(getTranslation("project.indicator.unit"));
            baseline.setLabel(getTranslation("project.indicator.baseline"));
            target.setLabel(getTranslation("project.indicator.target"));
            current.setLabel(getTranslation("project.indicator.current"));
            remove.setAriaLabel(getTranslation("project.indicator.remove"));
            remove.setTooltipText(getTranslation("project.indicator.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                indicatorRows.remove(this);
                indicators.remove(this);
            });
            if (indicator != null) {
                name.setValue(indicator.name() == null ? "" : indicator.name());
                unit.setValue(indicator.unit() == null ? "" : indicator.unit());
                baseline.setValue(indicator.baseline());
                target.setValue(indicator.target());
                current.setValue(indicator.current());
            }
            name.setWidth("14em");
            unit.setWidth("7em");
            baseline.setWidth("7em");
            target.setWidth("7em");
            current.setWidth("7em");
            add(name, unit, baseline, target, current, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            setPadding(false);
        }

        Optional<Project.Indicator> value() {
            boolean named = !name.getValue().isBlank();
            name.setInvalid(!named);
            name.setErrorMessage(named ? null : getTranslation("validation.required"));
            boolean targeted = target.getValue() != null;
            target.setInvalid(!targeted);
            target.setErrorMessage(targeted ? null : getTranslation("validation.required"));
            if (!named || !targeted) {
                return Optional.empty();
            }
            return Optional.of(new Project.Indicator(
                    name.getValue().trim(),
                    Registry.blankToNull(unit.getValue()),
                    baseline.getValue(),
                    target.getValue(),
                    current.getValue(),
                    null));
        }
    }

    public ProjectForm() {
        super("project");
        leadTerritory.setId("project-lead");
        partners.setId("project-partners");
        axes.setId("project-axes");
        mou.setId("project-mou");
        status.setId("project-status");
        startDate.setId("project-start");
        endDate.setId("project-end");
        budgetAmount.setId("project-budget-amount");
        budgetCurrency.setId("project-budget-currency");
        beneficiaries.setId("project-beneficiaries");
        externalId.setId("project-external-id");
        milestones.setId("project-milestones");
        indicators.setId("project-indicators");
        addMilestone.setId("project-milestone-add");
        addIndicator.setId("project-indicator-add");
        for (var field : List.of(leadTerritory, mou)) {
            field.setManualValidation(true);
        }
        startDate.setManualValidation(true);
        endDate.setManualValidation(true);
        budgetCurrency.setManualValidation(true);
        beneficiaries.setManualValidation(true);
        externalId.setManualValidation(true);
        leadTerritory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        partners.setItemLabelGenerator(slug -> partnerNames.getOrDefault(slug, slug));
        axes.setItemLabelGenerator(slug -> axisNames.getOrDefault(slug, slug));
        mou.setItemLabelGenerator(id -> mouNames.getOrDefault(id, id));
        mou.setClearButtonVisible(true);
        status.setItems(Project.STATUSES);
        status.setItemLabelGenerator(value -> getTranslation("project.status." + value));
        budgetCurrency.setMaxLength(3);
        budgetCurrency.setAllowedCharPattern("[A-Za-z]");
        beneficiaries.setMin(0);
        beneficiaries.setStep(1);
        addMilestone.setIcon(VaadinIcon.PLUS.create());
        addMilestone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addMilestone.addClickListener(click -> addMilestoneRow(null));
        addIndicator.setIcon(VaadinIcon.PLUS.create());
        addIndicator.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addIndicator.addClickListener(click -> addIndicatorRow(null));
        for (VerticalLayout rows : List.of(milestones, indicators)) {
            rows.setPadding(false);
            rows.setSpacing(false);
        }

        title.bind(
                binder, d -> d.title, (d, v) -> d.title = v, true, 200, ctx -> getTranslation("validation.required"));
        description.bind(binder, d -> d.description, (d, v) -> d.description = v, false, 20000, ctx -> "");
        binder.forField(leadTerritory)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(d -> d.leadTerritory, (d, v) -> d.leadTerritory = v);
        binder.forField(partners).bind(d -> d.partners, (d, v) -> d.partners = new LinkedHashSet<>(v));
        binder.forField(axes).bind(d -> d.axes, (d, v) -> d.axes = new LinkedHashSet<>(v));
        binder.forField(mou).bind(d -> d.mou, (d, v) -> d.mou = v);
        binder.forField(status).bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(startDate).bind(d -> d.startDate, (d, v) -> d.startDate = v);
        binder.forField(endDate)
                .withValidator(
                        v -> v == null || startDate.getValue() == null || !v.isBefore(startDate.getValue()),
                        ctx -> getTranslation("validation.dates"))
                .bind(d -> d.endDate, (d, v) -> d.endDate = v);
        binder.forField(budgetAmount)
                .withValidator(v -> v == null || v.signum() >= 0, ctx -> "≥ 0")
                .bind(d -> d.budgetAmount, (d, v) -> d.budgetAmount = v);
        binder.forField(budgetCurrency)
                .withValidator(
                        v -> budgetAmount.getValue() == null
                                || v != null && v.trim().matches("[A-Za-z]{3}"),
                        ctx -> getTranslation("project.budget.currency.help"))
                .bind(d -> d.budgetCurrency, (d, v) -> d.budgetCurrency = v);
        binder.forField(beneficiaries)
                .withValidator(v -> v == null || v >= 0 && v == Math.floor(v), ctx -> "≥ 0")
                .bind(d -> d.beneficiaries, (d, v) -> d.beneficiaries = v);
        binder.forField(externalId)
                .withValidator(v -> v == null || v.length() <= 100, ctx -> "≤ 100")
                .bind(d -> d.externalId, (d, v) -> d.externalId = v);

        errors.localized("title", title)
                .localized("description", description)
                .field("leadTerritory", leadTerritory)
                .field("partners", partners)
                .field("axes", axes)
                .field("mou", mou)
                .field("status", status)
                .field("startDate", startDate)
                .field("endDate", endDate)
                .field("budget.amount", budgetAmount)
                .field("budget.currency", budgetCurrency)
                .alias("budget", "budget.amount")
                .field("beneficiaries", beneficiaries)
                .field("externalId", externalId);

        add(title.en, title.fr, title.ar);
        add(leadTerritory, status);
        add(description.en, 2);
        add(description.fr, description.ar);
        add(partners, axes);
        add(mou, externalId);
        add(startDate, endDate);
        add(budgetAmount, budgetCurrency);
        add(beneficiaries);
        add(block(milestonesLabel, milestones, addMilestone), 2);
        add(block(indicatorsLabel, indicators, addIndicator), 2);
        add(buttons(), 2);
    }

    private static Component block(Span label, VerticalLayout rows, Button add) {
        label.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout block = new VerticalLayout(label, rows, add);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    /** The choices; a new project of an official is led by its territory, which it cannot change. */
    public void setChoices(Choices choices, String ownTerritory) {
        this.ownTerritory = ownTerritory;
        territoryNames.clear();
        territoryNames.putAll(choices.territories());
        partnerNames.clear();
        partnerNames.putAll(choices.territories());
        partnerNames.putAll(choices.organizations());
        axisNames.clear();
        axisNames.putAll(choices.axes());
        mouNames.clear();
        mouNames.putAll(choices.mous());
        leadTerritory.setItems(List.copyOf(territoryNames.keySet()));
        partners.setItems(List.copyOf(partnerNames.keySet()));
        axes.setItems(List.copyOf(axisNames.keySet()));
        mou.setItems(List.copyOf(mouNames.keySet()));
    }

    @Override
    public void edit(Project project) {
        if (project != null) {
            known(territoryNames, List.of(project.leadTerritory()), leadTerritory);
            known(partnerNames, project.partners(), partners);
            known(axisNames, project.axes(), axes);
            if (project.mou() != null) {
                known(mouNames, List.of(project.mou()), mou);
            }
        }
        binder.readBean(Draft.of(project, ownTerritory));
        leadTerritory.setReadOnly(project == null && ownTerritory != null);
        milestoneRows.clear();
        milestones.removeAll();
        indicatorRows.clear();
        indicators.removeAll();
        nextMilestone = 0;
        nextIndicator = 0;
        if (project != null) {
            project.milestones().forEach(this::addMilestoneRow);
            project.indicators().forEach(this::addIndicatorRow);
        }
    }

    /** Keeps a value the choices lack (named by itself), so that the field can show it. */
    private static void known(
            Map<String, String> names,
            List<String> values,
            com.vaadin.flow.data.provider.HasListDataView<String, ?> field) {
        boolean added = false;
        for (String value : values) {
            if (value != null && !names.containsKey(value)) {
                names.put(value, value);
                added = true;
            }
        }
        if (added) {
            field.setItems(List.copyOf(names.keySet()));
        }
    }

    private void addMilestoneRow(Project.Milestone milestone) {
        MilestoneRow row = new MilestoneRow(nextMilestone++, milestone);
        milestoneRows.add(row);
        milestones.add(row);
    }

    private void addIndicatorRow(Project.Indicator indicator) {
        IndicatorRow row = new IndicatorRow(nextIndicator++, indicator);
        indicatorRows.add(row);
        indicators.add(row);
    }

    @Override
    protected Optional<Project> valid() {
        Draft draft = new Draft();
        boolean fields = binder.writeBeanIfValid(draft);
        List<Project.Milestone> milestoneValues = new ArrayList<>();
        boolean rows = true;
        for (MilestoneRow row : milestoneRows) {
            Optional<Project.Milestone> value = row.value();
            rows &= value.isPresent();
            value.ifPresent(milestoneValues::add);
        }
        List<Project.Indicator> indicatorValues = new ArrayList<>();
        for (IndicatorRow row : indicatorRows) {
            Optional<Project.Indicator> value = row.value();
            rows &= value.isPresent();
            value.ifPresent(indicatorValues::add);
        }
        if (!fields || !rows) {
            return Optional.empty();
        }
        Project.Budget budget = draft.budgetAmount == null
                ? null
                : new Project.Budget(
                        draft.budgetAmount, draft.budgetCurrency.trim().toUpperCase(Locale.ROOT));
        return Optional.of(new Project(
                null,
                draft.title,
                draft.description,
                Registry.blankToNull(draft.mou),
                List.copyOf(draft.axes),
                draft.leadTerritory,
                List.copyOf(draft.partners),
                draft.status,
                draft.startDate,
                draft.endDate,
                budget,
                draft.beneficiaries == null ? null : draft.beneficiaries.longValue(),
                milestoneValues,
                indicatorValues,
                Registry.blankToNull(draft.externalId),
                null,
                null,
                null));
    }

    @Override
    protected void localizeFields() {
        title.setLabels(this::getTranslation, "project.title");
        description.setLabels(this::getTranslation, "project.description");
        leadTerritory.setLabel(getTranslation("project.leadTerritory"));
        partners.setLabel(getTranslation("project.partners"));
        axes.setLabel(getTranslation("project.axes"));
        mou.setLabel(getTranslation("project.mou"));
        status.setLabel(getTranslation("project.status"));
        startDate.setLabel(getTranslation("project.startDate"));
        endDate.setLabel(getTranslation("project.endDate"));
        budgetAmount.setLabel(getTranslation("project.budget"));
        budgetCurrency.setLabel(getTranslation("project.budget.currency"));
        budgetCurrency.setHelperText(getTranslation("project.budget.currency.help"));
        beneficiaries.setLabel(getTranslation("project.beneficiaries"));
        externalId.setLabel(getTranslation("project.externalId"));
        milestonesLabel.setText(getTranslation("project.milestones"));
        indicatorsLabel.setText(getTranslation("project.indicators"));
        addMilestone.setText(getTranslation("project.milestone.add"));
        addIndicator.setText(getTranslation("project.indicator.add"));
    }
}
