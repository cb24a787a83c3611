package network.twincities.ui.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Direction;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertEquals(Direction.RIGHT_TO_LEFT, Language.ARABIC.direction());
        assertEquals(Direction.LEFT_TO_RIGHT, Language.ENGLISH.direction());
        assertEquals(Direction.LEFT_TO_RIGHT, Language.FRENCH.direction());
        assertTrue(Language.ARABIC.isRightToLeft());
        assertFalse(Language.FRENCH.isRightToLeft());
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertEquals("English", Language.ENGLISH.nativeName());
        assertEquals("Français", Language.FRENCH.nativeName());
        assertEquals("العربية", Language.ARABIC.nativeName());
    }

    @Test
    void aLocaleIsMatchedByItsLanguage() {
        assertEquals(Language.FRENCH, Language.of(Locale.CANADA_FRENCH));
        assertEquals(Language.ARABIC, Language.of(new Locale("ar", "MA")));
        assertEquals(Language.ENGLISH, Language.of(Locale.GERMAN));
        assertEquals(Language.ENGLISH, Language.of(null));
    }

    @Test
    void theBrowsersFirstSpokenLanguageWins() {
        assertEquals(
                Language.ARABIC, Language.preferred(List.of(Locale.GERMAN, new Locale("ar", "MA"), Locale.FRENCH)));
        assertEquals(Language.ENGLISH, Language.preferred(List.of(Locale.GERMAN, Locale.JAPANESE)));
        assertEquals(Language.ENGLISH, Language.preferred(List.of()));
        assertEquals(Language.ENGLISH, Language.preferred(null));
    }

    @Test
    void eachLanguageReadsItsOwnTranslations() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals("You are signed out", Language.ENGLISH.bundle().getString("signedOut.message"));
            assertEquals("Vous êtes déconnecté", Language.FRENCH.bundle().getString("signedOut.message"));
            assertEquals("لقد تم تسجيل خروجك", Language.ARABIC.bundle().getString("signedOut.message"));
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }
}
