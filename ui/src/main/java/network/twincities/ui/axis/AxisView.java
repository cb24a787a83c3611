package network.twincities.ui.axis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;

/** A cooperation axis: names, descriptions and the SDGs it serves; administrators edit it (no delete). */
@Route(value = "axes/:slug", layout = MainLayout.class)
public class AxisView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final AxesClient axes;
    private final boolean admin;
    private final H2 heading = new H2();
    private final Button edit = new Button();
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
        heading.setId("axis-title");
        heading.getStyle().set("margin", "0");
        edit.setId("axis-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setVisible(false);
        HorizontalLayout top = new HorizontalLayout(heading, edit);
        top.setWidthFull();
        top.expand(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        editor = new EditorDialog<>(
                "axis-editor",
                form,
                new EditorDialog.Operations<>(
                        value -> axes.create(value.forWrite(true)),
                        (original, value) ->
                                axes.update(original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                        original -> axes.get(original.slug())),
                value -> getTranslation("axis.edit", value == null ? "" : name(value)));
        editor.add(form);
        form.addSaveListener(event -> editor.save(event.axis()));
        form.addCancelListener(event -> editor.close());
        editor.onSaved(saved -> load());
        edit.addClickListener(event -> {
            load();
            if (axis != null) {
                editor.open(axis);
            }
        });
        add(back, top, details);
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
            heading.setText(slug);
            return;
        }
        heading.setText(name(axis));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (axis.name() != null) {
            details.add("name.en", getTranslation("field.name.en"), axis.name().en());
            details.add("name.fr", getTranslation("field.name.fr"), axis.name().fr());
            details.add("name.ar", getTranslation("field.name.ar"), axis.name().ar());
        }
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
