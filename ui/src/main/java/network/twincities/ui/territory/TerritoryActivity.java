package network.twincities.ui.territory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Page;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.ui.Links;
import network.twincities.ui.practice.BestPractice;
import network.twincities.ui.practice.PracticeView;
import network.twincities.ui.practice.PracticesClient;
import network.twincities.ui.practice.SuggestionReasons;
import network.twincities.ui.project.Project;
import network.twincities.ui.project.ProjectView;
import network.twincities.ui.project.ProjectsClient;
import network.twincities.ui.project.ProjectsView;

/**
 * What a territory's profile shows of its work: the projects it leads or partners in, the best
 * practices it shares (the first of each, linked, with a link to all of them), and its suggested twins
 * with the reasons in words.
 */
@Dependent
public class TerritoryActivity implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 10;

    @Inject
    @Backend
    transient ProjectsClient projects;

    @Inject
    @Backend
    transient PracticesClient practices;

    @Inject
    MemorandumChoices choices;

    public Component projects(String slug, Component context) {
        Div section = section("territory-projects", context.getTranslation("territory.section.projects"));
        try {
            Page<Project> found = projects.list(0, SHOWN, "updatedAt,desc", slug, null, null, null);
            if (found.items().isEmpty()) {
                section.add(new Paragraph(context.getTranslation("territory.section.projects.none")));
                return section;
            }
            UnorderedList list = new UnorderedList();
            list.setId("territory-project-list");
            found.items()
                    .forEach(project -> list.add(new ListItem(
                            Links.to(project.id(), project.nameIn(locale(context)), ProjectView.class),
                            new Span(" · " + context.getTranslation("project.status." + project.status())))));
            section.add(list);
            RouterLink all = new RouterLink(
                    context.getTranslation(
                            "territory.section.projects.all", Formats.number(found.total(), locale(context))),
                    ProjectsView.class);
            all.setQueryParameters(QueryParameters.of("territory", slug));
            all.setId("territory-projects-all");
            section.add(all);
        } catch (RuntimeException failure) {
            section.add(new Paragraph(BackendErrors.message(failure, context::getTranslation)));
        }
        return section;
    }

    public Component practices(String slug, Component context) {
        Div section = section("territory-best-practices", context.getTranslation("territory.section.bestPractices"));
        try {
            Page<BestPractice> found = practices.list(0, SHOWN, "title,asc", slug, null, null, null);
            if (found.items().isEmpty()) {
                section.add(new Paragraph(context.getTranslation("territory.section.bestPractices.none")));
                return section;
            }
            UnorderedList list = new UnorderedList();
            list.setId("territory-practice-list");
            found.items()
                    .forEach(practice -> list.add(new ListItem(
                            Links.to(practice.id(), practice.nameIn(locale(context)), PracticeView.class))));
            section.add(list);
        } catch (RuntimeException failure) {
            section.add(new Paragraph(BackendErrors.message(failure, context::getTranslation)));
        }
        return section;
    }

    public Component twins(String slug, Component context) {
        Div section = section("territory-twins", context.getTranslation("territory.section.twins"));
        Locale locale = locale(context);
        try {
            List<BestPractice.Suggestion> twins = practices.suggestedTwins(slug);
            Map<String, String> axisNames = choices.axes(locale);
            Map<String, String> territoryNames = choices.territories(locale);
            Map<String, String> titles = new HashMap<>();
            SuggestionReasons reasons = new SuggestionReasons(
                    context::getTranslation,
                    axisNames::get,
                    id -> titles.computeIfAbsent(id, this::practiceTitle),
                    locale);
            section.add(PracticeView.suggestionList(
                    "territory-twin-list", twins, reasons, territoryNames, context.getTranslation("suggestion.none")));
        } catch (RuntimeException failure) {
            section.add(new Paragraph(BackendErrors.message(failure, context::getTranslation)));
        }
        return section;
    }

    private String practiceTitle(String id) {
        try {
            return practices
                    .get(id)
                    .nameIn(com.vaadin.flow.component.UI.getCurrent().getLocale());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Locale locale(Component context) {
        return context.getUI()
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(Locale.ENGLISH);
    }

    private static Div section(String id, String title) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.getStyle().set("margin-top", "var(--lumo-space-m)");
        return section;
    }
}
