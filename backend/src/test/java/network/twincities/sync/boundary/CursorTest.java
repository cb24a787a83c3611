package network.twincities.sync.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import network.twincities.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorReadsBackAsGivenOut() {
        var cursor = new Cursor(1234, 56);
        assertThat(cursor.text()).startsWith("c2.");
        assertThat(Cursor.parse(cursor.text())).isEqualTo(cursor);
        assertThat(Cursor.parse(null)).isEqualTo(Cursor.START);
    }

    @Test
    void aFirstFormCursorIsStillReadAsOlderThanAnyPruning() {
        assertThat(Cursor.parse("c1.MTIzNA")).isEqualTo(new Cursor(1234, 0));
    }

    @Test
    void belowTheHorizonACursorIsGoneOnlyIfTheHorizonMovedSinceItWasGivenOut() {
        assertThat(new Cursor(10, 50).gone(50))
                .as("a resync paging below an unmoved horizon")
                .isFalse();
        assertThat(new Cursor(10, 50).gone(60)).as("pruned past it since").isTrue();
        assertThat(new Cursor(70, 50).gone(60)).as("above the horizon").isFalse();
        assertThat(new Cursor(10, 0).gone(50)).isTrue();
    }

    @Test
    void malformedCursorsAreRefused() {
        for (String text : new String[] {"c1.%%", "c2.MTIz", "c3.MTIzNA", "c2.LTEuMA", "1234"}) {
            assertThatThrownBy(() -> Cursor.parse(text)).as(text).isInstanceOf(ProblemException.class);
        }
    }
}
