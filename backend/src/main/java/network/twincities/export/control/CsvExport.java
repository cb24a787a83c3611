package network.twincities.export.control;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import network.twincities.platform.text.LocalizedText;

/**
 * Projects as CSV (RFC 4180): UTF-8 after a byte order mark (so that spreadsheets read Arabic as UTF-8),
 * a header row, CRLF line ends, a field in double quotes when it holds a comma, a quote, CR or LF (its
 * quotes doubled). A cell a spreadsheet would take for a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or CR) gets a leading apostrophe.
 */
public final class CsvExport {

    public static final char BOM = '\uFEFF';

    public static final List<String> HEADER = List.of(
            "id",
            "externalId",
            "title_en",
            "title_fr",
            "title_ar",
            "leadTerritory",
            "partners",
            "axes",
            "mou",
            "status",
            "startDate",
            "endDate",
            "budgetAmount",
            "budgetCurrency",
            "beneficiaries",
            "progress",
            "updatedAt");

    private final Writer out;

    public CsvExport(Writer out) {
        this.out = out;
    }

    /** The byte order mark and the header row. */
    public void start() throws IOException {
        out.write(BOM);
        out.write(row(HEADER));
    }

    public void write(ExportedProject p) throws IOException {
        out.write(row(cells(p)));
    }

    /** The cells of a project's row, in the order of {@link #HEADER}; "" for what it does not have. */
    static List<String> cells(ExportedProject p) {
        var cells = new ArrayList<String>();
        cells.add(p.id());
        cells.add(p.externalId());
        LocalizedText title = p.title();
        cells.add(title == null ? null : title.en());
        cells.add(title == null ? null : title.fr());
        cells.add(title == null ? null : title.ar());
        cells.add(p.lead().slug());
        cells.add(String.join(
                " ", p.partners().stream().map(ExportedProject.Party::slug).toList()));
        cells.add(String.join(
                " ", p.axes().stream().map(ExportedProject.Theme::slug).toList()));
        cells.add(p.mou());
        cells.add(p.status().name());
        cells.add(text(p.startDate()));
        cells.add(text(p.endDate()));
        cells.add(p.budgetAmount() == null ? null : p.budgetAmount().toPlainString());
        cells.add(p.budgetCurrency());
        cells.add(text(p.beneficiaries()));
        cells.add(text(p.progress()));
        cells.add(text(p.updatedAt()));
        return cells;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** One record, its cells separated by commas, ended by CRLF. */
    static String row(List<String> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A field as RFC 4180 writes it, with the guard against formulas; null is the empty field. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String guarded = Stream.of("=", "+", "-", "@", "\t", "\r").anyMatch(value::startsWith) ? "'" + value : value;
        if (guarded.indexOf(',') < 0
                && guarded.indexOf('"') < 0
                && guarded.indexOf('\r') < 0
                && guarded.indexOf('\n') < 0) {
            return guarded;
        }
        return '"' + guarded.replace("\"", "\"\"") + '"';
    }
}
