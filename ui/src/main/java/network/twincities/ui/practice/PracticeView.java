package network.twincities.ui.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.axis.AxisView;
import network.twincities.ui.memorandum.MemorandumChoices;
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
 * A best practice: its summary, description, outcomes and tags; which territories adopted it and how
 * far they are; the territories suggested to adopt it, with the reasons in words. An official whose
 * territory neither owns nor has adopted it adopts it for that territory here.
 */
@Route(value = "best-practices/:slug", layout = MainLayout.class)
public class PracticeView extends DetailRoute<BestPractice> {

    private static final long serialVersionUID = 1L;

    static final Map<String, String[]> ADOPTION_COLOURS = Map.of(
            "PLANNED", Badge.BLUE,
            "IN_PROGRESS", Badge.AMBER,
            "ADOPTED", Badge.DARK_GREEN,
            "DROPPED", Badge.DARK_GREY);

    private final transient PracticesClient practices;
    private final MemorandumChoices choices;
    private final PracticePermissions permissions;
    private final String ownTerritory;
    private final DetailPage<BestPractice> page;
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();
    private final Map<String, String> practiceTitles = new HashMap<>();
    private final Div outcomes = section("practice-outcomes-section");
    private final Div adoptions = section("practice-adoptions");
    private final Div suggestions = section("practice-suggestions");
    private Locale namesLocale;

    @Inject
    public PracticeView(@Backend PracticesClient practices, MemorandumChoices choices, CurrentUser currentUser) {
        this.practices = practices;
        this.choices = choices;
        this.permissions = new PracticePermissions(currentUser.profile());
        this.ownTerritory = currentUser.profile().territory();
        PracticeForm form = new PracticeForm();
        page = DetailPage.builder(PracticesView.NAMES, PracticesView.class, practices::get)
                .editable(permissions::mayEdit)
                .deletable(permissions::mayDelete)
                .rows(this::rows)
                .editor(form, EditorDialog.Operations.of(practices::create, practices::update, practices::get))
                .beforeEdit(
                        practice -> form.setChoices(choices.territories(getLocale()), choices.axes(getLocale()), null))
                .delete(practices::delete)
                .sections(outcomes, adoptions, suggestions)
                .build();
        show(page);
    }

    private static Div section(String id) {
        Div div = new Div();
        div.setId(id);
        div.setWidthFull();
        return div;
    }

    /** An adoption's status as a badge. */
    static Span adoptionBadge(String status, String text) {
        return Badge.of("adoption-status", status, text, ADOPTION_COLOURS);
    }

    private void loadNames() {
        if (getLocale().equals(namesLocale)) {
            return;
        }
        try {
            territoryNames.clear();
            axisNames.clear();
            practiceTitles.clear();
            territoryNames.putAll(choices.territories(getLocale()));
            axisNames.putAll(choices.axes(getLocale()));
            namesLocale = getLocale();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
    }

    private void rows(BestPractice practice, DetailList details) {
        loadNames();
        Locale locale = getLocale();
        details.add(
                "summary",
                getTranslation("practice.summary"),
                practice.summary() == null ? "" : practice.summary().in(locale));
        details.add(
                "description",
                getTranslation("practice.description"),
                practice.description() == null ? "" : practice.description().in(locale));
        details.add(
                "territory",
                getTranslation("practice.territory"),
                Links.list(List.of(practice.territory()), territoryNames, TerritoryView.class));
        details.add("axes", getTranslation("practice.axes"), Links.list(practice.axes(), axisNames, AxisView.class));
        details.add("tags", getTranslation("practice.tags"), tags(practice.tags()));
        renderOutcomes(practice);
        renderAdoptions(practice);
        renderSuggestions(practice);
    }

    private static Component tags(List<String> tags) {
        if (tags.isEmpty()) {
            return new Span("—");
        }
        UnorderedList list = new UnorderedList();
        list.setId("practice-tags");
        list.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-xs)")
                .set("list-style", "none")
                .set("margin", "0")
                .set("padding", "0");
        tags.forEach(tag -> {
            ListItem item = new ListItem(tag);
            item.getStyle()
                    .set("background", "var(--lumo-contrast-10pct)")
                    .set("color", "var(--lumo-body-text-color)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "0 var(--lumo-space-s)");
            list.add(item);
        });
        return list;
    }

    private void renderOutcomes(BestPractice practice) {
        outcomes.removeAll();
        outcomes.add(new H3(getTranslation("practice.outcomes")));
        if (practice.outcomes().isEmpty()) {
            outcomes.add(new Paragraph(getTranslation("practice.outcomes.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("practice-outcome-list");
        Locale locale = getLocale();
        for (BestPractice.Outcome outcome : practice.outcomes()) {
            String value =
                    Formats.number(outcome.value(), locale) + (outcome.unit() == null ? "" : " " + outcome.unit());
            Span figure = new Span(value);
            figure.getStyle().set("font-weight", "600");
            ListItem item = new ListItem(figure, new Span(" · " + outcome.indicator()));
            if (outcome.asOf() != null) {
                item.add(new Span(
                        " · " + getTranslation("practice.outcome.asOfDate", Formats.date(outcome.asOf(), locale))));
            }
            list.add(item);
        }
        outcomes.add(list);
    }

    private void renderAdoptions(BestPractice practice) {
        adoptions.removeAll();
        adoptions.add(new H3(getTranslation("practice.adoptions")));
        List<BestPractice.Adoption> adopted;
        try {
            adopted = practices.adoptions(practice.id());
        } catch (RuntimeException failure) {
            adoptions.add(new Paragraph(BackendErrors.message(failure, this::getTranslation)));
            return;
        }
        if (permissions.mayAdopt(practice, adopted)) {
            Button adopt = new Button(getTranslation("practice.adopt"), VaadinIcon.PLUS_CIRCLE.create());
            adopt.setId("practice-adopt");
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            adopt.addClickListener(click -> Writes.save(
                            this,
                            () -> practices.adopt(
                                    practice.id(), new BestPractice.Adoption(ownTerritory, "PLANNED", null, null)),
                            errors -> errors,
                            page::reload)
                    .ifPresent(done -> {
                        Notifications.success(getTranslation("practice.adopted"));
                        renderAdoptions(practice);
                    }));
            adoptions.add(adopt);
        }
        if (adopted.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("practice.adoptions.none"));
            none.setId("practice-adoptions-none");
            adoptions.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("practice-adoption-list");
        for (BestPractice.Adoption adoption : adopted) {
            ListItem item = new ListItem(
                    Links.to(adoption.territory(), territoryNames.get(adoption.territory()), TerritoryView.class),
                    new Span(" "),
                    adoptionBadge(adoption.status(), getTranslation("adoption.status." + adoption.status())));
            item.getElement().setAttribute("data-territory", adoption.territory());
            if (adoption.notes() != null && !adoption.notes().isBlank()) {
                item.add(new Span(" · " + adoption.notes()));
            }
            list.add(item);
        }
        adoptions.add(list);
    }

    private void renderSuggestions(BestPractice practice) {
        suggestions.removeAll();
        suggestions.add(new H3(getTranslation("practice.suggestedAdopters")));
        List<BestPractice.Suggestion> found;
        try {
            found = practices.suggestedAdopters(practice.id());
        } catch (RuntimeException failure) {
            Paragraph error = new Paragraph(BackendErrors.message(failure, this::getTranslation));
            error.setId("practice-suggestion-error");
            suggestions.add(error);
            return;
        }
        suggestions.add(suggestionList(
                "practice-suggestion-list", found, reasons(), territoryNames, getTranslation("suggestion.none")));
    }

    /** The reasons in words: axes and practices by their names in the reader's language. */
    SuggestionReasons reasons() {
        return new SuggestionReasons(
                this::getTranslation,
                slug -> axisNames.get(slug),
                id -> practiceTitles.computeIfAbsent(id, this::practiceTitle),
                getLocale());
    }

    private String practiceTitle(String id) {
        try {
            return practices.get(id).nameIn(getLocale());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Suggested territories, linked by name, each with its fit and its reasons; {@code none} when empty. */
    public static Component suggestionList(
            String id,
            List<BestPractice.Suggestion> suggestions,
            SuggestionReasons reasons,
            Map<String, String> territoryNames,
            String none) {
        if (suggestions.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.setId(id + "-none");
            return empty;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (BestPractice.Suggestion suggestion : suggestions) {
            ListItem item = new ListItem();
            item.addClassName("suggestion");
            item.getElement().setAttribute("data-territory", suggestion.territory());
            item.add(
                    Links.to(suggestion.territory(), territoryNames.get(suggestion.territory()), TerritoryView.class),
                    new Span(" · " + reasons.score(suggestion.score())));
            UnorderedList why = new UnorderedList();
            why.addClassName("suggestion-reasons");
            suggestion.reasons().forEach(reason -> why.add(new ListItem(reasons.text(reason))));
            item.add(why);
            list.add(item);
        }
        return list;
    }
}
