package network.twincities.ui.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, numbers and amounts as the reader writes them. Arabic is formatted for Morocco ({@code
 * ar-MA}): Western digits, as the network's Arabic-speaking members write them.
 */
public final class Formats {

    private static final Locale ARABIC_MOROCCO = Locale.forLanguageTag("ar-MA");

    private Formats() {}

    /** The locale numbers and dates are formatted in: {@code ar-MA} for Arabic, else the reader's. */
    public static Locale of(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return "ar".equals(locale.getLanguage()) ? ARABIC_MOROCCO : locale;
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(of(locale))
                        .format(date);
    }

    public static String time(Instant at, Locale locale) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(of(locale))
                        .withZone(ZoneId.systemDefault())
                        .format(at);
    }

    /** A count or measure: grouped, at most two decimals. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** An amount in its ISO 4217 currency; an unknown code follows the plain number. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(of(locale));
            Currency known = Currency.getInstance(currency);
            format.setCurrency(known);
            format.setMaximumFractionDigits(Math.max(0, known.getDefaultFractionDigits()));
            return format.format(amount);
        } catch (RuntimeException unknownCurrency) {
            return number(amount, locale) + (currency == null ? "" : " " + currency);
        }
    }

    /** A whole percentage, 0 to 100: "40 %" as the reader writes it. */
    public static String percent(int value, Locale locale) {
        return NumberFormat.getPercentInstance(of(locale)).format(value / 100.0);
    }
}
