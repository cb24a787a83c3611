package network.twincities.ui.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A horizontal bar chart drawn as SVG, one bar per label, longest first; right to left for Arabic
 * (labels on the right, bars growing leftwards). The SVG is an image named by its title ({@code
 * role="img"}); its data is also given as a table next to it, for those who do not see it.
 */
public final class BarChart {

    static final int WIDTH = 560;
    static final int LABEL = 200;
    static final int ROW = 30;
    static final int BAR = 20;
    static final String BAR_COLOUR = "#1e3a8a";
    static final String TEXT_COLOUR = "#1f2933";

    /** One bar: its label in the reader's language and its count (already formatted as {@code shown}). */
    public record Bar(String label, long value, String shown) {}

    private BarChart() {}

    /** The bars of counts by key, named by {@code label} and formatted by {@code format}, largest first. */
    public static List<Bar> bars(
            Map<String, Long> counts, Function<String, String> label, Function<Long, String> format) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Bar(label.apply(entry.getKey()), entry.getValue(), format.apply(entry.getValue())))
                .toList();
    }

    /** The SVG of the bars, its accessible name {@code title}. */
    public static String svg(String id, String title, List<Bar> bars, boolean rightToLeft) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 10;
        int area = WIDTH - LABEL - 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(escape(id))
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" style=\"max-width:40em;display:block\" data-bars=\"")
                .append(bars.size())
                .append("\">");
        svg.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * ROW;
            int length = max == 0 ? 0 : (int) Math.round((double) bar.value() / max * area);
            if (bar.value() > 0) {
                length = Math.max(length, 2);
            }
            int textY = y + BAR / 2 + 5;
            if (rightToLeft) {
                int start = WIDTH - LABEL - 8;
                svg.append(text(WIDTH - 4, textY, "start", bar.label(), "rtl"));
                svg.append(rect(start - length, y, length));
                svg.append(text(start - length - 6, textY, "start", bar.shown(), "rtl"));
            } else {
                int start = LABEL + 8;
                svg.append(text(LABEL, textY, "end", bar.label(), "ltr"));
                svg.append(rect(start, y, length));
                svg.append(text(start + length + 6, textY, "start", bar.shown(), "ltr"));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String rect(int x, int y, int width) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + BAR + "\" fill=\""
                + BAR_COLOUR + "\" rx=\"3\"></rect>";
    }

    private static String text(int x, int y, String anchor, String content, String direction) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" direction=\"" + direction
                + "\" fill=\"" + TEXT_COLOUR + "\" font-size=\"14\" aria-hidden=\"true\">" + escape(shorten(content))
                + "</text>";
    }

    /** Labels longer than the label column are cut with an ellipsis (the table has them whole). */
    static String shorten(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }

    /** Text and attribute values safe inside SVG markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
