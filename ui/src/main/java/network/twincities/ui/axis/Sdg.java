package network.twincities.ui.axis;

import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The 17 UN Sustainable Development Goals: their numbers, their titles (translation keys {@code
 * sdg.<n>}) and their official colours, for badges.
 */
public final class Sdg {

    /** Goals 1 to 17. */
    public static final List<Integer> NUMBERS =
            IntStream.rangeClosed(1, 17).boxed().toList();

    private static final List<String> COLORS = List.of(
            "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
            "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A");

    private Sdg() {}

    public static boolean isGoal(Integer number) {
        return number != null && number >= 1 && number <= 17;
    }

    /** The translation key of a goal's title. */
    public static String key(int number) {
        return "sdg." + number;
    }

    /** "11 · Sustainable cities and communities"; an unknown number as it is. */
    public static String label(Integer number, Function<String, String> translate) {
        if (!isGoal(number)) {
            return String.valueOf(number);
        }
        return number + " · " + translate.apply(key(number));
    }

    /** The goal's official colour; grey for an unknown number. */
    public static String color(Integer number) {
        return isGoal(number) ? COLORS.get(number - 1) : "#6B7280";
    }

    /** The goals in order, each once, unknown numbers last. */
    public static List<Integer> sorted(Collection<Integer> numbers) {
        return numbers == null
                ? List.of()
                : numbers.stream().distinct().sorted().toList();
    }

    /** A badge: the number on the goal's colour, its title as tooltip and accessible name. */
    public static Span badge(Integer number, Function<String, String> translate) {
        Span badge = new Span(isGoal(number) ? "SDG " + number : String.valueOf(number));
        String title = label(number, translate);
        badge.setTitle(title);
        badge.getElement().setAttribute("aria-label", title);
        badge.getElement().setAttribute("data-sdg", String.valueOf(number));
        badge.addClassName("sdg-badge");
        badge.getStyle()
                .set("background", color(number))
                .set("color", "white")
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.1em 0.5em")
                .set("white-space", "nowrap");
        return badge;
    }
}
