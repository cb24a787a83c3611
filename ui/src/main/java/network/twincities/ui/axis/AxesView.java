package network.twincities.ui.axis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.ResourceNames;

/** The cooperation axes with their SDGs: search, filter by goal; administrators add them. */
@Route(value = "axes", layout = MainLayout.class)
public class AxesView extends ListRoute<Axis> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("axis", "axes");

    @Inject
    public AxesView(@Backend AxesClient axes, CurrentUser currentUser) {
        Select<Integer> sdg = ListPage.selectFilter(NAMES.id("filter-sdg"), Sdg.NUMBERS);
        sdg.setItemLabelGenerator(number ->
                number == null ? getTranslation("filter.any") : Sdg.label(number, this::getTranslation, getLocale()));
        show(ListPage.<Axis>builder(NAMES, AxisView.class)
                .admin(currentUser.profile().isForumAdmin())
                .filter(sdg, "axis.sdg", "sdg")
                .column("territories.column.name", axis -> axis.nameIn(getLocale()), column -> column.setFlexGrow(2))
                .componentColumn("axis.sdgs", this::badges, column -> column.setFlexGrow(3))
                .items((query, number, size) -> axes.list(number, size, query.sort(), query.q(), sdg.getValue()))
                .editor(new AxisForm(), EditorDialog.Operations.of(axes::create, axes::update, axes::get))
                .build());
    }

    private Div badges(Axis axis) {
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "4px");
        Sdg.sorted(axis.sdgs()).forEach(number -> badges.add(Sdg.badge(number, this::getTranslation, getLocale())));
        return badges;
    }
}
