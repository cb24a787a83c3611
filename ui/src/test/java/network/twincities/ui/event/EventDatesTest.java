package network.twincities.ui.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventDatesTest {

    @Test
    void aRangeOrOneDay() {
        LocalDate from = LocalDate.of(2024, 5, 21);
        LocalDate to = LocalDate.of(2024, 5, 23);
        assertEquals("May 21, 2024 – May 23, 2024", EventDates.format(from, to, Locale.US));
        assertEquals("21 mai 2024 – 23 mai 2024", EventDates.format(from, to, Locale.FRANCE));
        assertEquals("May 21, 2024", EventDates.format(from, from, Locale.US));
        assertEquals("", EventDates.format(null, null, Locale.US));
    }
}
