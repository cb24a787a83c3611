package network.twincities.export.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import network.twincities.export.control.CsvExport;
import network.twincities.export.control.IatiExport;
import network.twincities.export.control.ProjectBatches;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every project that is not deleted, as CSV and as IATI 2.03 activities, for any authenticated caller.
 * Both are written while they are sent, one batch of projects at a time.
 */
@Path("exports")
@RequestScoped
@Tag(name = "Exports", description = "Every project, in formats other tools read")
public class ExportsResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XML = "application/xml; charset=UTF-8";

    @Inject
    ProjectBatches batches;

    @Inject
    @ConfigProperty(name = "twincities.iati.organisation-ref", defaultValue = "TWINCITIES-WSCF")
    String organisationRef;

    @Inject
    @ConfigProperty(name = "twincities.iati.organisation-name", defaultValue = "World Smart Cities Forum")
    String organisationName;

    @GET
    @Path("projects.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportProjectsCsv",
            summary = "Every project as CSV",
            description = "Any authenticated caller. Every project that is not deleted, one row each, in the order"
                    + " of creation: RFC 4180, UTF-8 after a byte order mark (so that spreadsheets read Arabic"
                    + " right), a header row, CRLF line ends. Columns: id, externalId, title_en, title_fr,"
                    + " title_ar, leadTerritory, partners and axes (slugs separated by a space), mou (its"
                    + " reference), status, startDate, endDate, budgetAmount, budgetCurrency, beneficiaries,"
                    + " progress (the mean progress of its indicators, empty without any), updatedAt. A cell"
                    + " starting with =, +, -, @, a tab or CR gets a leading apostrophe, so that no spreadsheet"
                    + " runs it as a formula.")
    @APIResponse(
            responseCode = "200",
            description = "The projects as CSV, as an attachment projects.csv",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            example = "id,externalId,title_en,title_fr,title_ar,leadTerritory,partners,axes,mou,"
                                    + "status,startDate,endDate,budgetAmount,budgetCurrency,beneficiaries,progress,"
                                    + "updatedAt\r\n"))
    public Response csv() {
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            var csv = new CsvExport(writer);
            csv.start();
            ProjectBatches.each(batches, csv::write);
            writer.flush();
        };
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.csv\"")
                .build();
    }

    @GET
    @Path("iati-activities.xml")
    @Produces(XML)
    @Operation(
            operationId = "exportIatiActivities",
            summary = "Every project as IATI 2.03 activities",
            description = "Any authenticated caller. Every project that is not deleted as an iati-activity of"
                    + " the IATI activity standard 2.03, valid against its schema. The World Smart Cities Forum"
                    + " is the reporting organisation (a secondary reporter); each activity's iati-identifier is"
                    + " the forum's organisation identifier, a hyphen and the project's id. The lead territory"
                    + " takes part as accountable (role 2) and implementing (4), partners as implementing (4);"
                    + " status, dates, axes (sector vocabulary 99), their SDGs (tag vocabulary 2), budget and"
                    + " indicators (one output result) follow the IATI codelists as docs/api.md section 11 says.")
    @APIResponse(
            responseCode = "200",
            description = "The projects as an iati-activities document",
            content =
                    @Content(
                            mediaType = "application/xml",
                            schema = @Schema(type = SchemaType.STRING),
                            example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><iati-activities version=\"2.03\""
                                    + " generated-datetime=\"2026-01-01T00:00:00Z\">...</iati-activities>"))
    public Response iati() {
        Instant now = Clock.systemUTC().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        StreamingOutput body = output -> {
            try {
                var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(output, "UTF-8");
                var iati = new IatiExport(xml, organisationRef, organisationName, today);
                iati.start(now);
                ProjectBatches.each(batches, project -> {
                    try {
                        iati.write(project);
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                });
                iati.end();
                xml.close();
            } catch (XMLStreamException e) {
                throw new WebApplicationException(e);
            }
        };
        return Response.ok(body, XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iati-activities.xml\"")
                .build();
    }
}
