package network.twincities.ui.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText casablanca =
            new LocalizedText("Casablanca-Settat", "Région Casablanca-Settat", "جهة الدار البيضاء-سطات");

    @Test
    void speaksTheLanguageOfTheLocale() {
        assertEquals("Casablanca-Settat", casablanca.in(Locale.ENGLISH));
        assertEquals("Région Casablanca-Settat", casablanca.in(Locale.FRENCH));
        assertEquals("Région Casablanca-Settat", casablanca.in(Locale.CANADA_FRENCH));
        assertEquals("جهة الدار البيضاء-سطات", casablanca.in(new Locale("ar", "MA")));
    }

    @Test
    void fallsBackToEnglishWhenTheLanguageIsMissingOrBlank() {
        LocalizedText rehamna = new LocalizedText("Rehamna", null, " ");
        assertEquals("Rehamna", rehamna.in(Locale.FRENCH));
        assertEquals("Rehamna", rehamna.in(new Locale("ar")));
        assertEquals("Rehamna", rehamna.in(Locale.GERMAN));
        assertEquals("Rehamna", rehamna.in(null));
    }

    @Test
    void fallsBackToAnyLanguageWithoutEnglish() {
        assertEquals("Rehamna", new LocalizedText(null, "Rehamna", null).in(Locale.ENGLISH));
        assertEquals("الرحامنة", new LocalizedText("", null, "الرحامنة").in(Locale.FRENCH));
        assertEquals("", new LocalizedText(null, null, null).in(Locale.FRENCH));
    }
}
