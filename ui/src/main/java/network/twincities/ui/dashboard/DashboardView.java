package network.twincities.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.BackendException;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.i18n.Language;
import network.twincities.ui.platform.ui.Links;
import network.twincities.ui.project.Project;
import network.twincities.ui.project.ProjectView;
import network.twincities.ui.project.ProjectsClient;
import network.twincities.ui.territory.TerritoriesClient;
import network.twincities.ui.territory.Territory;
import network.twincities.ui.territory.TerritoryMap;

/**
 * The network at a glance: projects, beneficiaries, active MoUs, best practices and adoptions;
 * projects by axis and by status as bar charts, each with its data as a table; the projects changed
 * last with their latest progress; and a map of the territories with their number of projects. When
 * the figures cannot be read, it says so and shows none.
 */
@Route(value = "dashboard", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 5;

    private final transient StatsClient stats;
    private final transient ProjectsClient projects;
    private final transient TerritoriesClient territories;
    private final MemorandumChoices choices;
    private final H2 title = new H2();
    private final Div content = new Div();

    @Inject
    public DashboardView(
            @Backend StatsClient stats,
            @Backend ProjectsClient projects,
            @Backend TerritoriesClient territories,
            MemorandumChoices choices) {
        this.stats = stats;
        this.projects = projects;
        this.territories = territories;
        this.choices = choices;
        setId("dashboard-view");
        title.setId("dashboard-title");
        title.getStyle().set("margin", "0");
        content.setWidthFull();
        add(title, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dashboard.title"));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        render();
    }

    private void render() {
        content.removeAll();
        Stats figures;
        try {
            figures = stats.get();
        } catch (RuntimeException failure) {
            boolean notServed = failure instanceof BackendException backend && backend.status() == 404;
            Paragraph error = new Paragraph(getTranslation(
                    "dashboard.unavailable",
                    notServed
                            ? getTranslation("dashboard.notServed")
                            : BackendErrors.message(failure, this::getTranslation)));
            error.setId("dashboard-error");
            error.getElement().setAttribute("role", "alert");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            content.add(error);
            content.add(recent());
            return;
        }
        Locale locale = getLocale();
        Map<String, String> axisNames = new LinkedHashMap<>();
        Map<String, String> territoryNames = new LinkedHashMap<>();
        try {
            axisNames.putAll(choices.axes(locale));
            territoryNames.putAll(choices.territories(locale));
        } catch (RuntimeException namesUnreadable) {
            // the charts then name axes and territories as the API does
        }
        Stats.Projects byProjects = figures.projectsOrEmpty();
        content.add(keyFigures(figures, byProjects.total()));
        content.add(chart(
                "dashboard-chart-axis",
                getTranslation("dashboard.byAxis"),
                getTranslation("project.axes"),
                BarChart.bars(byProjects.byAxis(), slug -> axisNames.getOrDefault(slug, slug), this::number)));
        content.add(chart(
                "dashboard-chart-status",
                getTranslation("dashboard.byStatus"),
                getTranslation("project.status"),
                BarChart.bars(
                        byProjects.byStatus(), status -> getTranslation("project.status." + status), this::number)));
        content.add(recent());
        content.add(map(byProjects.byTerritory(), territoryNames));
    }

    private String number(Long value) {
        return Formats.number(value, getLocale());
    }

    private Component keyFigures(Stats figures, long projectCount) {
        Div cards = new Div();
        cards.setId("dashboard-figures");
        cards.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(10em, 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-m) 0");
        cards.add(
                figure("projects", projectCount),
                figure("beneficiaries", figures.beneficiaries()),
                figure("activeMous", figures.activeMous()),
                figure("bestPractices", figures.bestPractices()),
                figure("adoptions", figures.adoptions()));
        return cards;
    }

    private Component figure(String key, Long value) {
        Span number = new Span(value == null ? "—" : number(value));
        number.addClassName("dashboard-figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700");
        Span label = new Span(getTranslation("dashboard.figure." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div card = new Div(number, label);
        card.setId("dashboard-figure-" + key);
        card.getElement().setAttribute("data-value", value == null ? "" : String.valueOf(value));
        card.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    /** A bar chart with its heading, and the same data as a table under "Show as table". */
    private Component chart(String id, String heading, String labelHeader, List<BarChart.Bar> bars) {
        Div block = new Div();
        block.setId(id);
        block.getStyle().set("margin-top", "var(--lumo-space-l)");
        block.add(new H3(heading));
        if (bars.isEmpty()) {
            block.add(new Paragraph(getTranslation("dashboard.noProjects")));
            return block;
        }
        boolean rtl = Language.of(getLocale()).isRightToLeft();
        // the browser parses the markup as SVG (a Vaadin element would be an HTML one)
        Div svg = new Div();
        svg.getElement().setProperty("innerHTML", BarChart.svg(id + "-svg", heading, bars, rtl));
        block.add(svg);
        NativeTable table = new NativeTable();
        table.setId(id + "-table");
        table.setCaptionText(heading);
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(labelHeader), new NativeTableHeaderCell(getTranslation("dashboard.count"))));
        NativeTableBody body = table.addBody();
        for (BarChart.Bar bar : bars) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(bar.label());
            label.getElement().setAttribute("scope", "row");
            label.getStyle().set("text-align", "start").set("font-weight", "normal");
            NativeTableCell value = new NativeTableCell(bar.shown());
            body.addRows(new NativeTableRow(label, value));
        }
        NativeDetails details = new NativeDetails(getTranslation("dashboard.showTable"), table);
        details.getStyle().set("margin-top", "var(--lumo-space-s)");
        block.add(details);
        return block;
    }

    /** The projects changed last, each with its latest progress update. */
    private Component recent() {
        Div block = new Div();
        block.setId("dashboard-recent");
        block.getStyle().set("margin-top", "var(--lumo-space-l)");
        block.add(new H3(getTranslation("dashboard.recent")));
        List<Project> latest;
        try {
            latest = projects.list(0, RECENT, "updatedAt,desc", null, null, null, null)
                    .items();
        } catch (RuntimeException failure) {
            block.add(new Paragraph(BackendErrors.message(failure, this::getTranslation)));
            return block;
        }
        if (latest.isEmpty()) {
            block.add(new Paragraph(getTranslation("dashboard.noProjects")));
            return block;
        }
        UnorderedList list = new UnorderedList();
        list.setId("dashboard-recent-list");
        Locale locale = getLocale();
        for (Project project : latest) {
            ListItem item = new ListItem(Links.to(project.id(), project.nameIn(locale), ProjectView.class));
            item.addClassName("dashboard-recent-project");
            try {
                List<Project.Update> updates = projects.updates(project.id());
                if (!updates.isEmpty()) {
                    Project.Update update = updates.get(0);
                    Span text = new Span(" · "
                            + getTranslation(
                                    "dashboard.latestUpdate",
                                    Formats.percent(update.progress(), locale),
                                    update.text(),
                                    Formats.time(update.at(), locale)));
                    text.addClassName("dashboard-recent-update");
                    item.add(text);
                }
            } catch (RuntimeException updatesUnreadable) {
                // the project is listed without its latest update
            }
            list.add(item);
        }
        block.add(list);
        return block;
    }

    /** The territories on the map, each marker named with its number of projects. */
    private Component map(Map<String, Long> byTerritory, Map<String, String> names) {
        Div block = new Div();
        block.setId("dashboard-map-section");
        block.getStyle().set("margin-top", "var(--lumo-space-l)");
        block.setWidthFull();
        block.add(new H3(getTranslation("dashboard.map")));
        TerritoryMap map = new TerritoryMap();
        map.setId("dashboard-map");
        map.setHeight("50vh");
        map.getElement().setAttribute("role", "region");
        map.getElement().setAttribute("aria-label", getTranslation("dashboard.map"));
        List<Territory> all;
        try {
            all = Paging.all((page, size) -> territories.list(page, size, "name,asc", null), 2000);
        } catch (RuntimeException failure) {
            block.add(new Paragraph(BackendErrors.message(failure, this::getTranslation)));
            return block;
        }
        Locale locale = getLocale();
        map.show(all, territory -> {
            Long count = byTerritory.get(territory.slug());
            return count == null || count == 0
                    ? null
                    : getTranslation("dashboard.map.marker", territory.nameIn(locale), number(count));
        });
        block.add(map);
        UnorderedList list = new UnorderedList();
        list.setId("dashboard-map-list");
        byTerritory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> list.add(new ListItem(
                        Links.to(
                                entry.getKey(),
                                names.get(entry.getKey()),
                                network.twincities.ui.territory.TerritoryView.class),
                        new Span(" · " + getTranslation("dashboard.projectCount", number(entry.getValue()))))));
        block.add(new NativeDetails(getTranslation("dashboard.showList"), list));
        return block;
    }
}
