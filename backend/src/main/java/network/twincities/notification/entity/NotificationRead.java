package network.twincities.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That one login has read one notification. Kept apart from the notification, which is addressed to an
 * audience that may be many people.
 */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    @Id
    @Column(name = "notification_id")
    private Long notificationId;

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected NotificationRead() {}

    public Long notificationId() {
        return notificationId;
    }

    public String username() {
        return username;
    }

    public Instant readAt() {
        return readAt;
    }

    /** The key: the notification and the login. */
    public static class Key implements Serializable {
        private Long notificationId;
        private String username;

        public Key() {}

        public Key(Long notificationId, String username) {
            this.notificationId = notificationId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && Objects.equals(notificationId, other.notificationId)
                    && Objects.equals(username, other.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, username);
        }
    }
}
