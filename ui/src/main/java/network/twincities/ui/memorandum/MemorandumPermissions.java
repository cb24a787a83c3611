package network.twincities.ui.memorandum;

import java.util.List;
import java.util.Set;
import network.twincities.ui.platform.security.UserProfile;

/**
 * What the user may do with an MoU, as the backend's policy decides it; the UI only hides what the
 * backend would refuse. Officials act on MoUs their territory is a party to and sign for that
 * territory; forum administrators review, terminate and record any other signature.
 */
public record MemorandumPermissions(UserProfile user) {

    public static final String OFFICIAL = "official";
    private static final Set<String> EDITABLE = Set.of("DRAFT", "CHANGES_REQUESTED");
    private static final Set<String> TERMINABLE = Set.of("APPROVED", "SIGNED");

    private boolean admin() {
        return user.isForumAdmin();
    }

    private boolean official() {
        return user.roles().contains(OFFICIAL) && user.territory() != null;
    }

    /** Whether the user's territory is one of the MoU's parties. */
    public boolean officialOfParty(Memorandum mou) {
        return official()
                && mou.parties().stream().anyMatch(party -> user.territory().equals(party.territory()));
    }

    /** Forum administrators, and officials (for an MoU their territory is party to). */
    public boolean mayCreate() {
        return admin() || official();
    }

    private boolean mayDraft(Memorandum mou) {
        return admin() || officialOfParty(mou);
    }

    public boolean mayEdit(Memorandum mou) {
        return mayDraft(mou) && EDITABLE.contains(mou.status());
    }

    public boolean mayDelete(Memorandum mou) {
        return mayDraft(mou) && "DRAFT".equals(mou.status());
    }

    public boolean maySubmit(Memorandum mou) {
        return mayEdit(mou);
    }

    /** Approve, request changes, reject. */
    public boolean mayReview(Memorandum mou) {
        return admin() && "SUBMITTED".equals(mou.status());
    }

    public boolean mayTerminate(Memorandum mou) {
        return admin() && TERMINABLE.contains(mou.status());
    }

    public boolean mayAttach(Memorandum mou) {
        return mayDraft(mou);
    }

    /**
     * The parties the user may sign for now: none unless APPROVED; an official its own territory,
     * an administrator every party not yet signed.
     */
    public List<Memorandum.Party> signable(Memorandum mou) {
        if (!"APPROVED".equals(mou.status())) {
            return List.of();
        }
        return mou.parties().stream()
                .filter(party -> !party.signed())
                .filter(party -> admin() || official() && user.territory().equals(party.territory()))
                .toList();
    }
}
