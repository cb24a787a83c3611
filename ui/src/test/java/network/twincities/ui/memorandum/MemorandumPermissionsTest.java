package network.twincities.ui.memorandum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import network.twincities.ui.platform.security.UserProfile;
import org.junit.jupiter.api.Test;

/** The UI hides what the backend's policy would refuse, per role, territory and status. */
class MemorandumPermissionsTest {

    private static final UserProfile ADMIN = new UserProfile("admin.forum", "Admin", List.of("forum-admin"), null);
    private static final UserProfile CASABLANCA =
            new UserProfile("official.casablanca", "C", List.of("official"), "casablanca-settat");
    private static final UserProfile NEW_YORK =
            new UserProfile("official.newyork", "N", List.of("official"), "new-york-city");

    private static Memorandum mou(String status, Memorandum.Party... parties) {
        return new Memorandum(
                "id",
                "TCI-1",
                null,
                null,
                List.of(parties),
                List.of(),
                null,
                null,
                null,
                status,
                null,
                1L,
                null,
                null,
                null,
                null);
    }

    private static final Memorandum.Party CASA = Memorandum.Party.territory("casablanca-settat", "SIGNATORY");
    private static final Memorandum.Party REHAMNA = Memorandum.Party.territory("rehamna", "SIGNATORY");
    private static final Memorandum.Party FORUM =
            Memorandum.Party.organization("world-smart-cities-forum", "SIGNATORY");

    @Test
    void officialsOfAPartyEditAndSubmitDraftsAndChangesRequestedOnly() {
        var casablanca = new MemorandumPermissions(CASABLANCA);
        for (String status : Memorandum.STATUSES) {
            boolean editable = status.equals("DRAFT") || status.equals("CHANGES_REQUESTED");
            assertEquals(editable, casablanca.mayEdit(mou(status, CASA, REHAMNA)), status);
            assertEquals(editable, casablanca.maySubmit(mou(status, CASA, REHAMNA)), status);
            assertEquals(status.equals("DRAFT"), casablanca.mayDelete(mou(status, CASA, REHAMNA)), status);
        }
        var newYork = new MemorandumPermissions(NEW_YORK);
        assertFalse(newYork.mayEdit(mou("DRAFT", CASA, REHAMNA)));
        assertFalse(newYork.maySubmit(mou("DRAFT", CASA, REHAMNA)));
        assertTrue(newYork.mayCreate());
    }

    @Test
    void onlyForumAdministratorsReviewSubmittedAndTerminateApprovedOrSigned() {
        var admin = new MemorandumPermissions(ADMIN);
        var casablanca = new MemorandumPermissions(CASABLANCA);
        for (String status : Memorandum.STATUSES) {
            assertEquals(status.equals("SUBMITTED"), admin.mayReview(mou(status, CASA)), status);
            assertEquals(
                    status.equals("APPROVED") || status.equals("SIGNED"),
                    admin.mayTerminate(mou(status, CASA)),
                    status);
            assertFalse(casablanca.mayReview(mou(status, CASA)), status);
            assertFalse(casablanca.mayTerminate(mou(status, CASA)), status);
        }
    }

    @Test
    void officialsSignForTheirOwnTerritoryAndAdministratorsRecordTheOthersWhenApproved() {
        Memorandum approved = mou("APPROVED", CASA, REHAMNA, FORUM);
        assertEquals(List.of(CASA), new MemorandumPermissions(CASABLANCA).signable(approved));
        assertEquals(List.of(), new MemorandumPermissions(NEW_YORK).signable(approved));
        assertEquals(List.of(CASA, REHAMNA, FORUM), new MemorandumPermissions(ADMIN).signable(approved));
        assertEquals(List.of(), new MemorandumPermissions(CASABLANCA).signable(mou("SUBMITTED", CASA, REHAMNA)));

        Memorandum.Party casaSigned = new Memorandum.Party(
                "casablanca-settat", null, "SIGNATORY", "Governor", java.time.LocalDate.of(2024, 5, 23), "official");
        assertEquals(List.of(), new MemorandumPermissions(CASABLANCA).signable(mou("APPROVED", casaSigned, REHAMNA)));
    }

    @Test
    void aWriteSendsNoReadOnlyFieldsNorSignatures() {
        Memorandum.Party signed = new Memorandum.Party(
                "rehamna", null, "SIGNATORY", "Governor", java.time.LocalDate.of(2024, 5, 23), "official");
        Memorandum body = mou("APPROVED", signed).forWrite(false);
        assertEquals(null, body.id());
        assertEquals(null, body.status());
        assertEquals(null, body.version());
        assertEquals(List.of(Memorandum.Party.territory("rehamna", "SIGNATORY")), body.parties());
    }
}
