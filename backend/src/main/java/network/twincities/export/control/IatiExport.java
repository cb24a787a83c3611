package network.twincities.export.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.text.LocalizedText;
import network.twincities.project.entity.ProjectStatus;

/**
 * Projects as IATI 2.03 activities ({@code iati-activities}, one {@code iati-activity} a project). The
 * World Smart Cities Forum reports them as a secondary reporter (the territories run the projects); each
 * activity's identifier is the forum's organisation identifier, a hyphen and the project's id. The
 * mappings to the IATI codelists are the methods below; docs/api.md section 11 lists them.
 */
public final class IatiExport {

    public static final String VERSION = "2.03";

    /** OrganisationRole: the lead territory answers for the project and carries it out, its partners too. */
    static final String ROLE_ACCOUNTABLE = "2";

    static final String ROLE_IMPLEMENTING = "4";

    /** OrganisationType 21, International NGO: the forum. */
    static final String FORUM_TYPE = "21";

    /** OrganisationType 11, Local Government: a territory. */
    static final String TERRITORY_TYPE = "11";

    /** SectorVocabulary 99, Reporting Organisation: the forum's cooperation axes. */
    static final String AXIS_VOCABULARY = "99";

    /** TagVocabulary 2, UN Sustainable Development Goals, a goal's number as the code. */
    static final String SDG_VOCABULARY = "2";

    private final XMLStreamWriter xml;
    private final String organisationRef;
    private final String organisationName;
    private final LocalDate today;

    /**
     * @param organisationRef the forum's IATI organisation identifier, the prefix of every activity's
     * @param today the day of the export: a start or end counts as actual only once it is past
     */
    public IatiExport(XMLStreamWriter xml, String organisationRef, String organisationName, LocalDate today) {
        this.xml = xml;
        this.organisationRef = organisationRef;
        this.organisationName = organisationName;
        this.today = today;
    }

    public void start(Instant generated) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", seconds(generated));
    }

    public void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /** The activity's identifier: stable, the same in every export. */
    public String identifier(ExportedProject p) {
        return organisationRef + "-" + p.id();
    }

    public void write(ExportedProject p) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", seconds(p.updatedAt()));
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        if (p.budgetCurrency() != null) {
            xml.writeAttribute("default-currency", p.budgetCurrency());
        }
        element("iati-identifier", identifier(p));

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", organisationRef);
        xml.writeAttribute("type", FORUM_TYPE);
        xml.writeAttribute("secondary-reporter", "1");
        narrative(null, organisationName);
        xml.writeEndElement();

        xml.writeStartElement("title");
        narratives(p.title());
        xml.writeEndElement();

        xml.writeStartElement("description");
        xml.writeAttribute("type", "1"); // DescriptionType 1, General
        narratives(hasText(p.description()) ? p.description() : p.title());
        xml.writeEndElement();

        participant(ROLE_ACCOUNTABLE, TERRITORY_TYPE, p.lead().name());
        participant(ROLE_IMPLEMENTING, TERRITORY_TYPE, p.lead().name());
        for (var partner : p.partners()) {
            participant(ROLE_IMPLEMENTING, type(partner.organizationKind()), partner.name());
        }

        empty("activity-status", "code", status(p.status()));
        for (var date : dates(p, today)) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", date.type());
            xml.writeAttribute("iso-date", date.date().toString());
        }

        var shares = shares(p.axes().size());
        for (int i = 0; i < p.axes().size(); i++) {
            var axis = p.axes().get(i);
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", AXIS_VOCABULARY);
            xml.writeAttribute("code", axis.slug());
            xml.writeAttribute("percentage", shares.get(i).toPlainString());
            narratives(axis.name());
            xml.writeEndElement();
        }
        for (int sdg : sdgs(p)) {
            xml.writeEmptyElement("tag");
            xml.writeAttribute("vocabulary", SDG_VOCABULARY);
            xml.writeAttribute("code", Integer.toString(sdg));
        }

        if (p.budgetAmount() != null && p.startDate() != null && p.endDate() != null) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1"); // BudgetType 1, Original
            xml.writeAttribute("status", "1"); // BudgetStatus 1, Indicative
            empty("period-start", "iso-date", p.startDate().toString());
            empty("period-end", "iso-date", p.endDate().toString());
            xml.writeStartElement("value");
            xml.writeAttribute("currency", p.budgetCurrency());
            xml.writeAttribute("value-date", p.startDate().toString());
            xml.writeCharacters(p.budgetAmount().toPlainString());
            xml.writeEndElement();
            xml.writeEndElement();
        }

        if (!p.indicators().isEmpty()) {
            result(p);
        }
        xml.writeEndElement();
    }

    /** One result (ResultType 1, Output) with the project's indicators. */
    private void result(ExportedProject p) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", "1");
        xml.writeStartElement("title");
        narratives(p.title());
        xml.writeEndElement();
        LocalDate from =
                p.startDate() != null ? p.startDate() : LocalDate.ofInstant(p.createdAt(), java.time.ZoneOffset.UTC);
        for (var indicator : p.indicators()) {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", "1"); // IndicatorMeasure 1, Unit
            xml.writeAttribute("ascending", Boolean.toString(indicator.target() > indicator.baseline()));
            xml.writeStartElement("title");
            narrative(null, indicator.name());
            xml.writeEndElement();
            if (indicator.unit() != null && !indicator.unit().isBlank()) {
                xml.writeStartElement("description");
                narrative("en", "Unit: " + indicator.unit());
                xml.writeEndElement();
            }
            xml.writeEmptyElement("baseline");
            xml.writeAttribute("year", Integer.toString(from.getYear()));
            xml.writeAttribute("iso-date", from.toString());
            xml.writeAttribute("value", number(indicator.baseline()));
            if (p.startDate() != null && p.endDate() != null) {
                xml.writeStartElement("period");
                empty("period-start", "iso-date", p.startDate().toString());
                empty("period-end", "iso-date", p.endDate().toString());
                empty("target", "value", number(indicator.target()));
                if (indicator.current() != null) {
                    empty("actual", "value", number(indicator.current()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** ActivityStatus: where a project stands. */
    static String status(ProjectStatus status) {
        return switch (status) {
            case PROPOSED -> "1"; // Pipeline/identification
            case ACTIVE -> "2"; // Implementation
            case COMPLETED -> "3"; // Finalisation: the work is done; we do not know that the accounts are closed
            case CANCELLED -> "5"; // Cancelled
            case ON_HOLD -> "6"; // Suspended
        };
    }

    /** An activity-date: its ActivityDateType code and the day. */
    record ActivityDate(String type, LocalDate date) {}

    /**
     * ActivityDateType: the start is actual (2) once it is past and the project is under way, on hold or
     * completed, else planned (1); the end is actual (4) once it is past and the project is completed, else
     * planned (3). A project without dates has its creation day as planned start (IATI asks for a start).
     */
    static List<ActivityDate> dates(ExportedProject p, LocalDate today) {
        var dates = new ArrayList<ActivityDate>();
        boolean started = p.status() == ProjectStatus.ACTIVE
                || p.status() == ProjectStatus.ON_HOLD
                || p.status() == ProjectStatus.COMPLETED;
        if (p.startDate() != null) {
            boolean actual = started && !p.startDate().isAfter(today);
            dates.add(new ActivityDate(actual ? "2" : "1", p.startDate()));
        } else if (p.endDate() == null) {
            dates.add(new ActivityDate("1", LocalDate.ofInstant(p.createdAt(), java.time.ZoneOffset.UTC)));
        }
        if (p.endDate() != null) {
            boolean actual =
                    p.status() == ProjectStatus.COMPLETED && !p.endDate().isAfter(today);
            dates.add(new ActivityDate(actual ? "4" : "3", p.endDate()));
        }
        return dates;
    }

    /** OrganisationType of a partner: a territory is a local government. */
    static String type(OrganizationKind kind) {
        if (kind == null) {
            return TERRITORY_TYPE;
        }
        return switch (kind) {
            case FORUM, NGO -> "21"; // International NGO
            case ASSOCIATION -> "22"; // National NGO
            case GOVERNMENT -> "10"; // Government
            case COMPANY -> "70"; // Private Sector
            case ACADEMIA -> "80"; // Academic, Training and Research
        };
    }

    /** Equal shares of 100 percent with 2 decimals, the first taking what rounding leaves (33.34, 33.33, 33.33). */
    static List<BigDecimal> shares(int count) {
        var shares = new ArrayList<BigDecimal>();
        if (count == 0) {
            return shares;
        }
        var hundred = new BigDecimal("100.00");
        var each = hundred.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        shares.add(hundred.subtract(each.multiply(BigDecimal.valueOf(count - 1))));
        for (int i = 1; i < count; i++) {
            shares.add(each);
        }
        return shares;
    }

    private static Set<Integer> sdgs(ExportedProject p) {
        var sdgs = new TreeSet<Integer>();
        p.axes().forEach(axis -> sdgs.addAll(axis.sdgs()));
        return sdgs;
    }

    private void participant(String role, String type, LocalizedText name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        xml.writeAttribute("type", type);
        narratives(name);
        xml.writeEndElement();
    }

    /** A narrative per language that has a text. */
    private void narratives(LocalizedText text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        narrative("en", text.en());
        narrative("fr", text.fr());
        narrative("ar", text.ar());
    }

    private void narrative(String lang, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("narrative");
        if (lang != null) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static boolean hasText(LocalizedText text) {
        return text != null
                && java.util.stream.Stream.of(text.en(), text.fr(), text.ar()).anyMatch(s -> s != null && !s.isBlank());
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String name, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    /** 12 and 12.5, not 12.0. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
