package network.twincities.axis.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.RegistryEntry;
import network.twincities.platform.text.LocalizedText;

/** A theme of cooperation, serving some of the 17 UN Sustainable Development Goals. */
@Entity
@Table(name = "axis")
public class Axis extends RegistryEntry {

    public static final int FIRST_SDG = 1;
    public static final int LAST_SDG = 17;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "description_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    })
    private LocalizedText description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "axis_sdg", joinColumns = @JoinColumn(name = "axis_id"))
    @Column(name = "sdg")
    @OrderBy
    private Set<Integer> sdgs = new TreeSet<>();

    protected Axis() {}

    public Axis(String slug, LocalizedText name, String createdBy) {
        super(slug, name, createdBy);
    }

    /** Sets what the axis is about; the SDGs must be numbers 1 to 17. */
    public void edit(LocalizedText name, LocalizedText description, List<Integer> sdgs) {
        for (int sdg : sdgs) {
            if (sdg < FIRST_SDG || sdg > LAST_SDG) {
                throw RuleViolation.invalid("sdgs", "there are 17 SDGs: " + sdg + " is none of them");
            }
        }
        rename(name);
        this.description = description;
        this.sdgs.clear();
        this.sdgs.addAll(sdgs);
    }

    public LocalizedText description() {
        return description;
    }

    public List<Integer> sdgs() {
        return List.copyOf(new TreeSet<>(sdgs));
    }
}
