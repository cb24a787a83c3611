package network.twincities.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lookups of an entity by an immutable natural key (a slug), remembered for the rest of the transaction:
 * a bulk write that names the same territory a thousand times asks the database once. What is
 * remembered is only given out while it is still managed by the transaction's persistence context
 * (not after a clear, nor once removed), so it is always what the database would answer in that
 * transaction. Outside a transaction every lookup asks.
 */
@ApplicationScoped
public class Lookups {

    private static final String KEY = Lookups.class.getName() + ":";

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * The entity of this type and key: remembered in this transaction, else looked up.
     *
     * @param key immutable for the entity (its slug): a renamed key would find it under its old one
     */
    public <T> Optional<T> find(Class<T> type, String key, Supplier<Optional<T>> lookup) {
        if (transaction.getTransactionKey() == null) {
            return lookup.get();
        }
        String name = KEY + type.getName() + ":" + key;
        Object known = transaction.getResource(name);
        if (type.isInstance(known) && em.contains(known)) {
            return Optional.of(type.cast(known));
        }
        var found = lookup.get();
        found.ifPresent(entity -> transaction.putResource(name, entity));
        return found;
    }
}
