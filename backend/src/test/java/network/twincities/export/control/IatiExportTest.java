package network.twincities.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import network.twincities.project.entity.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The mapping of projects to IATI 2.03 activities, and the schema they are valid against. */
class IatiExportTest {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PROPOSED, 1", "ACTIVE, 2", "COMPLETED, 3", "CANCELLED, 5", "ON_HOLD, 6"})
    void mapsTheStatusToTheActivityStatusCodelist(ProjectStatus status, String code) {
        assertThat(IatiExport.status(status)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} {1}..{2} → {3}")
    @CsvSource({
        "PROPOSED, 2026-01-01, 2026-12-31, 1:2026-01-01 3:2026-12-31", // not started: planned
        "ACTIVE, 2026-01-01, 2026-12-31, 2:2026-01-01 3:2026-12-31", // under way: actual start
        "ACTIVE, 2026-07-01, 2026-12-31, 1:2026-07-01 3:2026-12-31", // a start still ahead is planned
        "ON_HOLD, 2026-01-01, 2027-12-31, 2:2026-01-01 3:2027-12-31",
        "COMPLETED, 2025-01-01, 2026-05-31, 2:2025-01-01 4:2026-05-31", // done: actual end
        "COMPLETED, 2025-01-01, 2026-09-30, 2:2025-01-01 3:2026-09-30", // an end ahead stays planned
        "CANCELLED, 2025-01-01, 2026-05-31, 1:2025-01-01 3:2026-05-31",
        "ACTIVE, , 2026-12-31, 3:2026-12-31",
        "ACTIVE, , , 1:2025-01-02", // no dates: the day it was created, as the planned start
    })
    void mapsTheDatesToPlannedOrActualStartAndEnd(ProjectStatus status, LocalDate start, LocalDate end, String dates) {
        var mapped = IatiExport.dates(Samples.project(status, start, end), TODAY).stream()
                .map(d -> d.type() + ":" + d.date())
                .toList();
        assertThat(String.join(" ", mapped)).isEqualTo(dates);
    }

    @Test
    void sharesTheSectorsOutOfAHundred() {
        assertThat(IatiExport.shares(1)).containsExactly(new BigDecimal("100.00"));
        assertThat(IatiExport.shares(3))
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(IatiExport.shares(0)).isEmpty();
    }

    @Test
    void writesActivitiesValidAgainstTheIati203Schema() throws Exception {
        byte[] xml = export(
                Samples.project(ProjectStatus.ACTIVE, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
                Samples.project(ProjectStatus.PROPOSED, null, null),
                Samples.project(ProjectStatus.COMPLETED, LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31")));

        validate(xml);
        var doc = parse(xml);
        assertThat(nodes(doc, "/iati-activities/iati-activity").getLength()).isEqualTo(3);
        assertThat(text(doc, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(doc, "/iati-activities/@generated-datetime")).isEqualTo("2026-06-15T09:00:00Z");
        String first = "/iati-activities/iati-activity[1]";
        assertThat(text(doc, first + "/iati-identifier")).isEqualTo("XI-TEST-0b7e4a8c-1f2d-4e5a-9b6c-7d8e9f0a1b2c");
        assertThat(text(doc, first + "/reporting-org/@ref")).isEqualTo("XI-TEST");
        assertThat(text(doc, first + "/title/narrative[lang('ar')]")).isEqualTo("مراكز الإدماج الرقمي");
        assertThat(text(doc, first + "/participating-org[@role='2']/narrative[1]"))
                .isEqualTo("Casablanca-Settat");
        assertThat(nodes(doc, first + "/participating-org[@role='4']").getLength())
                .as("the lead and its two partners")
                .isEqualTo(3);
        assertThat(text(doc, first + "/activity-status/@code")).isEqualTo("2");
        assertThat(text(doc, first + "/sector[@code='digital-inclusion']/@vocabulary"))
                .isEqualTo("99");
        assertThat(nodes(doc, first + "/tag[@vocabulary='2']").getLength())
                .as("SDGs 4, 5, 6 and 9, once each")
                .isEqualTo(4);
        assertThat(text(doc, first + "/budget/value")).isEqualTo("1200000.00");
        assertThat(text(doc, first + "/budget/value/@currency")).isEqualTo("MAD");
        assertThat(text(doc, first + "/result/indicator[1]/period/target/@value"))
                .isEqualTo("200");
        assertThat(text(doc, first + "/result/indicator[1]/period/actual/@value"))
                .isEqualTo("50");
        assertThat(nodes(doc, first + "/result/indicator[2]/period/actual").getLength())
                .as("nothing measured yet")
                .isZero();
        String undated = "/iati-activities/iati-activity[2]";
        assertThat(nodes(doc, undated + "/budget").getLength())
                .as("no period, no budget")
                .isZero();
        assertThat(text(doc, undated + "/activity-date/@type")).isEqualTo("1");
        assertThat(text(doc, "/iati-activities/iati-activity[3]/activity-date[@type='4']/@iso-date"))
                .isEqualTo("2025-12-31");
    }

    @Test
    void theSchemaRejectsAnActivityWithoutItsRequiredParts() throws Exception {
        var broken = new String(export(Samples.project(ProjectStatus.ACTIVE, null, null)), StandardCharsets.UTF_8)
                .replaceAll("<activity-status[^>]*/>", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(broken.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("activity-status");
    }

    static byte[] export(ExportedProject... projects) throws Exception {
        var out = new ByteArrayOutputStream();
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        var iati = new IatiExport(xml, "XI-TEST", "World Smart Cities Forum", TODAY);
        iati.start(Instant.parse("2026-06-15T09:00:00.789Z"));
        for (var project : List.of(projects)) {
            iati.write(project);
        }
        iati.end();
        xml.close();
        return out.toByteArray();
    }

    static void validate(byte[] xml) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(IatiExportTest.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static NodeList nodes(Document doc, String path) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, doc, XPathConstants.NODESET);
    }

    static String text(Document doc, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, doc);
    }
}
