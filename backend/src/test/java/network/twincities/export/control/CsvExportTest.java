package network.twincities.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import network.twincities.project.entity.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180 fields, the guard against formulas, and a project's row. */
class CsvExportTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "a, b|\"a, b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "مثال: سوق|مثال: سوق",
                "=SUM(A1:A2)|'=SUM(A1:A2)",
                "+33 1 23|'+33 1 23",
                "-1+2|'-1+2",
                "@cmd|'@cmd",
                "=1,2|\"'=1,2\"",
                "a=b|a=b",
                "it's|it's",
            })
    void quotesWhatNeedsItAndGuardsFormulas(String value, String field) {
        assertThat(CsvExport.cell(value)).isEqualTo(field);
    }

    @Test
    void quotesLineBreaksAndGuardsATabOrCrAtTheStart() {
        assertThat(CsvExport.cell("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(CsvExport.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvExport.cell(null)).isEmpty();
        assertThat(CsvExport.cell("")).isEmpty();
    }

    @Test
    void aRowEndsWithCrLf() {
        assertThat(CsvExport.row(Arrays.asList("a", null, "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
    }

    @Test
    void startsWithTheByteOrderMarkAndTheHeaderThenOneRowAProject() throws Exception {
        var out = new StringWriter();
        var csv = new CsvExport(out);
        csv.start();
        csv.write(Samples.project(ProjectStatus.ACTIVE, LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31")));

        String text = out.toString();
        assertThat(text)
                .startsWith("\uFEFFid,externalId,title_en,title_fr,title_ar,leadTerritory,partners,axes,mou,"
                        + "status,startDate,endDate,budgetAmount,budgetCurrency,beneficiaries,progress,updatedAt\r\n");
        String row = text.substring(text.indexOf("\r\n") + 2);
        assertThat(row)
                .isEqualTo("0b7e4a8c-1f2d-4e5a-9b6c-7d8e9f0a1b2c,EXT-7,Digital inclusion centres,"
                        + "Centres d'inclusion numérique,مراكز الإدماج الرقمي,casablanca-settat,"
                        + "rehamna world-smart-cities-forum,digital-inclusion women-empowerment water,TCI-2024-001,"
                        + "ACTIVE,2025-01-01,2026-12-31,1200000.00,MAD,500,12,2025-06-01T08:30:00.456Z\r\n");
        assertThat(CsvExport.cells(Samples.project(ProjectStatus.ACTIVE, null, null)))
                .hasSameSizeAs(CsvExport.HEADER);
    }

    @Test
    void theProgressIsTheMeanOfTheIndicatorsRoundedDownAndEmptyWithoutAny() {
        var project = Samples.project(ProjectStatus.ACTIVE, null, null);
        assertThat(project.progress()).isEqualTo(12); // (25 + 0) / 2
        var none = new ExportedProject(
                project.key(),
                project.id(),
                project.externalId(),
                project.title(),
                project.description(),
                project.lead(),
                project.partners(),
                project.axes(),
                project.mou(),
                project.status(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                project.createdAt(),
                project.updatedAt());
        assertThat(none.progress()).isNull();
        var cells = CsvExport.cells(none);
        assertThat(cells.get(CsvExport.HEADER.indexOf("progress"))).isNull();
        assertThat(CsvExport.row(cells)).contains(",ACTIVE,,,,,,,2025-06-01T08:30:00.456Z\r\n");
    }
}
