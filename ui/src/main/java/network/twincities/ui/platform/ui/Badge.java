package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * A status as a badge: its name in the user's language on a colour of its own. Each pair of text and
 * background colour has a contrast of at least 7:1, and the text, not the colour, carries the meaning.
 */
public final class Badge {

    /** Text and background colours: neutral, blue, amber, green, red, dark green, dark grey. */
    public static final String[] NEUTRAL = {"#1f2933", "#e4e7eb"};

    public static final String[] BLUE = {"#1e3a8a", "#dbeafe"};
    public static final String[] AMBER = {"#713f12", "#fef3c7"};
    public static final String[] GREEN = {"#064e3b", "#d1fae5"};
    public static final String[] RED = {"#7f1d1d", "#fee2e2"};
    public static final String[] DARK_GREEN = {"#ffffff", "#065f46"};
    public static final String[] DARK_GREY = {"#ffffff", "#374151"};

    private Badge() {}

    /** The badge of {@code status}, labelled {@code text}, coloured from {@code colours} (else neutral). */
    public static Span of(String className, String status, String text, Map<String, String[]> colours) {
        Span badge = new Span(text);
        String[] pair = colours.getOrDefault(status, NEUTRAL);
        badge.addClassName(className);
        badge.getElement().setAttribute("data-status", String.valueOf(status));
        badge.getStyle()
                .set("color", pair[0])
                .set("background", pair[1])
                .set("border", "1px solid " + pair[0])
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600")
                .set("white-space", "nowrap");
        return badge;
    }
}
