package network.twincities.event.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.RegistryEntry;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;

/** An event of the network, where MoUs get signed. */
@Entity
@Table(name = "event")
public class Event extends RegistryEntry {

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "theme_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "theme_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "theme_ar"))
    })
    private LocalizedText theme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id", nullable = false)
    private Territory city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organizer_id")
    private Organization organizer;

    @Column(name = "starts_on", nullable = false)
    private LocalDate from;

    @Column(name = "ends_on", nullable = false)
    private LocalDate to;

    protected Event() {}

    public Event(String slug, LocalizedText name, String createdBy) {
        super(slug, name, createdBy);
    }

    /** Sets the event's facts; it cannot end before it starts. */
    public void edit(
            LocalizedText name,
            LocalizedText theme,
            Territory city,
            Organization organizer,
            LocalDate from,
            LocalDate to) {
        if (to.isBefore(from)) {
            throw RuleViolation.invalid("to", "must not be before from: an event cannot end before it starts");
        }
        rename(name);
        this.theme = theme;
        this.city = city;
        this.organizer = organizer;
        this.from = from;
        this.to = to;
    }

    public LocalizedText theme() {
        return theme;
    }

    public Territory city() {
        return city;
    }

    public Organization organizer() {
        return organizer;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
