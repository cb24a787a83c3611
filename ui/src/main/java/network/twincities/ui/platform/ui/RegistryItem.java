package network.twincities.ui.platform.ui;

import java.util.Locale;
import network.twincities.ui.platform.api.LocalizedText;

/**
 * What the registry's pages need of a resource's representation: the slug that names it in the API
 * and in the page's address, its names, the version its writes send in {@code If-Match}, and the
 * body of a write.
 *
 * @param <T> the representation itself
 */
public interface RegistryItem<T extends RegistryItem<T>> {

    String slug();

    LocalizedText name();

    Long version();

    /** The body of a write: without version and read-only fields ({@code slug} only to create). */
    T forWrite(boolean withSlug);

    /** The name in the language, else the slug. */
    default String nameIn(Locale locale) {
        return Registry.name(name(), slug(), locale);
    }
}
