package network.twincities.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SVG bar chart: largest first, named, escaped, mirrored for right-to-left. */
class BarChartTest {

    @Test
    void barsLargestFirstWithTheirNames() {
        List<BarChart.Bar> bars =
                BarChart.bars(Map.of("a", 1L, "b", 5L, "c", 5L), slug -> "Axis " + slug, value -> "#" + value);
        assertEquals(
                List.of(
                        new BarChart.Bar("Axis b", 5, "#5"),
                        new BarChart.Bar("Axis c", 5, "#5"),
                        new BarChart.Bar("Axis a", 1, "#1")),
                bars);
    }

    @Test
    void anImageNamedByItsTitleWithEscapedText() {
        String svg = BarChart.svg("c", "Projects <by> axis", List.of(new BarChart.Bar("R&D \"x\"", 3, "3")), false);
        assertTrue(svg.startsWith(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"c\" role=\"img\" aria-labelledby=\"c-title\""));
        assertTrue(svg.contains("<title id=\"c-title\">Projects &lt;by&gt; axis</title>"));
        assertTrue(svg.contains("R&amp;D &quot;x&quot;"));
        assertFalse(svg.contains("<by>"));
        assertTrue(svg.contains("data-bars=\"1\""));
    }

    @Test
    void theLongestBarFillsTheAreaAndRightToLeftGrowsLeftwards() {
        List<BarChart.Bar> bars = List.of(new BarChart.Bar("a", 10, "10"), new BarChart.Bar("b", 5, "5"));
        int area = BarChart.WIDTH - BarChart.LABEL - 60;
        String ltr = BarChart.svg("c", "t", bars, false);
        assertTrue(ltr.contains("x=\"" + (BarChart.LABEL + 8) + "\" y=\"5\" width=\"" + area + "\""));
        assertTrue(ltr.contains("width=\"" + area / 2 + "\""));
        String rtl = BarChart.svg("c", "t", bars, true);
        int start = BarChart.WIDTH - BarChart.LABEL - 8;
        assertTrue(rtl.contains("x=\"" + (start - area) + "\" y=\"5\" width=\"" + area + "\""));
        assertTrue(rtl.contains("direction=\"rtl\""));
    }

    @Test
    void longLabelsAreShortened() {
        assertEquals(28, BarChart.shorten("x".repeat(40)).length());
        assertEquals("short", BarChart.shorten("short"));
    }
}
