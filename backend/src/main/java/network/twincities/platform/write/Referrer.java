package network.twincities.platform.write;

import java.util.Optional;

/**
 * Implemented by a feature whose entities refer to another feature's: it tells whether something still
 * refers to an entity about to be deleted, so that the referenced feature need not know who refers to
 * it. Every CDI bean implementing it is asked by {@link References}.
 */
public interface Referrer {

    /**
     * What still refers to {@code target}, in words with a count ("2 events"); empty when nothing does
     * or when this referrer does not refer to that kind of entity.
     */
    Optional<String> referencesTo(Object target);
}
