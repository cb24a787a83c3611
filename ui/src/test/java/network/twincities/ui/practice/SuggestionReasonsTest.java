package network.twincities.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons read as words, with names in place of slugs and ids. */
class SuggestionReasonsTest {

    /** A translation that shows its key and parameters: "key[a|b]". */
    private static String translate(String key, Object[] parameters) {
        return key + Arrays.toString(parameters);
    }

    private final SuggestionReasons reasons = new SuggestionReasons(
            SuggestionReasonsTest::translate,
            Map.of("digital-inclusion", "Digital inclusion")::get,
            Map.of("b1", "Unified Social Registry")::get,
            Locale.ENGLISH);

    @Test
    void axesAndPracticesByTheirNames() {
        assertEquals(
                "suggestion.reason.SHARED_AXIS[Digital inclusion]",
                reasons.text(new BestPractice.Reason("SHARED_AXIS", "digital-inclusion")));
        assertEquals(
                "suggestion.reason.SHARED_PRACTICE[Unified Social Registry]",
                reasons.text(new BestPractice.Reason("SHARED_PRACTICE", "b1")));
        assertEquals(
                "suggestion.reason.COMPLEMENTARY_OUTCOME[suggestion.reason.unnamed[]]",
                reasons.text(new BestPractice.Reason("COMPLEMENTARY_OUTCOME", "unknown")));
    }

    @Test
    void kindsTranslatedAndPopulationFormatted() {
        assertEquals(
                "suggestion.reason.SAME_KIND[territory.kind.PROVINCE[]]",
                reasons.text(new BestPractice.Reason("SAME_KIND", "PROVINCE")));
        assertEquals(
                "suggestion.reason.SIMILAR_SIZE[1,234,567]",
                reasons.text(new BestPractice.Reason("SIMILAR_SIZE", "population 1234567 (owner: 2000000)")));
        assertEquals(
                "suggestion.reason.SIMILAR_SIZE.plain[]",
                reasons.text(new BestPractice.Reason("SIMILAR_SIZE", "similar")));
        assertEquals("suggestion.reason.other[]", reasons.text(new BestPractice.Reason("NEW_KIND", "x")));
    }

    @Test
    void theScoreAsAPercentage() {
        assertEquals("suggestion.score[75%]", reasons.score(0.75));
        assertEquals("suggestion.score[100%]", reasons.score(1.7));
    }
}
