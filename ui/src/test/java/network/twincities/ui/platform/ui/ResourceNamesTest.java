package network.twincities.ui.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResourceNamesTest {

    private final ResourceNames organizations = new ResourceNames("organization", "organizations");

    @Test
    void namesTheIdsTheBrowserTestsFind() {
        assertEquals("organization-create", organizations.id("create"));
        assertEquals("organization-view", organizations.id("view"));
        assertEquals("organizations-grid", organizations.listId("grid"));
        assertEquals("organizations-view", organizations.listId("view"));
        assertEquals("best-practice-edit", new ResourceNames("best-practice", "best-practices").id("edit"));
    }

    @Test
    void namesTheTranslationKeys() {
        assertEquals("organizations.title", organizations.titleKey());
        assertEquals("organization.create", organizations.key("create"));
        assertEquals("axis.edit", new ResourceNames("axis", "axes").key("edit"));
    }

    @Test
    void refusesNamesThatCannotBeIdsOrKeys() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceNames("Organization", "organizations"));
        assertThrows(IllegalArgumentException.class, () -> new ResourceNames("organization", "organization s"));
        assertThrows(IllegalArgumentException.class, () -> new ResourceNames("axis", "axis"));
        assertThrows(IllegalArgumentException.class, () -> new ResourceNames(null, "axes"));
    }
}
