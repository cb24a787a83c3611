package network.twincities.ui.project;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandaClient;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListQuery;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.ResourceNames;

/**
 * The network's projects, filtered by territory (lead or partner), axis and status and searched in
 * full text, read from the API one page at a time as the grid scrolls (it never loads them all).
 * Officials and forum administrators create them here; {@code ?territory=} presets the filter.
 */
@Route(value = "projects", layout = MainLayout.class)
public class ProjectsView extends ListRoute<Project> implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("project", "projects");

    private final Select<String> status = ListPage.selectFilter("projects-status", Project.STATUSES);
    private final ComboBox<String> territory = new ComboBox<>();
    private final ComboBox<String> axis = new ComboBox<>();
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();

    @Inject
    public ProjectsView(
            @Backend ProjectsClient projects,
            @Backend MemorandaClient mous,
            MemorandumChoices choices,
            CurrentUser currentUser) {
        ProjectPermissions permissions = new ProjectPermissions(currentUser.profile());
        ProjectForm form = new ProjectForm();
        status.setItemLabelGenerator(value -> getTranslation("project.status." + value));
        territory.setId("projects-territory");
        territory.setClearButtonVisible(true);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        axis.setId("projects-axis");
        axis.setClearButtonVisible(true);
        axis.setItemLabelGenerator(slug -> axisNames.getOrDefault(slug, slug));
        loadFilterChoices(choices);

        show(ListPage.<Project>builder(NAMES, ProjectView.class)
                .admin(permissions.mayCreate())
                .searchPlaceholder("projects.search.placeholder")
                .filter(territory, "projects.filter.territory", "territory")
                .filter(axis, "projects.filter.axis", "axis")
                .filter(status, "project.status", "status")
                .column(
                        "project.title",
                        project -> project.nameIn(getLocale()),
                        column -> column.setSortProperty("title").setFlexGrow(3))
                .column(
                        "project.leadTerritory",
                        project -> territoryNames.getOrDefault(project.leadTerritory(), project.leadTerritory()),
                        column -> column.setFlexGrow(2))
                .componentColumn(
                        "project.status",
                        project -> ProjectView.statusBadge(project.status(), this::getTranslation),
                        column -> column.setSortProperty("status").setFlexGrow(1))
                .column(
                        "project.startDate",
                        project -> Formats.date(project.startDate(), getLocale()),
                        column -> column.setSortProperty("startDate").setFlexGrow(1))
                .column(
                        "project.endDate",
                        project -> Formats.date(project.endDate(), getLocale()),
                        column -> column.setSortProperty("endDate").setFlexGrow(1))
                .items((query, number, size) -> projects.list(
                        number, size, sort(query), territory.getValue(), axis.getValue(), status.getValue(), query.q()))
                .editor(form, EditorDialog.Operations.of(projects::create, projects::update, projects::get))
                .beforeCreate(() -> form.setChoices(
                        ProjectForm.Choices.load(choices, mous, getLocale()), permissions.ownTerritory()))
                .openCreated()
                .build());
        page().grid().setPageSize(50);
    }

    /** The grid's sort, else the most recently changed first. */
    static String sort(ListQuery query) {
        return query.sort() == null || query.sort().equals(ListQuery.DEFAULT_SORT) ? "updatedAt,desc" : query.sort();
    }

    private void loadFilterChoices(MemorandumChoices choices) {
        try {
            territoryNames.putAll(choices.territories(getLocale()));
            axisNames.putAll(choices.axes(getLocale()));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        territory.setItems(List.copyOf(territoryNames.keySet()));
        axis.setItems(List.copyOf(axisNames.keySet()));
    }

    /** {@code ?territory=}, {@code ?axis=} and {@code ?status=} preset the filters. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        first(parameters, "territory").filter(territoryNames::containsKey).ifPresent(territory::setValue);
        first(parameters, "axis").filter(axisNames::containsKey).ifPresent(axis::setValue);
        first(parameters, "status").filter(Project.STATUSES::contains).ifPresent(status::setValue);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.get(0));
    }
}
