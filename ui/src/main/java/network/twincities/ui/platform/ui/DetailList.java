package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import network.twincities.ui.platform.api.LocalizedText;

/** A profile's facts as a description list: a label and its value, each row with a test id. */
public class DetailList extends DescriptionList {

    private static final long serialVersionUID = 1L;

    public DetailList() {
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "minmax(6em, max-content) minmax(0, 1fr)")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
                .set("margin", "0");
    }

    public void add(String key, String label, String value) {
        add(key, label, new Span(value == null || value.isBlank() ? "—" : value));
    }

    public void add(String key, String label, Component value) {
        Term term = new Term(label);
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Description description = new Description(value);
        description.getStyle().set("margin", "0");
        description.getElement().setAttribute("data-field", key);
        add(term, description);
    }

    /** The rows of a name in English, French and Arabic ({@code name.en} …); none without a name. */
    public void addNames(LocalizedText name, Function<String, String> translate) {
        if (name != null) {
            add("name.en", translate.apply("field.name.en"), name.en());
            add("name.fr", translate.apply("field.name.fr"), name.fr());
            add("name.ar", translate.apply("field.name.ar"), name.ar());
        }
    }

    public void clear() {
        removeAll();
    }
}
