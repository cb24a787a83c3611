package network.twincities.memorandum.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import network.twincities.axis.entity.Axis;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.memorandum.entity.Party;
import network.twincities.memorandum.entity.PartyRole;
import network.twincities.memorandum.entity.Transition;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An MoU as the API shows it. */
@Schema(name = "Memorandum", description = "A memorandum of understanding (MoU) between territories and organizations")
public record MemorandumRepresentation(
        @Schema(description = "Made by the server", readOnly = true, example = "0b5c7f1e-8f7a-4a59-9d63-3c1f2b7e1a40")
        String id,

        @Schema(
                description = "Made by the server (TCI-<year>-<number>) when not given; unique",
                example = "TCI-2024-001")
        String reference,

        @Schema(description = "At least one language") Text title,
        Text summary,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = PartyRepresentation.class,
                description = "Territories and organizations, each with its role and, once signed, its signature")
        List<PartyRepresentation> parties,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Slugs of cooperation axes",
                example = "[\"digital-inclusion\"]")
        List<String> axes,

        @Schema(description = "Slug of the event where it is signed", example = "smart-city-expo-usa-2024")
        String event,

        @Schema(type = SchemaType.STRING, format = "date", example = "2024-05-23")
        LocalDate effectiveFrom,

        @Schema(type = SchemaType.STRING, format = "date", example = "2027-05-22")
        LocalDate expiresOn,

        @Schema(description = "Changed only by the workflow actions", readOnly = true)
        MemorandumStatus status,

        @Schema(description = "The signed document, once attached (PUT /mous/{id}/document)", readOnly = true)
        DocumentRepresentation document,

        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    /** A party: a territory or an organization, its role, and its signature once recorded. */
    @Schema(name = "MemorandumParty")
    public record PartyRepresentation(
            @Schema(description = "Slug of a territory (or give organization)", example = "rehamna")
            String territory,

            @Schema(description = "Slug of an organization (or give territory)")
            String organization,

            PartyRole role,

            @Schema(description = "Who signed for the party: name, title", readOnly = true)
            String signedBy,

            @Schema(type = SchemaType.STRING, format = "date", readOnly = true)
            LocalDate signedOn,

            @Schema(description = "The user who recorded the signature", readOnly = true)
            String recordedBy) {

        static PartyRepresentation of(Party p) {
            return new PartyRepresentation(
                    p.territory() == null ? null : p.territory().slug(),
                    p.organization() == null ? null : p.organization().slug(),
                    p.role(),
                    p.signedBy(),
                    p.signedOn(),
                    p.recordedBy());
        }
    }

    /** The facts of the signed document; its bytes are at /mous/{id}/document. */
    @Schema(name = "MemorandumDocument")
    public record DocumentRepresentation(
            @Schema(example = "application/pdf") String contentType,
            @Schema(description = "Bytes") int size,
            Instant uploadedAt,
            String uploadedBy) {}

    /** One step of the workflow; the creation has no {@code from}. */
    @Schema(name = "MemorandumTransition")
    public record TransitionRepresentation(
            Instant at, String by, MemorandumStatus from, MemorandumStatus to, String reason) {

        public static TransitionRepresentation of(Transition t) {
            return new TransitionRepresentation(t.at(), t.by(), t.from(), t.to(), t.reason());
        }
    }

    public static MemorandumRepresentation of(Memorandum m) {
        return new MemorandumRepresentation(
                m.uuid().toString(),
                m.reference(),
                Text.of(m.title()),
                Text.of(m.summary()),
                m.parties().stream().map(PartyRepresentation::of).toList(),
                m.axes().stream().map(Axis::slug).toList(),
                m.event() == null ? null : m.event().slug(),
                m.effectiveFrom(),
                m.expiresOn(),
                m.status(),
                m.documentSize() == null
                        ? null
                        : new DocumentRepresentation(
                                "application/pdf", m.documentSize(), m.documentUploadedAt(), m.documentUploadedBy()),
                m.version(),
                m.createdAt(),
                m.createdBy(),
                m.updatedAt(),
                m.updatedBy());
    }
}
