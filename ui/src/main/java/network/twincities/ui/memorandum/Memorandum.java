package network.twincities.ui.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/**
 * An MoU as the backend's {@code /mous} resource represents it. Its {@code id} (made by the server)
 * names it in the API and in the page's address; {@code status} changes only through the workflow.
 */
public record Memorandum(
        String id,
        String reference,
        LocalizedText title,
        LocalizedText summary,
        List<Party> parties,
        List<String> axes,
        String event,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        String status,
        Document document,
        Long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements RegistryItem<Memorandum> {

    /** The statuses, in the order of the workflow. */
    public static final List<String> STATUSES = List.of(
            "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "SIGNED", "TERMINATED", "EXPIRED");

    /** The roles of a party; the MoU is signed once every SIGNATORY has signed. */
    public static final List<String> ROLES = List.of("SIGNATORY", "WITNESS", "COORDINATOR");

    public Memorandum {
        parties = parties == null ? List.of() : List.copyOf(parties);
        axes = axes == null ? List.of() : List.copyOf(axes);
    }

    /** A party: a territory or an organization (the other is null), its role and its signature once recorded. */
    public record Party(
            String territory,
            String organization,
            String role,
            String signedBy,
            LocalDate signedOn,
            String recordedBy) {

        public static Party territory(String slug, String role) {
            return new Party(slug, null, role, null, null, null);
        }

        public static Party organization(String slug, String role) {
            return new Party(null, slug, role, null, null, null);
        }

        /** The slug of the territory or organization. */
        public String slug() {
            return territory != null ? territory : organization;
        }

        public boolean signed() {
            return signedOn != null;
        }
    }

    /** The facts of the signed document; its bytes are at {@code /mous/{id}/document}. */
    public record Document(String contentType, int size, Instant uploadedAt, String uploadedBy) {}

    /** One step of the workflow; the creation has no {@code from}. */
    public record Transition(Instant at, String by, String from, String to, String reason) {}

    /** The body of request-changes, reject and terminate. */
    public record Reason(String reason) {}

    /** The body of a signature: the party's slug, who signed for it, and when. */
    public record Signature(String party, String signedBy, LocalDate signedOn) {}

    @Override
    public String slug() {
        return id;
    }

    @Override
    public LocalizedText name() {
        return title;
    }

    /** The name of the MoU: its reference and title ("TCI-2024-001 · Twin Cities…"). */
    @Override
    public String nameIn(java.util.Locale locale) {
        String text = title == null ? "" : title.in(locale);
        if (reference == null || reference.isBlank()) {
            return text.isBlank() ? String.valueOf(id) : text;
        }
        return text.isBlank() ? reference : reference + " · " + text;
    }

    /** The body of a write: the editable fields; the parties without their signatures. */
    @Override
    public Memorandum forWrite(boolean withSlug) {
        List<Party> bare = parties.stream()
                .map(p -> new Party(p.territory(), p.organization(), p.role(), null, null, null))
                .toList();
        return new Memorandum(
                null,
                reference,
                title,
                summary,
                bare,
                axes,
                event,
                effectiveFrom,
                expiresOn,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
