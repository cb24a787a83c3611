package network.twincities.ui.practice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import network.twincities.ui.platform.security.UserProfile;
import org.junit.jupiter.api.Test;

/** Who may edit and adopt a best practice, as the backend decides. */
class PracticePermissionsTest {

    private static final UserProfile REHAMNA = new UserProfile("official.rehamna", "R", List.of("official"), "rehamna");
    private static final UserProfile MOROCCO = new UserProfile("official.morocco", "M", List.of("official"), "morocco");
    private static final UserProfile ADMIN = new UserProfile("admin.forum", "A", List.of("forum-admin"), null);

    private static final BestPractice MOROCCOS =
            new BestPractice("b1", null, null, null, "morocco", List.of(), List.of(), List.of(), 1L, null, null);

    @Test
    void anOfficialAdoptsAnothersPracticeOnce() {
        var permissions = new PracticePermissions(REHAMNA);
        assertTrue(permissions.mayAdopt(MOROCCOS, List.of()));
        assertFalse(permissions.mayAdopt(MOROCCOS, List.of(new BestPractice.Adoption("rehamna", "PLANNED", null, 1L))));
        assertTrue(permissions.mayAdopt(
                MOROCCOS, List.of(new BestPractice.Adoption("casablanca-settat", "ADOPTED", null, 1L))));
        assertFalse(permissions.mayEdit(MOROCCOS));
    }

    @Test
    void theOwnerEditsButNeverAdoptsItsOwn() {
        var permissions = new PracticePermissions(MOROCCO);
        assertTrue(permissions.mayEdit(MOROCCOS));
        assertTrue(permissions.mayDelete(MOROCCOS));
        assertFalse(permissions.mayAdopt(MOROCCOS, List.of()));
    }

    @Test
    void anAdministratorEditsAnyButAdoptsForNoTerritory() {
        var permissions = new PracticePermissions(ADMIN);
        assertTrue(permissions.mayCreate());
        assertTrue(permissions.mayEdit(MOROCCOS));
        assertFalse(permissions.mayAdopt(MOROCCOS, List.of()));
    }

    @Test
    void tagsAreSplitTrimmedAndKeptOnce() {
        assertTrue(PracticeForm.tags(" health , , insurance,health ").equals(List.of("health", "insurance")));
        assertTrue(PracticeForm.tags(null).isEmpty());
    }
}
