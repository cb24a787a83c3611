package network.twincities.ui.platform.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers and dates as the reader writes them: in English and French by their locale; in Arabic by the
 * conventions of Morocco ({@code ar-MA}), with Western digits (0–9, not ٠–٩). Every number and date the
 * UI shows goes through here.
 */
public final class Formats {

    /** Arabic as written in Morocco, with Latin digits. */
    static final Locale ARABIC = Locale.forLanguageTag("ar-MA-u-nu-latn");

    private Formats() {}

    /** The locale whose conventions write numbers and dates for a reader of {@code locale}. */
    public static Locale of(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return Language.of(locale) == Language.ARABIC ? ARABIC : locale;
    }

    /** A whole number with the language's grouping: "6,861,739", "6 861 739", "6.861.739". */
    public static String integer(Number number, Locale locale) {
        return number == null ? "" : NumberFormat.getIntegerInstance(of(locale)).format(number);
    }

    /** A number written without grouping (a year, a goal's number): "2014". */
    public static String plain(Number number, Locale locale) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(of(locale));
        format.setGroupingUsed(false);
        return format.format(number);
    }

    /** A decimal number with at least {@code min} and at most {@code max} fraction digits. */
    public static String decimal(Number number, int min, int max, Locale locale) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        return format.format(number);
    }

    /** A date in the language's medium style: "May 21, 2024", "21 mai 2024". */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dates(of(locale)).format(date);
    }

    /** A date in the language's long style ("May 21, 2024" spelled out where the language does): for print. */
    public static String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        Locale conventions = of(locale);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(conventions)
                .withDecimalStyle(DecimalStyle.of(conventions))
                .format(date);
    }

    /** Two dates as a span; one date when both are the same day or one is missing. */
    public static String dateRange(LocalDate from, LocalDate to, Locale locale) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null || from.equals(to)) {
            return date(from == null ? to : from, locale);
        }
        return date(from, locale) + " – " + date(to, locale);
    }

    /** A moment as a date and time of day in the server's time zone. */
    public static String dateTime(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        Locale conventions = of(locale);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(conventions)
                .withDecimalStyle(DecimalStyle.of(conventions))
                .withZone(ZoneId.systemDefault())
                .format(at);
    }

    /** A moment the API wrote as ISO-8601 text ({@code 2024-05-21T10:15:00Z}); other text as it is. */
    public static String dateTime(String iso, Locale locale) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return dateTime(java.time.OffsetDateTime.parse(iso).toInstant(), locale);
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return iso;
        }
    }

    /** A moment as a date and time of day (the same as {@link #dateTime(Instant, Locale)}). */
    public static String time(Instant at, Locale locale) {
        return dateTime(at, locale);
    }

    /** A count or measure: grouped, at most two decimals. */
    public static String number(Number value, Locale locale) {
        return decimal(value, 0, 2, locale);
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

    /** Makes every date picker in {@code root} write its dates with the reader's conventions. */
    public static void datePickers(Component root, Locale locale) {
        if (root instanceof DatePicker picker) {
            picker.setLocale(of(locale));
        }
        root.getChildren().forEach(child -> datePickers(child, locale));
    }

    private static DateTimeFormatter dates(Locale conventions) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(conventions)
                .withDecimalStyle(DecimalStyle.of(conventions));
    }
}
