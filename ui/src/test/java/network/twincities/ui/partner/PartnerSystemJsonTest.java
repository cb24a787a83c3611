package network.twincities.ui.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A partner system's JSON read and written with Yasson, as the rest client does in Payara. */
class PartnerSystemJsonTest {

    @Test
    void theIssuedOneIsReadWithItsSecret() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            PartnerSystem issued = jsonb.fromJson("""
                    {"id":"0b6f1c9e-3c1e-4d5e-9a3e-2f1d8c7b6a5e","name":"Rehamna portal","territory":"rehamna",
                     "clientId":"partner-0b6f1c9e-3c1e-4d5e-9a3e-2f1d8c7b6a5e","clientSecret":"s3cret",
                     "lastUsedAt":"2026-11-29T10:00:00Z","createdAt":"2026-11-28T09:00:00Z","version":2,
                     "createdBy":"admin.forum"}""", PartnerSystem.class);
            assertEquals("Rehamna portal", issued.systemName());
            assertEquals("Rehamna portal", issued.name().en());
            assertEquals("0b6f1c9e-3c1e-4d5e-9a3e-2f1d8c7b6a5e", issued.slug());
            assertEquals("s3cret", issued.clientSecret());
            assertEquals(Instant.parse("2026-11-29T10:00:00Z"), issued.lastUsedAt());
            assertEquals(2L, issued.version());
        }
    }

    @Test
    void theBodyOfAnIssueHasOnlyNameAndTerritory() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            var draft = new PartnerSystem("x", "Portal", "rehamna", "partner-x", "s", null, null, 3L);
            String body = jsonb.toJson(draft.forWrite(true));
            assertEquals("{\"name\":\"Portal\",\"territory\":\"rehamna\"}", body);
            assertFalse(body.contains("clientSecret"));
            assertNull(draft.forWrite(true).version());
        }
    }
}
