package network.twincities.ui.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.axis.AxisView;
import network.twincities.ui.memorandum.MemorandaClient;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.memorandum.MemorandumView;
import network.twincities.ui.organization.OrganizationView;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.Badge;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Links;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Writes;
import network.twincities.ui.territory.TerritoryView;

/**
 * A project: its description, lead and partners, axes, MoU, dates, budget and beneficiaries; its
 * milestones, its indicators as progress bars, and its progress log, newest first, with the form that
 * posts an update for the officials of its lead and partner territories. Its editors edit and delete it.
 */
@Route(value = "projects/:slug", layout = MainLayout.class)
public class ProjectView extends DetailRoute<Project> {

    private static final long serialVersionUID = 1L;

    static final Map<String, String[]> STATUS_COLOURS = Map.of(
            "PROPOSED", Badge.BLUE,
            "ACTIVE", Badge.GREEN,
            "ON_HOLD", Badge.AMBER,
            "COMPLETED", Badge.DARK_GREEN,
            "CANCELLED", Badge.DARK_GREY);

    private final transient ProjectsClient projects;
    private final transient MemorandaClient mous;
    private final MemorandumChoices choices;
    private final ProjectPermissions permissions;
    private final DetailPage<Project> page;
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Map<String, String> organizationNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();
    private final Div milestones = section("project-milestones-section");
    private final Div indicators = section("project-indicators-section");
    private final Div log = section("project-log");
    private Locale namesLocale;

    @Inject
    public ProjectView(
            @Backend ProjectsClient projects,
            @Backend MemorandaClient mous,
            MemorandumChoices choices,
            CurrentUser currentUser) {
        this.projects = projects;
        this.mous = mous;
        this.choices = choices;
        this.permissions = new ProjectPermissions(currentUser.profile());
        ProjectForm form = new ProjectForm();
        page = DetailPage.builder(ProjectsView.NAMES, ProjectsView.class, projects::get)
                .editable(permissions::mayEdit)
                .deletable(permissions::mayDelete)
                .rows(this::rows)
                .editor(form, EditorDialog.Operations.of(projects::create, projects::update, projects::get))
                .beforeEdit(project -> form.setChoices(ProjectForm.Choices.load(choices, mous, getLocale()), null))
                .delete(projects::delete)
                .sections(milestones, indicators, log)
                .build();
        show(page);
    }

    /** The badge of a project's status. */
    static Span statusBadge(String status, SerializableBiFunction<String, Object[], String> translate) {
        return Badge.of(
                "project-status", status, translate.apply("project.status." + status, new Object[0]), STATUS_COLOURS);
    }

    private static Div section(String id) {
        Div div = new Div();
        div.setId(id);
        div.setWidthFull();
        return div;
    }

    private void loadNames() {
        if (getLocale().equals(namesLocale)) {
            return;
        }
        try {
            territoryNames.clear();
            organizationNames.clear();
            axisNames.clear();
            territoryNames.putAll(choices.territories(getLocale()));
            organizationNames.putAll(choices.organizations(getLocale()));
            axisNames.putAll(choices.axes(getLocale()));
            namesLocale = getLocale();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
    }

    private void rows(Project project, DetailList details) {
        loadNames();
        Locale locale = getLocale();
        details.add("status", getTranslation("project.status"), statusBadge(project.status(), this::getTranslation));
        details.add(
                "description",
                getTranslation("project.description"),
                project.description() == null ? "" : project.description().in(locale));
        details.add(
                "leadTerritory",
                getTranslation("project.leadTerritory"),
                Links.list(List.of(project.leadTerritory()), territoryNames, TerritoryView.class));
        details.add("partners", getTranslation("project.partners"), Links.list(project.partners(), this::partnerLink));
        details.add("axes", getTranslation("project.axes"), Links.list(project.axes(), axisNames, AxisView.class));
        details.add("mou", getTranslation("project.mou"), mouLink(project.mou()));
        details.add("startDate", getTranslation("project.startDate"), Formats.date(project.startDate(), locale));
        details.add("endDate", getTranslation("project.endDate"), Formats.date(project.endDate(), locale));
        details.add(
                "budget",
                getTranslation("project.budget"),
                project.budget() == null
                        ? ""
                        : Formats.money(
                                project.budget().amount(), project.budget().currency(), locale));
        details.add(
                "beneficiaries",
                getTranslation("project.beneficiaries"),
                Formats.number(project.beneficiaries(), locale));
        details.add("externalId", getTranslation("project.externalId"), project.externalId());
        renderMilestones(project);
        renderIndicators(project);
        renderLog(project);
    }

    private Component partnerLink(String slug) {
        if (organizationNames.containsKey(slug) && !territoryNames.containsKey(slug)) {
            return Links.to(slug, organizationNames.get(slug), OrganizationView.class);
        }
        return Links.to(slug, territoryNames.get(slug), TerritoryView.class);
    }

    /** The MoU by its reference and title; by a neutral word if it cannot be read. */
    private Component mouLink(String id) {
        if (id == null) {
            return new Span("—");
        }
        String name;
        try {
            name = mous.get(id).nameIn(getLocale());
        } catch (RuntimeException unreadable) {
            name = getTranslation("project.mou.unreadable");
        }
        com.vaadin.flow.router.RouterLink link = Links.to(id, name, MemorandumView.class);
        link.setId("project-mou-link");
        return link;
    }

    private void renderMilestones(Project project) {
        milestones.removeAll();
        milestones.add(new H3(getTranslation("project.milestones")));
        if (project.milestones().isEmpty()) {
            milestones.add(new Paragraph(getTranslation("project.milestones.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("project-milestone-list");
        list.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        for (Project.Milestone milestone : project.milestones()) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-done", String.valueOf(milestone.done()));
            var icon = milestone.done() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.setSize("var(--lumo-icon-size-s)");
            icon.getStyle().set("color", milestone.done() ? "#065f46" : "var(--lumo-secondary-text-color)");
            Span state = new Span(
                    getTranslation(milestone.done() ? "project.milestone.isDone" : "project.milestone.notDone"));
            state.getStyle().set("font-weight", "600");
            String due = milestone.dueDate() == null
                    ? ""
                    : " · " + getTranslation("project.milestone.due", Formats.date(milestone.dueDate(), getLocale()));
            HorizontalLayout row =
                    new HorizontalLayout(icon, new Span(milestone.title()), new Span("·"), state, new Span(due));
            row.setSpacing(true);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            item.add(row);
            list.add(item);
        }
        milestones.add(list);
    }

    private void renderIndicators(Project project) {
        indicators.removeAll();
        indicators.add(new H3(getTranslation("project.indicators")));
        if (project.indicators().isEmpty()) {
            indicators.add(new Paragraph(getTranslation("project.indicators.none")));
            return;
        }
        Locale locale = getLocale();
        int index = 0;
        for (Project.Indicator indicator : project.indicators()) {
            String labelId = "project-indicator-label-" + index;
            String unit = indicator.unit() == null ? "" : " " + indicator.unit();
            String facts = getTranslation(
                    "project.indicator.facts",
                    Formats.number(indicator.current() == null ? indicator.baseline() : indicator.current(), locale)
                            + unit,
                    Formats.number(indicator.target(), locale) + unit,
                    Formats.number(indicator.baseline(), locale) + unit,
                    Formats.percent(indicator.shownProgress(), locale));
            Span label = new Span(indicator.name());
            label.setId(labelId);
            label.getStyle().set("font-weight", "600");
            Span value = new Span(" · " + facts);
            ProgressBar bar = new ProgressBar(0, 100, indicator.shownProgress());
            bar.setId("project-indicator-bar-" + index);
            bar.getElement().setAttribute("aria-labelledby", labelId);
            bar.getElement().setAttribute("aria-valuetext", Formats.percent(indicator.shownProgress(), locale));
            Div block = new Div(new Div(label, value), bar);
            block.addClassName("project-indicator");
            block.getElement().setAttribute("data-progress", String.valueOf(indicator.shownProgress()));
            block.getStyle().set("margin-bottom", "var(--lumo-space-m)").set("max-width", "40em");
            indicators.add(block);
            index++;
        }
    }

    private void renderLog(Project project) {
        log.removeAll();
        log.add(new H3(getTranslation("project.log")));
        if (permissions.mayReport(project)) {
            log.add(updateForm(project));
        }
        List<Project.Update> updates;
        try {
            updates = projects.updates(project.id());
        } catch (RuntimeException failure) {
            Paragraph error = new Paragraph(BackendErrors.message(failure, this::getTranslation));
            error.setId("project-log-error");
            log.add(error);
            return;
        }
        if (updates.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("project.log.none"));
            none.setId("project-log-none");
            log.add(none);
            return;
        }
        OrderedList list = new OrderedList();
        list.setId("project-updates");
        list.getStyle()
                .set("border-inline-start", "3px solid var(--lumo-contrast-30pct)")
                .set("padding-inline-start", "var(--lumo-space-l)")
                .set("list-style", "none");
        for (Project.Update update : updates) {
            ListItem item = new ListItem();
            item.addClassName("project-update");
            item.getElement().setAttribute("data-progress", String.valueOf(update.progress()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            Span when = new Span(Formats.time(update.at(), getLocale()) + " · " + update.author() + " · "
                    + getTranslation("project.update.progressIs", Formats.percent(update.progress(), getLocale())));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div text = new Div(new Span(update.text()));
            text.addClassName("project-update-text");
            text.getStyle().set("white-space", "pre-line");
            item.add(new Div(when), text);
            list.add(item);
        }
        log.add(list);
    }

    /** Text and progress (0 to 100), posted to the log; the log shows it at once. */
    private Component updateForm(Project project) {
        TextArea text = new TextArea(getTranslation("project.update.text"));
        text.setId("project-update-text");
        text.setWidthFull();
        text.setMaxLength(5000);
        text.setManualValidation(true);
        IntegerField progress = new IntegerField(getTranslation("project.update.progress"));
        progress.setId("project-update-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setHelperText(getTranslation("project.update.progress.help"));
        progress.setManualValidation(true);
        Button post = new Button(getTranslation("project.update.post"));
        post.setId("project-update-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(click -> {
            boolean textOk = !text.getValue().isBlank();
            Integer value = progress.getValue();
            boolean progressOk = value != null && value >= 0 && value <= 100;
            text.setInvalid(!textOk);
            text.setErrorMessage(textOk ? null : getTranslation("validation.required"));
            progress.setInvalid(!progressOk);
            progress.setErrorMessage(progressOk ? null : getTranslation("project.update.progress.help"));
            if (!textOk || !progressOk) {
                return;
            }
            Writes.save(
                            this,
                            () -> projects.post(
                                    project.id(),
                                    new Project.NewUpdate(text.getValue().trim(), value)),
                            errors -> new network.twincities.ui.platform.ui.FieldErrorDisplay()
                                    .field("text", text)
                                    .field("progress", progress)
                                    .show(errors),
                            page::reload)
                    .ifPresent(posted -> {
                        Notifications.success(getTranslation("project.update.posted"));
                        renderLog(project);
                    });
        });
        HorizontalLayout row = new HorizontalLayout(progress, post);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div form = new Div(text, row);
        form.setId("project-update-form");
        form.getStyle().set("max-width", "40em").set("margin-bottom", "var(--lumo-space-m)");
        return form;
    }
}
