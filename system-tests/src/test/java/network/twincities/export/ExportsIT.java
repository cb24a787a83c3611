package network.twincities.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import network.twincities.it.Http;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The exports of the projects: the CSV parses back (RFC 4180) with the demo's samples, Arabic intact, a
 * project made here and not one deleted here; the IATI XML is valid against the IATI 2.03 schema with one
 * activity a project.
 */
@SystemTest
class ExportsIT {

    static final String CSV = Urls.api() + "/exports/projects.csv";
    static final String IATI = Urls.api() + "/exports/iati-activities.xml";

    static final List<String> HEADER = List.of(
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

    /** A project made for this test, and one made and deleted. */
    static String[] madeAndDeleted() {
        String made = Projects.create(Projects.body(Projects.unique("Exported")));
        String gone = Projects.create(Projects.body(Projects.unique("Deleted before export")));
        var current = Http.get(Projects.url(gone), Tokens.of(Tokens.FORUM_ADMIN));
        var deleted = Http.delete(Projects.url(gone), Tokens.of(Tokens.FORUM_ADMIN), Http.etag(current));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        return new String[] {made, gone};
    }

    static long projectCount() {
        return Http.object(Http.get(Urls.api() + "/projects?size=1", Tokens.of(Tokens.FORUM_ADMIN)))
                .getJsonNumber("total")
                .longValue();
    }

    @Test
    void theCsvHasTheHeaderTheSamplesAndTheProjectsNotDeleted() {
        String[] ids = madeAndDeleted();
        var response = Http.get(CSV, Tokens.of(Tokens.OFFICIAL_REHAMNA));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().toLowerCase())
                .startsWith("text/csv")
                .contains("charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"projects.csv\"");
        String body = response.body();
        assertThat(body).startsWith("\uFEFF").endsWith("\r\n");

        var records = Rfc4180.parse(body.substring(1));
        assertThat(records.get(0)).isEqualTo(HEADER);
        var rows = records.subList(1, records.size()).stream()
                .map(cells -> {
                    assertThat(cells).hasSameSizeAs(HEADER);
                    var row = new java.util.LinkedHashMap<String, String>();
                    for (int i = 0; i < HEADER.size(); i++) {
                        row.put(HEADER.get(i), cells.get(i));
                    }
                    return row;
                })
                .collect(Collectors.toMap(row -> row.get("id"), Function.identity()));
        assertThat((long) rows.size()).isEqualTo(projectCount());

        Map<String, String> byExternalId = rows.values().stream()
                .filter(row -> row.get("externalId").startsWith("SAMPLE-"))
                .collect(Collectors.toMap(row -> row.get("externalId"), row -> row.get("title_ar")));
        assertThat(byExternalId)
                .containsEntry("SAMPLE-P1", "مثال: مراكز الإدماج الرقمي")
                .containsEntry("SAMPLE-P2", "مثال: سوق إلكترونية للتعاونيات النسائية")
                .containsKeys("SAMPLE-P3", "SAMPLE-P4", "SAMPLE-P5");

        assertThat(rows).containsKey(ids[0]).doesNotContainKey(ids[1]);
        var made = rows.get(ids[0]);
        assertThat(made.get("title_ar")).isEqualTo("مشروع اختبار");
        assertThat(made.get("leadTerritory")).isEqualTo("casablanca-settat");
        assertThat(made.get("partners")).isEqualTo("rehamna world-smart-cities-forum");
        assertThat(made.get("axes")).isEqualTo("digital-inclusion");
        assertThat(made.get("mou")).isEqualTo("TCI-2024-001");
        assertThat(made.get("status")).isEqualTo("ACTIVE");
        assertThat(made.get("startDate")).isEqualTo("2026-01-01");
        assertThat(made.get("budgetAmount")).isEqualTo("1200000.00");
        assertThat(made.get("budgetCurrency")).isEqualTo("MAD");
        assertThat(made.get("beneficiaries")).isEqualTo("500");
        assertThat(made.get("progress")).as("50 of 200 people trained").isEqualTo("25");
        assertThat(made.get("updatedAt")).isNotEmpty();
    }

    @Test
    void theIatiXmlIsValidWithOneActivityAProjectNotDeleted() throws Exception {
        String[] ids = madeAndDeleted();
        HttpResponse<String> response = Http.get(IATI, Tokens.syncClient());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        byte[] xml = response.body().getBytes(StandardCharsets.UTF_8);

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ExportsIT.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var xpath = XPathFactory.newInstance().newXPath();
        var identifiers = (NodeList)
                xpath.evaluate("/iati-activities/iati-activity/iati-identifier", doc, XPathConstants.NODESET);
        var all = new ArrayList<String>();
        for (int i = 0; i < identifiers.getLength(); i++) {
            all.add(identifiers.item(i).getTextContent());
        }
        assertThat((long) all.size()).isEqualTo(projectCount());
        assertThat(all).doesNotHaveDuplicates().anyMatch(id -> id.endsWith("-" + ids[0]));
        assertThat(all).noneMatch(id -> id.endsWith("-" + ids[1]));
        assertThat(xpath.evaluate("/iati-activities/@version", doc)).isEqualTo("2.03");
        String made = "/iati-activities/iati-activity[iati-identifier='"
                + all.stream().filter(id -> id.endsWith(ids[0])).findFirst().orElseThrow() + "']";
        assertThat(xpath.evaluate(made + "/title/narrative[lang('ar')]", doc)).isEqualTo("مشروع اختبار");
        assertThat(xpath.evaluate(made + "/activity-status/@code", doc)).isEqualTo("2");
        assertThat(xpath.evaluate(made + "/sector/@code", doc)).isEqualTo("digital-inclusion");
        assertThat(xpath.evaluate(made + "/budget/value/@currency", doc)).isEqualTo("MAD");
    }

    @Test
    void theExportsAreForSignedInCallersOnly() {
        for (String url : List.of(CSV, IATI)) {
            var response = Http.get(url, null);
            assertThat(response.statusCode()).as(url).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
    }

    /** A strict RFC 4180 reader: records end with CRLF, a quoted field may hold anything, quotes doubled. */
    static final class Rfc4180 {

        private Rfc4180() {}

        static List<List<String>> parse(String text) {
            var records = new ArrayList<List<String>>();
            var record = new ArrayList<String>();
            var field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' && field.isEmpty()) {
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            throw new AssertionError("an unclosed quote");
                        }
                        char q = text.charAt(i++);
                        if (q == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(q);
                        }
                    }
                    if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        throw new AssertionError("text after a closing quote at " + i);
                    }
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r') {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new AssertionError("a CR without LF at " + i);
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i += 2;
                } else if (c == '\n' || c == '"') {
                    throw new AssertionError("a bare " + (c == '\n' ? "LF" : "quote") + " at " + i);
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (!record.isEmpty() || !field.isEmpty()) {
                throw new AssertionError("the last record does not end with CRLF");
            }
            return records;
        }
    }
}
