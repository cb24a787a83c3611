package network.twincities.ui.axis;

import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/** A cooperation axis as the backend's {@code /axes} resource represents it, with its UN SDGs. */
public record Axis(String slug, LocalizedText name, LocalizedText description, List<Integer> sdgs, Long version)
        implements RegistryItem<Axis> {

    public Axis {
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
    }

    /** The body of a write: without version ({@code slug} only to create). */
    @Override
    public Axis forWrite(boolean withSlug) {
        return new Axis(withSlug ? slug : null, name, description, sdgs, null);
    }
}
