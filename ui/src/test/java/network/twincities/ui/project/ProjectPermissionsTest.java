package network.twincities.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import network.twincities.ui.platform.security.UserProfile;
import org.junit.jupiter.api.Test;

/** The UI shows the actions the backend's policy allows, and no others. */
class ProjectPermissionsTest {

    private static final UserProfile REHAMNA = new UserProfile("official.rehamna", "R", List.of("official"), "rehamna");
    private static final UserProfile CASABLANCA =
            new UserProfile("official.casablanca", "C", List.of("official"), "casablanca-settat");
    private static final UserProfile NEW_YORK =
            new UserProfile("official.newyork", "N", List.of("official"), "new-york-city");
    private static final UserProfile ADMIN = new UserProfile("admin.forum", "A", List.of("forum-admin"), null);
    private static final UserProfile NO_TERRITORY = new UserProfile("x", "X", List.of("official"), null);

    private static Project ledByRehamnaWithCasablanca() {
        return new Project(
                "p1",
                null,
                null,
                null,
                List.of(),
                "rehamna",
                List.of("casablanca-settat", "world-smart-cities-forum"),
                "ACTIVE",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                1L,
                null,
                null);
    }

    @Test
    void theLeadsOfficialEditsDeletesAndReports() {
        var permissions = new ProjectPermissions(REHAMNA);
        assertTrue(permissions.mayCreate());
        assertEquals("rehamna", permissions.ownTerritory());
        assertTrue(permissions.mayEdit(ledByRehamnaWithCasablanca()));
        assertTrue(permissions.mayDelete(ledByRehamnaWithCasablanca()));
        assertTrue(permissions.mayReport(ledByRehamnaWithCasablanca()));
    }

    @Test
    void aPartnersOfficialOnlyReports() {
        var permissions = new ProjectPermissions(CASABLANCA);
        assertFalse(permissions.mayEdit(ledByRehamnaWithCasablanca()));
        assertFalse(permissions.mayDelete(ledByRehamnaWithCasablanca()));
        assertTrue(permissions.mayReport(ledByRehamnaWithCasablanca()));
    }

    @Test
    void anOfficialOfAnotherTerritoryOnlyReads() {
        var permissions = new ProjectPermissions(NEW_YORK);
        assertTrue(permissions.mayCreate());
        assertFalse(permissions.mayEdit(ledByRehamnaWithCasablanca()));
        assertFalse(permissions.mayReport(ledByRehamnaWithCasablanca()));
    }

    @Test
    void anAdministratorDoesEverythingAndChoosesTheLead() {
        var permissions = new ProjectPermissions(ADMIN);
        assertTrue(permissions.mayCreate());
        assertNull(permissions.ownTerritory());
        assertTrue(permissions.mayEdit(ledByRehamnaWithCasablanca()));
        assertTrue(permissions.mayDelete(ledByRehamnaWithCasablanca()));
        assertTrue(permissions.mayReport(ledByRehamnaWithCasablanca()));
    }

    @Test
    void anOfficialWithoutTerritoryDoesNothing() {
        var permissions = new ProjectPermissions(NO_TERRITORY);
        assertFalse(permissions.mayCreate());
        assertFalse(permissions.mayReport(ledByRehamnaWithCasablanca()));
    }

    @Test
    void aWriteLeavesOutTheServersFields() {
        Project project = new Project(
                "p1",
                null,
                null,
                null,
                List.of(),
                "rehamna",
                List.of(),
                "ACTIVE",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Project.Indicator("trained", "people", 0.0, 100.0, 40.0, 40)),
                "X-1",
                3L,
                null,
                "me");
        Project body = project.forWrite(false);
        assertNull(body.id());
        assertNull(body.version());
        assertNull(body.updatedBy());
        assertNull(body.indicators().get(0).progress());
        assertEquals("X-1", body.externalId());
    }
}
