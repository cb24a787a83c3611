package network.twincities.ui.platform.api;

import java.util.Locale;
import java.util.stream.Stream;

/** A multilingual text of the API: {@code {"en": "...", "fr": "...", "ar": "..."}}. */
public record LocalizedText(String en, String fr, String ar) {

    /** The text in the locale's language if there is one, else in English, else in any language. */
    public String in(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        String wanted = switch (language) {
            case "fr" -> fr;
            case "ar" -> ar;
            default -> en;
        };
        return Stream.of(wanted, en, fr, ar)
                .filter(text -> text != null && !text.isBlank())
                .findFirst()
                .orElse("");
    }
}
