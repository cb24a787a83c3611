package network.twincities.ui.platform.i18n;

import com.vaadin.flow.component.Direction;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

/** The languages of the UI, each with its name in itself and its writing direction. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English", Direction.LEFT_TO_RIGHT),
    FRENCH(Locale.FRENCH, "Français", Direction.LEFT_TO_RIGHT),
    ARABIC(new Locale("ar"), "العربية", Direction.RIGHT_TO_LEFT);

    /** Where Vaadin's default I18NProvider finds the translations. */
    public static final String BUNDLE = "vaadin-i18n.translations";

    private final Locale locale;
    private final String nativeName;
    private final Direction direction;

    Language(Locale locale, String nativeName, Direction direction) {
        this.locale = locale;
        this.nativeName = nativeName;
        this.direction = direction;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public String nativeName() {
        return nativeName;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isRightToLeft() {
        return direction == Direction.RIGHT_TO_LEFT;
    }

    /** The language of a locale by its language code; English for any other. */
    public static Language of(Locale locale) {
        return find(locale) == null ? ENGLISH : find(locale);
    }

    /** The first of the caller's preferred locales that the UI speaks; English when none. */
    public static Language preferred(Collection<Locale> preferredFirst) {
        if (preferredFirst != null) {
            for (Locale candidate : preferredFirst) {
                Language language = find(candidate);
                if (language != null) {
                    return language;
                }
            }
        }
        return ENGLISH;
    }

    /** The translations of this language, without falling back to the JVM's default locale. */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                Language.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Language find(Locale locale) {
        if (locale == null) {
            return null;
        }
        for (Language language : values()) {
            if (language.code().equals(locale.getLanguage())) {
                return language;
            }
        }
        return null;
    }
}
