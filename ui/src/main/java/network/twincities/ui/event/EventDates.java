package network.twincities.ui.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** An event's dates as the user reads them: "May 21, 2024 – May 23, 2024", one date when one day. */
final class EventDates {

    private EventDates() {}

    static String format(LocalDate from, LocalDate to, Locale locale) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null || from.equals(to)) {
            return format.format(from == null ? to : from);
        }
        return format.format(from) + " – " + format.format(to);
    }
}
