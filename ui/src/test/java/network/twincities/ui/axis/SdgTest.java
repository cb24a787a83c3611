package network.twincities.ui.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SdgTest {

    @Test
    void seventeenGoals() {
        assertEquals(17, Sdg.NUMBERS.size());
        assertTrue(Sdg.isGoal(1));
        assertTrue(Sdg.isGoal(17));
        assertFalse(Sdg.isGoal(0));
        assertFalse(Sdg.isGoal(18));
        assertFalse(Sdg.isGoal(null));
    }

    @Test
    void labelsNumberAndTitle() {
        assertEquals("11 · sdg.11", Sdg.label(11, key -> key, Locale.ENGLISH));
        assertEquals("42", Sdg.label(42, key -> key, new Locale("ar")));
        assertEquals("sdg.5", Sdg.key(5));
    }

    @Test
    void officialColoursAndGreyForUnknownNumbers() {
        assertEquals("#E5243B", Sdg.color(1));
        assertEquals("#FD9D24", Sdg.color(11));
        assertEquals("#19486A", Sdg.color(17));
        assertEquals("#6B7280", Sdg.color(99));
    }

    @Test
    void sortedOnceEach() {
        assertEquals(List.of(1, 5, 10, 16), Sdg.sorted(Arrays.asList(16, 5, 1, 10, 5)));
        assertEquals(List.of(), Sdg.sorted(null));
    }

    @Test
    void aBadgeNamesItsGoal() {
        var badge = Sdg.badge(4, key -> "Quality education", Locale.ENGLISH);
        assertEquals("SDG 4", badge.getText());
        assertEquals("4 · Quality education", badge.getElement().getAttribute("aria-label"));
    }

    @Test
    void everyBadgeReadsAtLeastFourAndAHalfToOne() {
        for (Integer number : Sdg.NUMBERS) {
            assertTrue(Sdg.contrast(number) >= 4.5, "SDG " + number + ": " + Sdg.contrast(number));
        }
        assertTrue(Sdg.contrast(99) >= 4.5);
    }

    @Test
    void arabicBadgesUseWesternDigits() {
        assertEquals("SDG 11", Sdg.badge(11, key -> key, new Locale("ar")).getText());
    }
}
