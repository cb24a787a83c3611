package network.twincities.ui.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate SIGNED = LocalDate.of(2024, 5, 23);

    @Test
    void arabicIsWrittenAsInMoroccoWithWesternDigits() {
        String date = Dates.date(SIGNED, new Locale("ar"), FormatStyle.LONG);
        assertEquals(Locale.forLanguageTag("ar-MA"), Dates.of(new Locale("ar")));
        assertTrue(date.contains("23") && date.contains("2024"), date);
        assertTrue(date.contains("ماي"), date);
        assertTrue(date.codePoints().noneMatch(c -> c >= 0x0660 && c <= 0x0669), "Arabic-Indic digits in " + date);
    }

    @Test
    void englishAndFrenchInTheirOwnWords() {
        assertEquals("May 23, 2024", Dates.date(SIGNED, Locale.ENGLISH, FormatStyle.LONG));
        assertEquals("23 mai 2024", Dates.date(SIGNED, Locale.FRENCH, FormatStyle.LONG));
    }

    @Test
    void noDateIsEmpty() {
        assertEquals("", Dates.date(null, Locale.ENGLISH, FormatStyle.LONG));
        assertEquals("", Dates.time(null, Locale.ENGLISH));
    }
}
