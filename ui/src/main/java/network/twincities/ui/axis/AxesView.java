package network.twincities.ui.axis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.PagedItems;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.SearchField;

/** The cooperation axes with their SDGs: search, filter by goal; administrators add them. */
@Route(value = "axes", layout = MainLayout.class)
public class AxesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final AxesClient axes;
    private final Button create;
    private final RegistryHeader header;
    private final SearchField search;
    private final Select<Integer> sdgFilter = new Select<>();
    private final Grid<Axis> grid = new Grid<>();
    private final Grid.Column<Axis> nameColumn;
    private final Grid.Column<Axis> sdgColumn;
    private final AxisForm form = new AxisForm();
    private final EditorDialog<Axis> editor;

    @Inject
    public AxesView(@Backend AxesClient axes, CurrentUser currentUser) {
        this.axes = axes;
        setId("axes-view");
        setSizeFull();
        create =
                RegistryHeader.createButton("axis-create", currentUser.profile().isForumAdmin());
        header = new RegistryHeader(create);
        search = new SearchField("axis-search", () -> grid.getDataProvider().refreshAll());

        sdgFilter.setId("axis-filter-sdg");
        sdgFilter.setItems(Sdg.NUMBERS);
        sdgFilter.setEmptySelectionAllowed(true);
        sdgFilter.setItemLabelGenerator(
                number -> number == null ? getTranslation("filter.any") : Sdg.label(number, this::getTranslation));
        sdgFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, sdgFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("axes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nameColumn = grid.addColumn(axis -> Registry.name(axis.name(), axis.slug(), getLocale()))
                .setFlexGrow(2);
        sdgColumn = grid.addComponentColumn(axis -> {
                    Div badges = new Div();
                    badges.getStyle()
                            .set("display", "flex")
                            .set("flex-wrap", "wrap")
                            .set("gap", "4px");
                    Sdg.sorted(axis.sdgs()).forEach(number -> badges.add(Sdg.badge(number, this::getTranslation)));
                    return badges;
                })
                .setFlexGrow(3);
        PagedItems.bind(
                grid,
                this,
                query -> (page, size) -> axes.list(page, size, "name,asc", search.query(), sdgFilter.getValue()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                AxisView.class, new RouteParameters("slug", event.getItem().slug()))));

        editor = EditorDialog.of("axis-editor", form, operations(axes), value -> getTranslation("axis.create"));
        editor.onSaved(saved -> grid.getDataProvider().refreshAll());
        create.addClickListener(event -> editor.open(null));

        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    /** The backend calls of the editor, here and on the detail page. */
    static EditorDialog.Operations<Axis> operations(AxesClient axes) {
        return new EditorDialog.Operations<>(
                value -> axes.create(value.forWrite(true)),
                (original, value) ->
                        axes.update(original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                original -> axes.get(original.slug()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        header.setTitle(getTranslation("axes.title"));
        create.setText(getTranslation("axis.create"));
        search.setLabel(getTranslation("territories.search"));
        sdgFilter.setLabel(getTranslation("axis.sdg"));
        sdgFilter.setEmptySelectionCaption(getTranslation("filter.any"));
        nameColumn.setHeader(getTranslation("territories.column.name"));
        sdgColumn.setHeader(getTranslation("axis.sdgs"));
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("axes.title") + " · " + getTranslation("app.title");
    }
}
