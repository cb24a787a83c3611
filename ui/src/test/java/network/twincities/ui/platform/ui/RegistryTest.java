package network.twincities.ui.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import network.twincities.ui.platform.api.LocalizedText;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void slugsAreWhatTheApiAccepts() {
        assertTrue(Registry.isSlug("casablanca-settat"));
        assertTrue(Registry.isSlug("a1"));
        assertFalse(Registry.isSlug("a"));
        assertFalse(Registry.isSlug("Casablanca"));
        assertFalse(Registry.isSlug("new york"));
        assertFalse(Registry.isSlug("x".repeat(65)));
        assertFalse(Registry.isSlug(null));
    }

    @Test
    void websitesAreHttpAddresses() {
        assertTrue(Registry.isWebsite("https://www.fira-barcelona.com"));
        assertTrue(Registry.isWebsite("http://example.org/path"));
        assertTrue(Registry.isWebsite(""));
        assertTrue(Registry.isWebsite(null));
        assertFalse(Registry.isWebsite("ftp://example.org"));
        assertFalse(Registry.isWebsite("www.example.org"));
        assertFalse(Registry.isWebsite("javascript:alert(1)"));
    }

    @Test
    void multilingualFieldsLeaveBlankLanguagesOut() {
        LocalizedText name = LocalizedTextFields.with(null, "en", " Rehamna ");
        assertEquals(new LocalizedText("Rehamna", null, null), name);
        name = LocalizedTextFields.with(name, "ar", "إقليم الرحامنة");
        assertEquals(new LocalizedText("Rehamna", null, "إقليم الرحامنة"), name);
        assertEquals(new LocalizedText(null, null, "إقليم الرحامنة"), LocalizedTextFields.with(name, "en", "  "));
        assertNull(LocalizedTextFields.with(new LocalizedText("x", null, null), "en", ""));
        assertEquals("", LocalizedTextFields.text(null, "fr"));
        assertEquals("Rehamna", LocalizedTextFields.text(name, "en"));
    }

    @Test
    void namesFallBackToTheSlug() {
        assertEquals("rehamna", Registry.name(null, "rehamna", Locale.FRENCH));
        assertEquals("Rehamna", Registry.name(new LocalizedText("Rehamna", null, null), "rehamna", Locale.FRENCH));
        assertEquals("Maroc (MA)", Registry.country("MA", Locale.FRENCH));
    }
}
