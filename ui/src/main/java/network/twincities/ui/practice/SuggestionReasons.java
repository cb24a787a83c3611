package network.twincities.ui.practice;

import java.io.Serializable;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import network.twincities.ui.platform.i18n.Formats;

/**
 * A matchmaking reason in words, in the reader's language: the axis, kind, MoU or practice it is
 * about named as the reader knows it, never by its slug or id.
 */
public final class SuggestionReasons implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern POPULATION = Pattern.compile("(\\d+)");

    private final BiFunction<String, Object[], String> translate;
    private final Function<String, String> axisName;
    private final Function<String, String> practiceTitle;
    private final Locale locale;

    /**
     * @param axisName the name of an axis by its slug
     * @param practiceTitle the title of a best practice by its id (null when it cannot be read)
     */
    public SuggestionReasons(
            BiFunction<String, Object[], String> translate,
            Function<String, String> axisName,
            Function<String, String> practiceTitle,
            Locale locale) {
        this.translate = translate;
        this.axisName = axisName;
        this.practiceTitle = practiceTitle;
        this.locale = locale;
    }

    public String text(BestPractice.Reason reason) {
        String detail = reason.detail() == null ? "" : reason.detail();
        return switch (String.valueOf(reason.kind())) {
            case "SHARED_AXIS" -> t("suggestion.reason.SHARED_AXIS", name(axisName.apply(detail)));
            case "SAME_KIND" -> t("suggestion.reason.SAME_KIND", t("territory.kind." + detail));
            case "SIMILAR_SIZE" -> similarSize(detail);
            case "EXISTING_MOU" -> t("suggestion.reason.EXISTING_MOU", detail);
            case "SHARED_PRACTICE" -> t("suggestion.reason.SHARED_PRACTICE", name(practiceTitle.apply(detail)));
            case "COMPLEMENTARY_OUTCOME" ->
                t("suggestion.reason.COMPLEMENTARY_OUTCOME", name(practiceTitle.apply(detail)));
            default -> t("suggestion.reason.other");
        };
    }

    /** How well it fits, 0 to 1, as a percentage: "Fit: 75 %". */
    public String score(double score) {
        return t("suggestion.score", Formats.percent((int) Math.round(Math.max(0, Math.min(1, score)) * 100), locale));
    }

    /** "population 1000 (owner: 1500)": the candidate's population, formatted; without it, the plain reason. */
    private String similarSize(String detail) {
        Matcher number = POPULATION.matcher(detail);
        if (number.find()) {
            return t("suggestion.reason.SIMILAR_SIZE", Formats.number(Long.parseLong(number.group(1)), locale));
        }
        return t("suggestion.reason.SIMILAR_SIZE.plain");
    }

    private String name(String name) {
        return name == null || name.isBlank() ? t("suggestion.reason.unnamed") : name;
    }

    private String t(String key, Object... parameters) {
        return translate.apply(key, parameters);
    }
}
