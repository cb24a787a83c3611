package network.twincities.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.partner.entity.PartnerSystem;
import network.twincities.platform.security.ClientGate;

/**
 * What the authentication asks about partner systems' tokens, answered from memory: whether the client
 * was revoked (the revoked client ids, read again from the database every 30 seconds for revocations made
 * by another instance; a revocation here counts at once), and when a client last called, written at most
 * once a minute per client. Only clients named like a partner system's are looked at: the UI's and the
 * demo's tokens never cost a thing here.
 */
@ApplicationScoped
public class PartnerUsage implements ClientGate {

    private static final Logger LOG = Logger.getLogger(PartnerUsage.class.getName());
    static final long RELOAD_MILLIS = 30_000;
    static final long RETRY_MILLIS = 5_000;
    static final long RECORD_MILLIS = 60_000;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    UsageRecorder recorder;

    private volatile Set<String> revoked = Set.of();
    private volatile long reloadAt;
    private final Map<String, Long> recorded = new ConcurrentHashMap<>();
    /** Revocations made here, by when: kept over a reload until their transaction must have committed. */
    private final Map<String, Long> revokedHere = new ConcurrentHashMap<>();

    @Override
    public boolean refuses(String clientId) {
        if (!clientId.startsWith(PartnerSystem.CLIENT_PREFIX)) {
            return false;
        }
        if (System.currentTimeMillis() >= reloadAt) {
            reload();
        }
        return revoked.contains(clientId);
    }

    @Override
    public void used(String clientId) {
        if (!clientId.startsWith(PartnerSystem.CLIENT_PREFIX)) {
            return;
        }
        long now = System.currentTimeMillis();
        Long last = recorded.get(clientId);
        if (last != null && now - last < RECORD_MILLIS) {
            return;
        }
        boolean mine =
                last == null ? recorded.putIfAbsent(clientId, now) == null : recorded.replace(clientId, last, now);
        if (!mine) {
            return; // another request of the same client records it
        }
        try {
            recorder.record(clientId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not record the use of " + clientId, e);
        }
    }

    /** A partner system's access was revoked here: its tokens are refused from now on. */
    public void revoked(String clientId) {
        revokedHere.put(clientId, System.currentTimeMillis());
        var next = new HashSet<>(revoked);
        next.add(clientId);
        revoked = Set.copyOf(next);
    }

    private synchronized void reload() {
        long now = System.currentTimeMillis();
        if (now < reloadAt) {
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            var ids = (java.util.List<String>)
                    em.createNativeQuery("SELECT client_id FROM partner_system WHERE revoked_at IS NOT NULL")
                            .getResultList();
            var next = new HashSet<>(ids);
            revokedHere.values().removeIf(at -> now - at > RELOAD_MILLIS);
            next.addAll(revokedHere.keySet()); // a revocation here whose transaction may still be open
            revoked = Set.copyOf(next);
            reloadAt = now + RELOAD_MILLIS;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the revoked partner systems; keeping those known", e);
            reloadAt = now + RETRY_MILLIS;
        }
    }
}
