package network.twincities.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import network.twincities.platform.domain.RuleViolation;

/**
 * What a project measures: from its {@code baseline} towards its {@code target} (up or down), and the
 * {@code current} value, from which its progress follows.
 */
@Embeddable
public class Indicator {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 50;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "unit")
    private String unit;

    @Column(name = "baseline", nullable = false)
    private double baseline;

    @Column(name = "target", nullable = false)
    private double target;

    @Column(name = "current")
    private Double current;

    protected Indicator() {}

    /**
     * @param field the indicator's path in the request ({@code indicators[0]}), for a rule it breaks
     * @throws RuleViolation when the target is the baseline (there would be nothing to measure)
     */
    public Indicator(String field, String name, String unit, double baseline, double target, Double current) {
        if (target == baseline) {
            throw RuleViolation.invalid(field + ".target", "must differ from baseline");
        }
        this.name = Objects.requireNonNull(name);
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.current = current;
    }

    /**
     * How far {@code current} has come from the baseline to the target, in whole percent from 0 to 100
     * (rounded down; beyond the target is 100, behind the baseline 0); 0 while nothing is measured.
     */
    public static int progress(double baseline, double target, Double current) {
        if (current == null || target == baseline) {
            return 0;
        }
        double share = (current - baseline) / (target - baseline);
        if (!(share > 0)) {
            return 0;
        }
        return share >= 1 ? 100 : (int) Math.floor(share * 100 + 1e-9); // 0.29 is 29, not 28.999…
    }

    public int progress() {
        return progress(baseline, target, current);
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public double baseline() {
        return baseline;
    }

    public double target() {
        return target;
    }

    public Double current() {
        return current;
    }
}
