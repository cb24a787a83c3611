package network.twincities.memorandum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import network.twincities.audit.entity.AuditAction;
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
import network.twincities.event.control.EventRepository;
import network.twincities.event.entity.Event;
import network.twincities.memorandum.control.MemorandumRepository;
import network.twincities.memorandum.control.MemorandumSteps;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.memorandum.entity.MemorandumDocument;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.memorandum.entity.Party;
import network.twincities.memorandum.entity.PartyRole;
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.platform.ResourceName;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.JsonBodies;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.security.Action;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Act;
import network.twincities.platform.write.Writable;
import network.twincities.territory.control.TerritoryRepository;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What is the MoUs' own in a write: their fields (parties, axes and event resolved), who may write them
 * (an official only MoUs its territory is party to), that only drafts are removed, and the actions of
 * their workflow, their signatures and their signed document.
 */
@ApplicationScoped
public class Memoranda implements Writable<Memorandum, Memoranda.Fields, MemorandumRepresentation> {

    static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    static final String PDF = "application/pdf";

    @Inject
    MemorandumRepository memoranda;

    @Inject
    TerritoryRepository territories;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AxisRepository axes;

    @Inject
    EventRepository events;

    @Inject
    MemorandumSteps steps;

    /**
     * The editable fields of an MoU, references resolved.
     *
     * @param reference null: keep the current one, or let the server make one
     * @param partyTerritories the slugs of the territories named as parties, for the authorization
     */
    public record Fields(
            String reference,
            LocalizedText title,
            LocalizedText summary,
            List<Party.Member> parties,
            Set<String> partyTerritories,
            List<Axis> axes,
            Event event,
            LocalDate effectiveFrom,
            LocalDate expiresOn) {}

    @Override
    public ResourceName resource() {
        return ResourceName.MOUS;
    }

    @Override
    public Action writeAction() {
        return Action.DRAFT_MOU;
    }

    @Override
    public Set<String> territories(Memorandum memorandum) {
        return memorandum.territories();
    }

    @Override
    public Set<String> territoriesOf(Fields fields) {
        return fields.partyTerritories();
    }

    @Override
    public Optional<Memorandum> find(String id) {
        return memoranda.find(id);
    }

    @Override
    public MemorandumRepresentation represent(Memorandum memorandum) {
        return MemorandumRepresentation.of(memorandum);
    }

    @Override
    public Fields read(Input in, Memorandum current) {
        in.readOnly(
                "status",
                current == null
                        ? MemorandumStatus.DRAFT.name()
                        : current.status().name());
        String reference = in.string("reference", false, 64);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            in.reject("reference", "must be 1 to 64 letters, digits or dashes, e.g. TCI-2024-001");
            reference = null;
        }
        var title = in.text("title", true, false, Input.NAME_MAX);
        var summary = in.text("summary", false, false, Input.SUMMARY_MAX);
        var partyTerritories = new LinkedHashSet<String>();
        var parties = parties(in, current, partyTerritories);
        var axisList = new ArrayList<Axis>();
        var axisSlugs = in.slugs("axes", false);
        if (axisSlugs != null) {
            for (int i = 0; i < axisSlugs.size(); i++) {
                String slug = axisSlugs.get(i);
                axes.findBySlug(slug)
                        .ifPresentOrElse(axisList::add, () -> in.reject("axes", "no cooperation axis '" + slug + "'"));
            }
        }
        String eventSlug = in.slug("event", false);
        Event event = eventSlug == null ? null : events.findBySlug(eventSlug).orElse(null);
        if (eventSlug != null && event == null) {
            in.reject("event", "no event '" + eventSlug + "'");
        }
        // that it expires no earlier than it takes effect, and has a signatory, are the MoU's own rules
        return new Fields(
                reference,
                title,
                summary,
                parties,
                partyTerritories,
                axisList,
                event,
                in.date("effectiveFrom", false),
                in.date("expiresOn", false));
    }

    private List<Party.Member> parties(Input in, Memorandum current, Set<String> partyTerritories) {
        var items = in.objects("parties", true);
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            in.reject("parties", "needs at least one party");
        }
        var members = new ArrayList<Party.Member>();
        for (var item : items) {
            String territorySlug = item.slug("territory", false);
            String organizationSlug = item.slug("organization", false);
            var role = item.enumValue("role", PartyRole.class, true);
            // signatures are recorded by POST /mous/{id}/signatures: a body may only repeat them
            var signed = current == null || (territorySlug == null && organizationSlug == null)
                    ? Optional.<Party>empty()
                    : current.parties().stream()
                            .filter(p -> territorySlug != null
                                    ? p.territory() != null
                                            && p.territory().slug().equals(territorySlug)
                                    : p.organization() != null
                                            && p.organization().slug().equals(organizationSlug))
                            .findFirst();
            item.readOnly("signedBy", signed.map(Party::signedBy).orElse(null));
            item.readOnly("signedOn", signed.map(Party::signedOn).orElse(null));
            item.readOnly("recordedBy", signed.map(Party::recordedBy).orElse(null));
            if ((territorySlug == null) == (organizationSlug == null)) {
                if (!item.has("territory") && !item.has("organization")
                        || item.has("territory") && item.has("organization")) {
                    item.reject("territory", "give either a territory or an organization");
                }
                continue;
            }
            if (territorySlug != null) {
                partyTerritories.add(territorySlug);
                var territory = territories.findBySlug(territorySlug);
                if (territory.isEmpty()) {
                    item.reject("territory", "no territory '" + territorySlug + "'");
                } else if (role != null) {
                    members.add(Party.Member.territory(territory.get(), role));
                }
            } else {
                var organization = organizations.findBySlug(organizationSlug);
                if (organization.isEmpty()) {
                    item.reject("organization", "no organization '" + organizationSlug + "'");
                } else if (role != null) {
                    members.add(Party.Member.organization(organization.get(), role));
                }
            }
        }
        return members;
    }

    @Override
    public Memorandum create(String id, Fields fields, String actor) {
        String reference = fields.reference() == null ? memoranda.nextReference() : fields.reference();
        requireUnique(reference, null);
        var memorandum = new Memorandum(reference, fields.title(), actor);
        update(memorandum, fields);
        return memorandum;
    }

    @Override
    public void update(Memorandum memorandum, Fields fields) {
        String reference = fields.reference() == null ? memorandum.reference() : fields.reference();
        requireUnique(reference, memorandum);
        memorandum.edit(
                reference,
                fields.title(),
                fields.summary(),
                fields.parties(),
                fields.axes(),
                fields.event(),
                fields.effectiveFrom(),
                fields.expiresOn());
    }

    private void requireUnique(String reference, Memorandum memorandum) {
        if (memoranda.findByReference(reference).filter(m -> m != memorandum).isPresent()) {
            throw RuleViolation.conflict("An MoU with the reference " + reference + " exists already.");
        }
    }

    @Override
    public void removing(Memorandum memorandum) {
        memorandum.requireDiscardable();
    }

    // --- the actions ---

    /** Why a forum administrator sends an MoU back, rejects or terminates it. */
    @Schema(name = "Reason")
    public record Reason(
            @Schema(description = "Required to reject, request changes or terminate")
            String reason) {}

    /** A party's signature. */
    @Schema(name = "Signature")
    public record Signature(
            @Schema(description = "Slug of the party's territory or organization", example = "rehamna")
            String party,

            @Schema(description = "Who signed for the party: name, title")
            String signedBy,

            @Schema(type = SchemaType.STRING, format = "date", example = "2024-05-23")
            LocalDate signedOn) {}

    /** A step of the workflow decided by the forum: approve, request changes, reject, terminate. */
    interface Review {
        void apply(Memorandum memorandum, String actor, String reason);
    }

    /** Submits a draft (or an MoU sent back for changes) for approval. */
    public Act<Memorandum, Void> submit() {
        return new Act<>() {
            @Override
            public Action action() {
                return Action.DRAFT_MOU;
            }

            @Override
            public Set<String> territories(Memorandum memorandum, Void none) {
                return memorandum.territories();
            }

            @Override
            public void apply(Memorandum memorandum, Void none, String actor) {
                steps.perform(memorandum, actor, null, () -> memorandum.submit(actor));
            }
        };
    }

    /** Approves a submitted MoU; a body, if any, is not read for more than its form. */
    public Act<Memorandum, Reason> approve(InputStream body) {
        return review(body, (mou, actor, reason) -> mou.approve(actor));
    }

    public Act<Memorandum, Reason> requestChanges(InputStream body) {
        return review(body, (mou, actor, reason) -> mou.requestChanges(actor, reason));
    }

    public Act<Memorandum, Reason> reject(InputStream body) {
        return review(body, (mou, actor, reason) -> mou.reject(actor, reason));
    }

    public Act<Memorandum, Reason> terminate(InputStream body) {
        return review(body, (mou, actor, reason) -> mou.terminate(actor, reason));
    }

    /** A review step; {@code body} may carry {@code {"reason": "..."}} (required by the MoU where it must). */
    private Act<Memorandum, Reason> review(InputStream body, Review step) {
        return new Act<>() {
            @Override
            public Action action() {
                return Action.REVIEW_MOU;
            }

            @Override
            public Input body() {
                return Input.of(JsonBodies.readOptionalObject(body));
            }

            @Override
            public Reason read(Input in, Memorandum memorandum) {
                return new Reason(in.string("reason", false, Memorandum.REASON_MAX));
            }

            @Override
            public Set<String> territories(Memorandum memorandum, Reason reason) {
                return Set.of();
            }

            @Override
            public void apply(Memorandum memorandum, Reason reason, String actor) {
                steps.perform(memorandum, actor, reason.reason(), () -> step.apply(memorandum, actor, reason.reason()));
            }
        };
    }

    /** Records a party's signature; an official signs only for its own territory. */
    public Act<Memorandum, Signature> sign(InputStream body) {
        return new Act<>() {
            @Override
            public Action action() {
                return Action.SIGN_MOU;
            }

            @Override
            public Input body() {
                return Input.of(JsonBodies.readObject(body));
            }

            @Override
            public Signature read(Input in, Memorandum memorandum) {
                return new Signature(
                        in.slug("party", true), in.string("signedBy", true, Input.NAME_MAX), in.date("signedOn", true));
            }

            /** The party's territory; a slug that is no party is the MoU's to refuse (422) for whoever may sign it. */
            @Override
            public Set<String> territories(Memorandum memorandum, Signature signature) {
                if (signature.party() == null) {
                    return Set.of();
                }
                var party = memorandum.party(signature.party());
                return party.isEmpty() || party.get().territory() != null ? Set.of(signature.party()) : Set.of();
            }

            @Override
            public void apply(Memorandum memorandum, Signature signature, String actor) {
                steps.perform(
                        memorandum,
                        actor,
                        null,
                        () -> memorandum.sign(signature.party(), signature.signedBy(), signature.signedOn(), actor));
            }
        };
    }

    /** Attaches the signed document: a PDF of at most 20 MiB. */
    public Act<Memorandum, byte[]> attach(InputStream body, String contentType) {
        return new Act<>() {
            @Override
            public Action action() {
                return Action.ATTACH_MOU_DOCUMENT;
            }

            @Override
            public byte[] read(Input in, Memorandum memorandum) {
                if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(PDF)) {
                    throw new ProblemException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the signed document as application/pdf.");
                }
                byte[] content = readDocument(body);
                if (!MemorandumDocument.isPdf(content)) {
                    throw new ProblemException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE, "The document is not a PDF: it must start with %PDF-.");
                }
                return content;
            }

            @Override
            public Set<String> territories(Memorandum memorandum, byte[] content) {
                return memorandum.territories();
            }

            @Override
            public void apply(Memorandum memorandum, byte[] content, String actor) {
                memoranda.attach(memorandum, content);
                memorandum.attachDocument(content.length, actor);
            }

            @Override
            public AuditAction audited() {
                return AuditAction.UPDATE;
            }
        };
    }

    static byte[] readDocument(InputStream body) {
        if (body == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The document is not a PDF: it is empty.");
        }
        return JsonBodies.atMost(body, MemorandumDocument.MAX_BYTES, "A signed document may have at most 20 MiB.");
    }

    /** The bytes of the MoU's signed document, if one was attached. */
    public Optional<byte[]> document(Memorandum memorandum) {
        return memoranda.document(memorandum).map(MemorandumDocument::content);
    }
}
