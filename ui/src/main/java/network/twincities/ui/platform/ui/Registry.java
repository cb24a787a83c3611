package network.twincities.ui.platform.ui;

import java.net.URI;
import java.util.Locale;
import network.twincities.ui.platform.api.LocalizedText;

/** Small rules and labels the registry's forms and views share. */
public final class Registry {

    private Registry() {}

    /** A slug as the API accepts it: {@code [a-z0-9-]{2,64}}. */
    public static boolean isSlug(String value) {
        return value != null && value.matches("[a-z0-9-]{2,64}");
    }

    /** Empty, or an absolute http(s) URL with a host. */
    public static boolean isWebsite(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (Exception notAUri) {
            return false;
        }
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The country's name in the language, with its ISO code: "Maroc (MA)". */
    public static String country(String isoCode, Locale locale) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(isoCode) ? isoCode : name + " (" + isoCode + ")";
    }

    /** A name in the language, else the slug. */
    public static String name(LocalizedText name, String slug, Locale locale) {
        String text = name == null ? "" : name.in(locale);
        return text.isBlank() ? slug : text;
    }
}
