package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;

/**
 * The page of one registry resource: a link back to the list, the resource's name as heading, its
 * facts as label/value rows, and for administrators the edit button (the editor dialog, with the
 * server's field errors and a stale edit caught) and the delete button (asks first, then back to the
 * list). The resource is read by its slug; one that cannot be read is told to the user, and the page
 * shows the slug and no rows. Built with {@link #builder}; the view gives its rows and form.
 *
 * @param <T> the resource, as the backend represents it
 */
public class DetailPage<T extends RegistryItem<T>> extends VerticalLayout implements LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    /** The API's delete of a resource: its slug and the {@code If-Match} of the version shown. */
    @FunctionalInterface
    public interface Delete extends Serializable {
        void delete(String slug, String ifMatch);
    }

    private final ResourceNames names;
    private final SerializablePredicate<T> editable;
    private final SerializablePredicate<T> deletable;
    private final SerializableFunction<String, T> load;
    private final SerializableBiConsumer<T, DetailList> rows;
    private final Button edit;
    private final Button delete;
    private final RegistryHeader header;
    private final RouterLink back;
    private final DetailList details = new DetailList();
    private final List<Component> sections;
    private String slug;
    private T value;

    private DetailPage(Builder<T> builder) {
        this.names = builder.names;
        boolean admin = builder.admin;
        this.editable = builder.editable == null ? value -> admin : builder.editable;
        this.deletable = builder.deletable == null ? value -> admin : builder.deletable;
        this.load = builder.load;
        this.rows = builder.rows;
        this.sections = List.copyOf(builder.sections);
        setId(names.id("view"));
        edit = RegistryHeader.editButton(names.id("edit"));
        delete = RegistryHeader.deleteButton(names.id("delete"));
        edit.setVisible(false);
        delete.setVisible(false);
        List<Component> actions = new ArrayList<>();
        if (builder.form != null) {
            actions.add(edit);
        }
        if (builder.delete != null) {
            actions.add(delete);
        }
        header = new RegistryHeader(actions.toArray(Component[]::new));
        header.title().setId(names.id("title"));
        back = new RouterLink("", builder.list);
        back.setId(names.id("back"));
        details.setId(names.id("details"));

        if (builder.form != null) {
            EditorDialog<T> editor = EditorDialog.of(
                    names.id("editor"),
                    builder.form,
                    builder.operations,
                    edited -> getTranslation(names.key("edit"), edited == null ? "" : name(edited)));
            editor.onSaved(saved -> load());
            SerializableConsumer<T> prepare = builder.beforeEdit;
            edit.addClickListener(event -> {
                load();
                if (value == null) {
                    return;
                }
                try {
                    prepare.accept(value);
                } catch (RuntimeException failure) {
                    Notifications.error(BackendErrors.message(failure, this::getTranslation));
                    return;
                }
                editor.open(value);
            });
        }
        if (builder.delete != null) {
            Delete call = builder.delete;
            Class<? extends Component> list = builder.list;
            delete.addClickListener(event -> {
                T current = value;
                Writes.confirmAndDelete(
                        this,
                        name(current),
                        () -> call.delete(current.slug(), Paging.ifMatch(current.version())),
                        list);
            });
        }

        add(back, header, details);
        add(sections.toArray(Component[]::new));
    }

    /**
     * The page of a resource named {@code names}, read by {@code load} (the API's get by slug), with
     * the link back to {@code list}.
     */
    public static <T extends RegistryItem<T>> Builder<T> builder(
            ResourceNames names, Class<? extends Component> list, SerializableFunction<String, T> load) {
        return new Builder<>(names, list, load);
    }

    /** Shows the resource of this slug (the route's parameter). */
    public void show(String slug) {
        this.slug = slug == null ? "" : slug;
        load();
    }

    /** Reads the resource again and shows it (after a step of its workflow). */
    public void reload() {
        load();
    }

    /** The resource shown; null before it is read or when it cannot be. */
    public T value() {
        return value;
    }

    private void load() {
        try {
            value = load.apply(slug);
        } catch (RuntimeException failure) {
            value = null;
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    private void render() {
        details.clear();
        back.setText("← " + getTranslation(names.titleKey()));
        edit.setVisible(value != null && editable.test(value));
        delete.setVisible(value != null && deletable.test(value));
        sections.forEach(section -> section.setVisible(value != null));
        if (value == null) {
            header.setTitle(slug);
            return;
        }
        header.setTitle(name(value));
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle()));
        rows.accept(value, details);
    }

    private String name(T item) {
        return item.nameIn(getLocale());
    }

    /** The browser's title: the resource's name, or the list's title while there is none. */
    public String pageTitle() {
        return (value == null ? getTranslation(names.titleKey()) : name(value)) + " · " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        edit.setText(getTranslation("action.edit"));
        delete.setText(getTranslation("action.delete"));
        if (slug != null) {
            render();
        }
    }

    /** Collects what is a page's own; {@link #build()} makes it. */
    public static final class Builder<T extends RegistryItem<T>> {
        private final ResourceNames names;
        private final Class<? extends Component> list;
        private final SerializableFunction<String, T> load;
        private boolean admin;
        private SerializablePredicate<T> editable;
        private SerializablePredicate<T> deletable;
        private SerializableBiConsumer<T, DetailList> rows = (value, details) -> {};
        private RegistryForm<T> form;
        private EditorDialog.Operations<T> operations;
        private SerializableConsumer<T> beforeEdit = value -> {};
        private Delete delete;
        private final List<Component> sections = new ArrayList<>();

        private Builder(ResourceNames names, Class<? extends Component> list, SerializableFunction<String, T> load) {
            this.names = names;
            this.list = list;
            this.load = load;
        }

        /** Whether the user may edit and delete (forum administrators): only they see the buttons. */
        public Builder<T> admin(boolean admin) {
            this.admin = admin;
            return this;
        }

        /** Whether the user may edit this resource (its status, the user's territory); else {@link #admin}. */
        public Builder<T> editable(SerializablePredicate<T> editable) {
            this.editable = editable;
            return this;
        }

        /** Whether the user may delete this resource; else {@link #admin}. */
        public Builder<T> deletable(SerializablePredicate<T> deletable) {
            this.deletable = deletable;
            return this;
        }

        /** Adds the resource's rows, each time it is shown (in the current language). */
        public Builder<T> rows(SerializableBiConsumer<T, DetailList> rows) {
            this.rows = rows;
            return this;
        }

        /** The form and backend calls of the edit dialog; without them there is no edit button. */
        public Builder<T> editor(RegistryForm<T> form, EditorDialog.Operations<T> operations) {
            this.form = form;
            this.operations = operations;
            return this;
        }

        /** Runs before the edit dialog opens (loads the form's choices); a failure is told and keeps it closed. */
        public Builder<T> beforeEdit(SerializableConsumer<T> prepare) {
            this.beforeEdit = prepare;
            return this;
        }

        /** The API's delete; without it there is no delete button. */
        public Builder<T> delete(Delete delete) {
            this.delete = delete;
            return this;
        }

        /** Components after the rows, shown while there is a resource; the rows' callback fills them. */
        public Builder<T> sections(Component... components) {
            sections.addAll(List.of(components));
            return this;
        }

        public DetailPage<T> build() {
            return new DetailPage<>(this);
        }
    }
}
