package network.twincities.ui.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale AR = new Locale("ar");
    private static final Pattern ARABIC_DIGITS = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");

    @Test
    void arabicWritesWesternDigits() {
        String population = Formats.integer(6_861_739L, AR);
        assertFalse(ARABIC_DIGITS.matcher(population).find(), population);
        assertEquals("6861739", population.replaceAll("[^0-9]", ""));
        String date = Formats.date(LocalDate.of(2024, 5, 21), AR);
        assertFalse(ARABIC_DIGITS.matcher(date).find(), date);
        assertTrue(date.contains("2024") && date.contains("21"), date);
        String time = Formats.dateTime(Instant.parse("2024-05-21T10:15:00Z"), AR);
        assertFalse(ARABIC_DIGITS.matcher(time).find(), time);
        assertEquals("2014", Formats.plain(2014, AR));
        String decimal = Formats.decimal(33.5731, 2, 5, AR);
        assertFalse(ARABIC_DIGITS.matcher(decimal).find(), decimal);
    }

    @Test
    void englishAndFrenchFollowTheirLocale() {
        assertEquals("6,861,739", Formats.integer(6_861_739L, Locale.ENGLISH));
        assertEquals("6861739", Formats.integer(6_861_739L, Locale.FRENCH).replaceAll("[^0-9]", ""));
        assertEquals("May 21, 2024", Formats.date(LocalDate.of(2024, 5, 21), Locale.ENGLISH));
        assertEquals("21 mai 2024", Formats.date(LocalDate.of(2024, 5, 21), Locale.FRENCH));
        assertEquals(
                "May 21, 2024 – May 23, 2024",
                Formats.dateRange(LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 23), Locale.ENGLISH));
        assertEquals("2014", Formats.plain(2014, Locale.ENGLISH));
        assertEquals("", Formats.integer(null, Locale.ENGLISH));
    }

    @Test
    void amountsInTheirCurrencyAndPercentages() {
        org.junit.jupiter.api.Assertions.assertEquals(
                "$1,200,000.00", Formats.money(new java.math.BigDecimal("1200000"), "USD", Locale.ENGLISH));
        org.junit.jupiter.api.Assertions.assertTrue(
                Formats.money(new java.math.BigDecimal("1500"), "EUR", Locale.FRENCH)
                        .endsWith("€"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "12 XYZ1", Formats.money(new java.math.BigDecimal("12"), "XYZ1", Locale.ENGLISH));
        org.junit.jupiter.api.Assertions.assertEquals("", Formats.money(null, "USD", Locale.ENGLISH));
        String arabic = Formats.money(new java.math.BigDecimal("1200000"), "MAD", new Locale("ar"));
        org.junit.jupiter.api.Assertions.assertTrue(arabic.contains("1.200.000"), arabic);
        org.junit.jupiter.api.Assertions.assertEquals("40%", Formats.percent(40, Locale.ENGLISH));
        org.junit.jupiter.api.Assertions.assertEquals("", Formats.number(null, Locale.ENGLISH));
    }

    @Test
    void longDatesForPrintArabicAsInMorocco() {
        LocalDate signed = LocalDate.of(2024, 5, 23);
        String arabic = Formats.longDate(signed, new Locale("ar"));
        assertTrue(arabic.contains("23") && arabic.contains("2024") && arabic.contains("ماي"), arabic);
        assertTrue(arabic.codePoints().noneMatch(c -> c >= 0x0660 && c <= 0x0669), "Arabic-Indic digits in " + arabic);
        assertEquals("May 23, 2024", Formats.longDate(signed, Locale.ENGLISH));
        assertEquals("23 mai 2024", Formats.longDate(signed, Locale.FRENCH));
        assertEquals("", Formats.longDate(null, Locale.ENGLISH));
    }
}
