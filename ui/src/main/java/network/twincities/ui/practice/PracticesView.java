package network.twincities.ui.practice;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListQuery;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.ResourceNames;

/**
 * The library of best practices: searched in full text (in any of the three languages), filtered by
 * territory and axis, read page by page. Officials share their territory's practices here.
 */
@Route(value = "best-practices", layout = MainLayout.class)
public class PracticesView extends ListRoute<BestPractice> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("practice", "practices");

    private final ComboBox<String> territory = new ComboBox<>();
    private final ComboBox<String> axis = new ComboBox<>();
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();

    @Inject
    public PracticesView(@Backend PracticesClient practices, MemorandumChoices choices, CurrentUser currentUser) {
        PracticePermissions permissions = new PracticePermissions(currentUser.profile());
        PracticeForm form = new PracticeForm();
        territory.setId("practices-territory");
        territory.setClearButtonVisible(true);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        axis.setId("practices-axis");
        axis.setClearButtonVisible(true);
        axis.setItemLabelGenerator(slug -> axisNames.getOrDefault(slug, slug));
        try {
            territoryNames.putAll(choices.territories(getLocale()));
            axisNames.putAll(choices.axes(getLocale()));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        territory.setItems(List.copyOf(territoryNames.keySet()));
        axis.setItems(List.copyOf(axisNames.keySet()));

        show(ListPage.<BestPractice>builder(NAMES, PracticeView.class)
                .admin(permissions.mayCreate())
                .searchPlaceholder("practices.search.placeholder")
                .filter(territory, "practice.territory", "territory")
                .filter(axis, "practice.axes", "axis")
                .column(
                        "practice.title",
                        practice -> practice.nameIn(getLocale()),
                        column -> column.setSortProperty("title").setFlexGrow(3))
                .column(
                        "practice.summary",
                        practice -> practice.summary() == null
                                ? ""
                                : practice.summary().in(getLocale()),
                        column -> column.setFlexGrow(3))
                .column(
                        "practice.territory",
                        practice -> territoryNames.getOrDefault(practice.territory(), practice.territory()),
                        column -> column.setSortProperty("territory").setFlexGrow(1))
                .column(
                        "practice.axes",
                        practice -> practice.axes().stream()
                                .map(slug -> axisNames.getOrDefault(slug, slug))
                                .collect(Collectors.joining(", ")),
                        column -> column.setFlexGrow(2))
                .items((query, number, size) -> practices.list(
                        number, size, sort(query), territory.getValue(), axis.getValue(), null, query.q()))
                .editor(form, EditorDialog.Operations.of(practices::create, practices::update, practices::get))
                .beforeCreate(() -> form.setChoices(
                        choices.territories(getLocale()), choices.axes(getLocale()), permissions.ownTerritory()))
                .openCreated()
                .build());
    }

    static String sort(ListQuery query) {
        return query.sort() == null || query.sort().equals(ListQuery.DEFAULT_SORT) ? "title,asc" : query.sort();
    }
}
