package network.twincities.ui.memorandum;

import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * An MoU's status as a badge: its name in the user's language on a colour of its own, each pair
 * with a contrast of at least 7:1, so that the text, not the colour, carries the meaning.
 */
public final class StatusBadge {

    /** Text and background colour per status. */
    static final Map<String, String[]> COLOURS = Map.of(
            "DRAFT", new String[] {"#1f2933", "#e4e7eb"},
            "SUBMITTED", new String[] {"#1e3a8a", "#dbeafe"},
            "CHANGES_REQUESTED", new String[] {"#713f12", "#fef3c7"},
            "APPROVED", new String[] {"#064e3b", "#d1fae5"},
            "REJECTED", new String[] {"#7f1d1d", "#fee2e2"},
            "SIGNED", new String[] {"#ffffff", "#065f46"},
            "TERMINATED", new String[] {"#ffffff", "#374151"},
            "EXPIRED", new String[] {"#374151", "#f3f4f6"});

    private StatusBadge() {}

    /** The badge of a status, labelled {@code text}. */
    public static Span of(String status, String text) {
        Span badge = new Span(text);
        String[] colours = COLOURS.getOrDefault(status, COLOURS.get("DRAFT"));
        badge.addClassName("mou-status");
        badge.getElement().setAttribute("data-status", String.valueOf(status));
        badge.getStyle()
                .set("color", colours[0])
                .set("background", colours[1])
                .set("border", "1px solid " + colours[0])
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600")
                .set("white-space", "nowrap");
        return badge;
    }
}
