package network.twincities.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;
import network.twincities.platform.domain.RuleViolation;

/**
 * What a project costs: an amount of at least 0 in an ISO 4217 currency, with no more decimals than the
 * currency has (2 for MAD, 0 for JPY).
 */
@Embeddable
public class Budget {

    /** The largest amount: far beyond any project, within the column. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000000");

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    @Column(name = "budget_amount")
    private BigDecimal amount;

    @Column(name = "budget_currency")
    private String currency;

    protected Budget() {}

    /** @throws RuleViolation on {@code budget.amount} or {@code budget.currency} */
    public Budget(BigDecimal amount, String currency) {
        if (currency == null) {
            throw RuleViolation.invalid("budget.currency", "is required");
        }
        Currency known = known(currency);
        if (known == null) {
            throw RuleViolation.invalid("budget.currency", "must be an ISO 4217 currency code, e.g. MAD, EUR, USD");
        }
        if (amount == null) {
            throw RuleViolation.invalid("budget.amount", "is required");
        }
        if (amount.signum() < 0) {
            throw RuleViolation.invalid("budget.amount", "must be 0 or more");
        }
        if (amount.compareTo(MAX) > 0) {
            throw RuleViolation.invalid("budget.amount", "must be at most " + MAX.toPlainString());
        }
        int digits = Math.max(known.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw RuleViolation.invalid("budget.amount", "must have at most " + digits + " decimals in " + currency);
        }
        this.amount = amount.setScale(digits);
        this.currency = currency;
    }

    private static Currency known(String code) {
        if (!CODE.matcher(code).matches()) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The amount with the currency's decimals (1200000.00 MAD). */
    public BigDecimal amount() {
        int digits = Math.max(known(currency).getDefaultFractionDigits(), 0);
        return amount.setScale(digits, java.math.RoundingMode.UNNECESSARY);
    }

    public String currency() {
        return currency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Budget other
                && amount.compareTo(other.amount) == 0
                && Objects.equals(currency, other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }
}
