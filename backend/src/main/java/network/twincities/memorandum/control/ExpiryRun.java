package network.twincities.memorandum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import network.twincities.memorandum.boundary.Memoranda;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.platform.security.Action;
import network.twincities.platform.write.Act;
import network.twincities.platform.write.Writes;

/**
 * One run of the MoUs' expiry: a signed MoU past its {@code expiresOn} becomes EXPIRED through the write
 * path (audited, published, its parties told), and the parties of one that expires within 60 days are
 * reminded 60 and then 30 days before, once each. A reminder is sent by whoever records it first in
 * {@code memorandum_reminder} (insert-if-absent), so several backend instances send it once.
 */
@ApplicationScoped
public class ExpiryRun {

    static final String ACTOR = "system:expiry";
    static final int FIRST_REMINDER = 60;
    static final int SECOND_REMINDER = 30;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    Memoranda memoranda;

    @Inject
    Event<MemorandumExpiring> expiring;

    @Inject
    MemorandumSteps steps;

    /** The ids of the signed MoUs that expire within the first reminder's days, or have expired. */
    @Transactional
    public List<String> due(LocalDate today) {
        return em.createQuery(
                        "SELECT m.uuid FROM Memorandum m WHERE m.status = :signed AND m.expiresOn <= :horizon"
                                + " ORDER BY m.expiresOn",
                        UUID.class)
                .setParameter("signed", MemorandumStatus.SIGNED)
                .setParameter("horizon", today.plusDays(FIRST_REMINDER))
                .getResultStream()
                .map(UUID::toString)
                .toList();
    }

    /** Expires the MoU when it is past its date, else sends the reminder due, if any and not sent yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expireOrRemind(String id, LocalDate today) {
        var memorandum = memoranda.find(id).orElse(null);
        if (memorandum == null || memorandum.status() != MemorandumStatus.SIGNED || memorandum.expiresOn() == null) {
            return;
        }
        if (today.isAfter(memorandum.expiresOn())) {
            writes.actAs(ACTOR, memoranda, id, expire(today));
            return;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, memorandum.expiresOn());
        int reminder = daysLeft <= SECOND_REMINDER ? SECOND_REMINDER : daysLeft <= FIRST_REMINDER ? FIRST_REMINDER : 0;
        if (reminder == 0) {
            return;
        }
        int recorded = em.createNativeQuery("INSERT INTO memorandum_reminder (memorandum_id, kind) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, memorandum.id())
                .setParameter(2, "expiring-" + reminder)
                .executeUpdate();
        if (recorded == 1) {
            expiring.fire(new MemorandumExpiring(
                    id,
                    memorandum.reference(),
                    Set.copyOf(memorandum.territories()),
                    memorandum.expiresOn(),
                    reminder,
                    daysLeft));
        }
    }

    /** The step that moves a signed MoU past its expiry date to EXPIRED, on behalf of the system. */
    private Act<Memorandum, Void> expire(LocalDate today) {
        return new Act<>() {
            @Override
            public Action action() {
                return Action.REVIEW_MOU;
            }

            @Override
            public Set<String> territories(Memorandum memorandum, Void none) {
                return Set.of();
            }

            @Override
            public void apply(Memorandum memorandum, Void none, String actor) {
                steps.perform(memorandum, actor, null, () -> memorandum.expire(today, actor));
            }
        };
    }
}
