package network.twincities.ui.partner;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/**
 * A partner system as the backend's {@code /partner-systems} represents it; {@code clientSecret} only in
 * the answer that issued it or rotated it.
 */
public record PartnerSystem(
        String id,
        @JsonbProperty("name") String systemName,
        String territory,
        String clientId,
        String clientSecret,
        Instant lastUsedAt,
        Instant createdAt,
        Long version)
        implements RegistryItem<PartnerSystem> {

    /** Its id names it in the API and in the page's address. */
    @Override
    public String slug() {
        return id;
    }

    /** The same name in every language: it is the partner's own ({@code name} in the JSON). */
    @Override
    public LocalizedText name() {
        return new LocalizedText(systemName, systemName, systemName);
    }

    /** The body of the POST that issues it: its name and territory. */
    @Override
    public PartnerSystem forWrite(boolean withSlug) {
        return new PartnerSystem(null, systemName, territory, null, null, null, null, null);
    }
}
