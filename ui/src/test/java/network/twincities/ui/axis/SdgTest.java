package network.twincities.ui.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
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
        assertEquals("11 · sdg.11", Sdg.label(11, key -> key));
        assertEquals("42", Sdg.label(42, key -> key));
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
        var badge = Sdg.badge(4, key -> "Quality education");
        assertEquals("SDG 4", badge.getText());
        assertEquals("4 · Quality education", badge.getElement().getAttribute("aria-label"));
    }
}
