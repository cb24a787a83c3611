package network.twincities.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import network.twincities.notification.entity.Audience;
import network.twincities.notification.entity.Notification;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.persistence.Search;
import network.twincities.platform.text.LocalizedText;

/** Makes notifications, finds those of a caller's audiences and keeps who has read which. */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Event<Notified> notified;

    /**
     * Tells each audience of something about one resource, in the caller's transaction (made with the
     * change or not at all); e-mailed once committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(
            Set<Audience> audiences,
            String kind,
            ResourceName resource,
            String resourceId,
            String subject,
            LocalizedText text) {
        if (audiences.isEmpty()) {
            return;
        }
        for (var audience : audiences) {
            em.persist(new Notification(audience, kind, resource.path(), resourceId, text));
        }
        notified.fire(new Notified(Set.copyOf(audiences), kind, subject, text));
    }

    /** The notifications addressed to any of these audiences, newest first unless asked otherwise. */
    public Page<Notification> search(
            Collection<Audience> audiences, String username, boolean unreadOnly, PageRequest request) {
        return Search.of(em, Notification.class, "n")
                .where("n.audience IN :audiences", "audiences", names(audiences))
                .where(
                        "NOT EXISTS (SELECT r FROM NotificationRead r WHERE r.notificationId = n.id"
                                + " AND r.username = :username)",
                        "username",
                        unreadOnly ? username : null)
                .thenBy("id")
                .page(request);
    }

    /** Which of these notifications (their row ids) the login has read. */
    public Set<Long> readBy(String username, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT r.notificationId FROM NotificationRead r WHERE r.username = :username"
                                + " AND r.notificationId IN :ids",
                        Long.class)
                .setParameter("username", username)
                .setParameter(
                        "ids", notifications.stream().map(Notification::id).toList())
                .getResultList());
    }

    /** The notification with this id (a UUID) if it is addressed to one of these audiences. */
    public Optional<Notification> find(String id, Collection<Audience> audiences) {
        return Ids.uuid(id)
                .flatMap(uuid -> em.createQuery(
                                "SELECT n FROM Notification n WHERE n.uuid = :uuid AND n.audience IN :audiences",
                                Notification.class)
                        .setParameter("uuid", uuid)
                        .setParameter("audiences", names(audiences))
                        .getResultStream()
                        .findFirst());
    }

    /** Records that the login read it; reading it again changes nothing. */
    @Transactional
    public void markRead(Notification notification, String username) {
        em.createNativeQuery("INSERT INTO notification_read (notification_id, username) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, notification.id())
                .setParameter(2, username)
                .executeUpdate();
    }

    private static List<String> names(Collection<Audience> audiences) {
        return audiences.stream().map(Audience::toString).toList();
    }
}
