package network.twincities.ui.axis;

import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import network.twincities.ui.platform.i18n.Formats;

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
    public static String label(Integer number, Function<String, String> translate, Locale locale) {
        if (!isGoal(number)) {
            return Formats.plain(number, locale);
        }
        return Formats.plain(number, locale) + " · " + translate.apply(key(number));
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

    /**
     * The text colour on the goal's colour: black or white, whichever contrasts more (at least 4.5:1
     * for every goal, WCAG AA).
     */
    public static String textColor(Integer number) {
        double background = luminance(color(number));
        double onWhite = 1.05 / (background + 0.05);
        double onBlack = (background + 0.05) / 0.05;
        return onBlack >= onWhite ? "#000000" : "#FFFFFF";
    }

    /** The contrast ratio of the badge's text on its background. */
    static double contrast(Integer number) {
        double background = luminance(color(number));
        double text = luminance(textColor(number));
        return (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
    }

    /** WCAG's relative luminance of a colour "#RRGGBB". */
    static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    /** A badge: the number on the goal's colour, its title as tooltip and accessible name. */
    public static Span badge(Integer number, Function<String, String> translate, Locale locale) {
        Span badge = new Span(isGoal(number) ? "SDG " + Formats.plain(number, locale) : Formats.plain(number, locale));
        String title = label(number, translate, locale);
        badge.setTitle(title);
        badge.getElement().setAttribute("aria-label", title);
        badge.getElement().setAttribute("data-sdg", String.valueOf(number));
        badge.addClassName("sdg-badge");
        badge.getStyle()
                .set("background", color(number))
                .set("color", textColor(number))
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.1em 0.5em")
                .set("white-space", "nowrap");
        return badge;
    }
}
