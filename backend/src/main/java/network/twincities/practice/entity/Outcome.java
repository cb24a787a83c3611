package network.twincities.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A result a best practice reports: an indicator, its value in a unit, and when it was measured (if known). */
@Embeddable
public class Outcome {

    public static final int INDICATOR_MAX = 200;
    public static final int UNIT_MAX = 64;

    @Column(nullable = false, length = INDICATOR_MAX)
    private String indicator;

    @Column(nullable = false)
    private double value;

    @Column(nullable = false, length = UNIT_MAX)
    private String unit;

    @Column(name = "as_of")
    private LocalDate asOf;

    protected Outcome() {}

    public Outcome(String indicator, double value, String unit, LocalDate asOf) {
        this.indicator = Objects.requireNonNull(indicator);
        this.value = value;
        this.unit = Objects.requireNonNull(unit);
        this.asOf = asOf;
    }

    public String indicator() {
        return indicator;
    }

    public double value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other
                && indicator.equals(other.indicator)
                && Double.compare(value, other.value) == 0
                && unit.equals(other.unit)
                && Objects.equals(asOf, other.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, value, unit, asOf);
    }
}
