package network.twincities.ui.organization;

import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/** A partner body as the backend's {@code /organizations} resource represents it. */
public record Organization(String slug, String kind, LocalizedText name, String country, String website, Long version)
        implements RegistryItem<Organization> {

    public static final List<String> KINDS =
            List.of("FORUM", "ASSOCIATION", "GOVERNMENT", "COMPANY", "NGO", "ACADEMIA");

    /** The body of a write: without version ({@code slug} only to create). */
    @Override
    public Organization forWrite(boolean withSlug) {
        return new Organization(withSlug ? slug : null, kind, name, country, website, null);
    }
}
