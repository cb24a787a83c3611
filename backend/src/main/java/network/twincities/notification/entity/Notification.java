package network.twincities.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import network.twincities.platform.text.LocalizedText;

/** Something an audience is told of, in the network's three languages. Never changed once made. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String audience;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String resource;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private String resourceId;

    @Column(name = "text_en", nullable = false, updatable = false)
    private String textEn;

    @Column(name = "text_fr", nullable = false, updatable = false)
    private String textFr;

    @Column(name = "text_ar", nullable = false, updatable = false)
    private String textAr;

    protected Notification() {}

    public Notification(Audience audience, String kind, String resource, String resourceId, LocalizedText text) {
        this.uuid = UUID.randomUUID();
        this.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.audience = audience.toString();
        this.kind = Objects.requireNonNull(kind);
        this.resource = Objects.requireNonNull(resource);
        this.resourceId = Objects.requireNonNull(resourceId);
        this.textEn = Objects.requireNonNull(text.en());
        this.textFr = Objects.requireNonNull(text.fr());
        this.textAr = Objects.requireNonNull(text.ar());
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public Instant at() {
        return at;
    }

    public Audience audience() {
        return Audience.parse(audience);
    }

    public String kind() {
        return kind;
    }

    public String resource() {
        return resource;
    }

    public String resourceId() {
        return resourceId;
    }

    public LocalizedText text() {
        return new LocalizedText(textEn, textFr, textAr);
    }
}
