package network.twincities.ui.event;

import java.time.LocalDate;
import java.util.Locale;
import network.twincities.ui.platform.i18n.Formats;

/** An event's dates as the user reads them: "May 21, 2024 – May 23, 2024", one date when one day. */
final class EventDates {

    private EventDates() {}

    static String format(LocalDate from, LocalDate to, Locale locale) {
        return Formats.dateRange(from, to, locale);
    }
}
