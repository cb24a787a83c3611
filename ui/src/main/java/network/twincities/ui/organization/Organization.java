package network.twincities.ui.organization;

import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;

/** A partner body as the backend's {@code /organizations} resource represents it. */
public record Organization(String slug, String kind, LocalizedText name, String country, String website, Long version) {

    public static final List<String> KINDS =
            List.of("FORUM", "ASSOCIATION", "GOVERNMENT", "COMPANY", "NGO", "ACADEMIA");

    /** The body of a write: without version ({@code slug} only to create). */
    public Organization forWrite(boolean withSlug) {
        return new Organization(withSlug ? slug : null, kind, name, country, website, null);
    }
}
