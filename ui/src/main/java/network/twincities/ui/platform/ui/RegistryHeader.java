package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The top of a registry view: its title across the width and the actions at the end (create on a
 * list, edit and delete on a page), with the buttons those actions use.
 */
public class RegistryHeader extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final H2 title = new H2();

    public RegistryHeader(Component... actions) {
        title.getStyle().set("margin", "0");
        add(title);
        add(actions);
        setWidthFull();
        expand(title);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    }

    public H2 title() {
        return title;
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    /** The create button of a list, shown only to those who may create ({@code visible}). */
    public static Button createButton(String id, boolean visible) {
        Button create = new Button();
        create.setId(id);
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(visible);
        return create;
    }

    public static Button editButton(String id) {
        Button edit = new Button();
        edit.setId(id);
        edit.setIcon(VaadinIcon.EDIT.create());
        return edit;
    }

    public static Button deleteButton(String id) {
        Button delete = new Button();
        delete.setId(id);
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return delete;
    }
}
