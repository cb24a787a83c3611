package network.twincities.ui.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, amounts and dates as the reader writes them; Arabic as in Morocco, with Western digits. */
class FormatsTest {

    private static final Locale ARABIC = new Locale("ar");

    @Test
    void arabicIsFormattedForMoroccoWithWesternDigits() {
        assertEquals(Locale.forLanguageTag("ar-MA"), Formats.of(ARABIC));
        String number = Formats.number(1234567, ARABIC);
        assertTrue(number.matches("1.234.567"), number);
        String date = Formats.date(LocalDate.of(2025, 6, 30), ARABIC);
        assertTrue(date.contains("2025") && date.contains("30"), date);
        assertTrue(Formats.money(new BigDecimal("1200000"), "MAD", ARABIC).contains("1.200.000"));
    }

    @Test
    void amountsInTheirCurrency() {
        assertEquals("$1,200,000.00", Formats.money(new BigDecimal("1200000"), "USD", Locale.ENGLISH));
        assertTrue(Formats.money(new BigDecimal("1500"), "EUR", Locale.FRENCH).endsWith("€"));
        assertEquals("12 XYZ1", Formats.money(new BigDecimal("12"), "XYZ1", Locale.ENGLISH));
        assertEquals("", Formats.money(null, "USD", Locale.ENGLISH));
    }

    @Test
    void percentagesAndEmptyValues() {
        assertEquals("40%", Formats.percent(40, Locale.ENGLISH));
        assertEquals("", Formats.number(null, Locale.ENGLISH));
        assertEquals("", Formats.date(null, Locale.ENGLISH));
    }
}
