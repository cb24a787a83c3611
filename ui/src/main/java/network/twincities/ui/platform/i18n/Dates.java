package network.twincities.ui.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times in the reader's language. Arabic is written as in Morocco ({@code ar-MA}: its month
 * names, Western digits), the network's Arabic-speaking members.
 */
public final class Dates {

    /** The locale Arabic dates are formatted in. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

    private Dates() {}

    /** The locale to format in for a reader of {@code locale}. */
    public static Locale of(Locale locale) {
        return Language.of(locale) == Language.ARABIC
                ? ARABIC
                : Language.of(locale).locale();
    }

    /** A date, empty when there is none. */
    public static String date(LocalDate date, Locale locale, FormatStyle style) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(style)
                        .withLocale(of(locale))
                        .format(date);
    }

    /** A moment as the date and time of the server's zone, empty when there is none. */
    public static String time(Instant at, Locale locale) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(of(locale))
                        .withZone(ZoneId.systemDefault())
                        .format(at);
    }
}
