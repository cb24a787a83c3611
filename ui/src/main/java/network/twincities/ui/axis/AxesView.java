package network.twincities.ui.axis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;

/** The cooperation axes with their SDGs: search, filter by goal; administrators add them. */
@Route(value = "axes", layout = MainLayout.class)
public class AxesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final AxesClient axes;
    private final H2 heading = new H2();
    private final Button create = new Button();
    private final TextField search = new TextField();
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
        heading.getStyle().set("margin", "0");
        create.setId("axis-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.profile().isForumAdmin());
        HorizontalLayout top = new HorizontalLayout(heading, create);
        top.setWidthFull();
        top.expand(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        search.setId("axis-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
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
        grid.setItems(this::fetch, this::count);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                AxisView.class, new RouteParameters("slug", event.getItem().slug()))));

        editor = new EditorDialog<>(
                "axis-editor",
                form,
                new EditorDialog.Operations<>(
                        value -> axes.create(value.forWrite(true)),
                        (original, value) ->
                                axes.update(original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                        original -> axes.get(original.slug())),
                value -> getTranslation("axis.create"));
        editor.add(form);
        form.addSaveListener(event -> editor.save(event.axis()));
        form.addCancelListener(event -> editor.close());
        editor.onSaved(saved -> grid.getDataProvider().refreshAll());
        create.addClickListener(event -> editor.open(null));

        add(top, filters, grid);
        setFlexGrow(1, grid);
    }

    private String q() {
        String text = search.getValue() == null ? "" : search.getValue().trim();
        return text.isEmpty() ? null : text;
    }

    private Stream<Axis> fetch(Query<Axis, Void> query) {
        try {
            return Paging.window(
                    query.getOffset(),
                    query.getLimit(),
                    (page, size) -> axes.list(page, size, "name,asc", q(), sdgFilter.getValue()))
                    .stream();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return Stream.empty();
        }
    }

    private int count(Query<Axis, Void> query) {
        query.getOffset();
        query.getLimit();
        try {
            return Paging.count(axes.list(0, 1, "name,asc", q(), sdgFilter.getValue()));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return 0;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("axes.title"));
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
