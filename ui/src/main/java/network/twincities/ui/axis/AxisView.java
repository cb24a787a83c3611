package network.twincities.ui.axis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryHeader;

/** A cooperation axis: names, descriptions and the SDGs it serves; administrators edit it (no delete). */
@Route(value = "axes/:slug", layout = MainLayout.class)
public class AxisView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final AxesClient axes;
    private final boolean admin;
    private final Button edit = RegistryHeader.editButton("axis-edit");
    private final RegistryHeader header = new RegistryHeader(edit);
    private final RouterLink back = new RouterLink("", AxesView.class);
    private final DetailList details = new DetailList();
    private final AxisForm form = new AxisForm();
    private final EditorDialog<Axis> editor;
    private String slug;
    private Axis axis;

    @Inject
    public AxisView(@Backend AxesClient axes, CurrentUser currentUser) {
        this.axes = axes;
        this.admin = currentUser.profile().isForumAdmin();
        setId("axis-view");
        header.title().setId("axis-title");
        edit.setVisible(false);
        editor = EditorDialog.of(
                "axis-editor",
                form,
                AxesView.operations(axes),
                value -> getTranslation("axis.edit", value == null ? "" : name(value)));
        editor.onSaved(saved -> load());
        edit.addClickListener(event -> {
            load();
            if (axis != null) {
                editor.open(axis);
            }
        });
        add(back, header, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        load();
    }

    private void load() {
        try {
            axis = axes.get(slug);
        } catch (RuntimeException failure) {
            axis = null;
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    private void render() {
        details.clear();
        back.setText("← " + getTranslation("axes.title"));
        edit.setVisible(admin && axis != null);
        if (axis == null) {
            header.setTitle(slug);
            return;
        }
        header.setTitle(name(axis));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
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
                    Sdg.badge(number, this::getTranslation),
                    new Span(Sdg.isGoal(number) ? getTranslation(Sdg.key(number)) : ""));
            row.setSpacing(true);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            goals.add(row);
        });
        details.add("sdgs", getTranslation("axis.sdgs"), axis.sdgs().isEmpty() ? new Span("—") : goals);
    }

    private String name(Axis value) {
        return Registry.name(value.name(), value.slug(), getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        edit.setText(getTranslation("action.edit"));
        if (slug != null) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return (axis == null ? getTranslation("axes.title") : name(axis)) + " · " + getTranslation("app.title");
    }
}
