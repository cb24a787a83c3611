package network.twincities.ui.people;

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
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.ui.Links;

/** The people of a territory, for forum administrators, on the territory's profile: each linked to their page. */
@Dependent
public class TerritoryPeople implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    @Backend
    transient PeopleClient people;

    public Component section(String slug, Component context) {
        Div section = new Div(new H3(context.getTranslation("territory.section.people")));
        section.setId("territory-people");
        section.getStyle().set("margin-top", "var(--lumo-space-m)");
        try {
            var found = people.list(0, SHOWN, "name,asc", null, slug, null);
            if (found.items().isEmpty()) {
                section.add(new Paragraph(context.getTranslation("territory.section.people.none")));
            } else {
                UnorderedList list = new UnorderedList();
                list.setId("territory-people-list");
                found.items()
                        .forEach(person -> list.add(new ListItem(
                                Links.to(person.id(), person.fullName(), PersonView.class),
                                new Span(" · " + ProfileView.roles(person, context::getTranslation)
                                        + (person.isEnabled()
                                                ? ""
                                                : " · " + context.getTranslation("person.enabled.no"))))));
                section.add(list);
            }
            RouterLink all = new RouterLink(context.getTranslation("territory.section.people.all"), PeopleView.class);
            all.setQueryParameters(QueryParameters.of("territory", slug));
            all.setId("territory-people-all");
            section.add(all);
        } catch (RuntimeException failure) {
            section.add(new Paragraph(BackendErrors.message(failure, context::getTranslation)));
        }
        return section;
    }
}
