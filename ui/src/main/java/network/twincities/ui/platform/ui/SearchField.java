package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A list's search box: clearable, with a search icon, searching a moment after the user stops typing. */
public class SearchField extends TextField {

    private static final long serialVersionUID = 1L;

    public SearchField(String id, Runnable onChange) {
        setId(id);
        setClearButtonVisible(true);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(event -> onChange.run());
    }

    /** The API's {@code q}: what the user typed, trimmed; {@code null} when blank. */
    public String query() {
        String text = getValue() == null ? "" : getValue().trim();
        return text.isEmpty() ? null : text;
    }
}
