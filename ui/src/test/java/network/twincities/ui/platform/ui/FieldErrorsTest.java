package network.twincities.ui.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.api.BackendException;
import network.twincities.ui.platform.api.Problem;
import network.twincities.ui.platform.api.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** The server's 422 errors land on the field that shows the value they name. */
class FieldErrorsTest {

    private final FieldErrors territoryForm = new FieldErrors(
            List.of("slug", "name.en", "name.fr", "name.ar", "parent", "location.lat", "location.lon", "sdgs"),
            Map.of("name", "name.en", "location", "location.lat"));

    @Test
    void aPathWithItsOwnFieldGoesThere() {
        assertEquals(Optional.of("name.en"), territoryForm.fieldOf("name.en"));
        assertEquals(Optional.of("name.ar"), territoryForm.fieldOf("name.ar"));
        assertEquals(Optional.of("location.lon"), territoryForm.fieldOf("location.lon"));
        assertEquals(Optional.of("parent"), territoryForm.fieldOf("parent"));
    }

    @Test
    void aWholeObjectGoesToItsFirstField() {
        assertEquals(Optional.of("name.en"), territoryForm.fieldOf("name"));
        assertEquals(Optional.of("location.lat"), territoryForm.fieldOf("location"));
    }

    @Test
    void listIndexesAndUnknownSubPathsGoToTheEnclosingField() {
        assertEquals(Optional.of("sdgs"), territoryForm.fieldOf("sdgs[2]"));
        assertEquals(Optional.of("sdgs"), territoryForm.fieldOf("sdgs[]"));
        assertEquals(Optional.of("name.en"), territoryForm.fieldOf("name.de"));
        assertEquals(Optional.of("location.lat"), territoryForm.fieldOf("location.lat.value"));
    }

    @Test
    void pathsNoFieldShowsAreLeftForANotification() {
        assertEquals(Optional.empty(), territoryForm.fieldOf("population"));
        assertEquals(Optional.empty(), territoryForm.fieldOf(null));
        assertEquals(Optional.empty(), territoryForm.fieldOf(""));
        assertEquals(Optional.empty(), territoryForm.fieldOf("namex"));
    }

    @Test
    void assignsEveryErrorOnceKeepingSeveralMessagesOfAField() {
        FieldErrors.Assignment assignment = territoryForm.assign(List.of(
                new FieldError("name.en", "must not be blank"),
                new FieldError("name", "size must be at most 200"),
                new FieldError("location.lat", "must be between -90 and 90"),
                new FieldError("population", "must be ≥ 0"),
                new FieldError("slug", null)));
        assertEquals(
                Map.of(
                        "name.en", List.of("must not be blank", "size must be at most 200"),
                        "location.lat", List.of("must be between -90 and 90"),
                        "slug", List.of("invalid")),
                assignment.byField());
        assertEquals(List.of(new FieldError("population", "must be ≥ 0")), assignment.unassigned());
        assertEquals(List.of(), territoryForm.assign(null).unassigned());
    }

    @Test
    void failuresAreSortedByWhatTheUserCanDo() {
        assertEquals(Writes.Failure.INVALID, Writes.Failure.of(failure(422)));
        assertEquals(Writes.Failure.STALE, Writes.Failure.of(failure(412)));
        assertEquals(Writes.Failure.CONFLICT, Writes.Failure.of(failure(409)));
        assertEquals(Writes.Failure.OTHER, Writes.Failure.of(failure(403)));
        assertEquals(Writes.Failure.OTHER, Writes.Failure.of(new IllegalStateException("boom")));
    }

    @Test
    void errorsNoFieldShowsAreListedInTheNotification() {
        BackendException invalid = new BackendException(new Problem(null, "Unprocessable", 422, "invalid territory"));
        assertEquals("invalid territory", Writes.unassignedText(invalid, List.of()));
        assertEquals(
                "population: must be ≥ 0; bad",
                Writes.unassignedText(
                        invalid, List.of(new FieldError("population", "must be ≥ 0"), new FieldError(null, "bad"))));
    }

    private static BackendException failure(int status) {
        return new BackendException(new Problem(null, "title", status, "detail"));
    }
}
