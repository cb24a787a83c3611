package network.twincities.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import network.twincities.platform.write.References;
import network.twincities.platform.write.Referrer;
import network.twincities.territory.entity.Territory;

/** A territory with territories below it cannot be deleted. */
@ApplicationScoped
public class TerritoryChildren implements Referrer {

    @Inject
    TerritoryRepository territories;

    @Override
    public Optional<String> referencesTo(Object target) {
        if (!(target instanceof Territory territory)) {
            return Optional.empty();
        }
        return References.count(territories.children(territory), "territory below it", "territories below it");
    }
}
