package network.twincities.ui.axis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;

/** A cooperation axis: names, descriptions and the SDGs it serves; administrators edit it (no delete). */
@Route(value = "axes/:slug", layout = MainLayout.class)
public class AxisView extends DetailRoute<Axis> {

    private static final long serialVersionUID = 1L;

    @Inject
    public AxisView(@Backend AxesClient axes, CurrentUser currentUser) {
        show(DetailPage.builder(AxesView.NAMES, AxesView.class, axes::get)
                .admin(currentUser.profile().isForumAdmin())
                .rows(this::rows)
                .editor(new AxisForm(), EditorDialog.Operations.of(axes::create, axes::update, axes::get))
                .build());
    }

    private void rows(Axis axis, DetailList details) {
        details.addNames(axis.name(), this::getTranslation);
        details.add("slug", getTranslation("field.slug"), axis.slug());
        details.add(
                "description",
                getTranslation("field.description"),
                axis.description() == null ? "" : axis.description().in(getLocale()));
        Div goals = new Div();
        goals.setId("axis-sdg-list");
        goals.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "4px");
        Sdg.sorted(axis.sdgs()).forEach(number -> {
            HorizontalLayout row = new HorizontalLayout(
                    Sdg.badge(number, this::getTranslation, getLocale()),
                    new Span(Sdg.isGoal(number) ? getTranslation(Sdg.key(number)) : ""));
            row.setSpacing(true);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            goals.add(row);
        });
        details.add("sdgs", getTranslation("axis.sdgs"), axis.sdgs().isEmpty() ? new Span("—") : goals);
    }
}
