package network.twincities.ui.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ProblemTest {

    /** Kept so that the level stays set: the failures below are expected, their log is noise. */
    private static final Logger QUIET = Logger.getLogger(BackendErrors.class.getName());

    static {
        QUIET.setLevel(Level.OFF);
    }

    @Test
    void readsAProblemBody() {
        Problem problem = Problem.parse(
                "{\"type\":\"urn:twincities:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"size must be between 1 and 200\"}",
                400,
                "Bad Request");
        assertEquals(
                new Problem("urn:twincities:validation", "Invalid request", 400, "size must be between 1 and 200"),
                problem);
        assertEquals("size must be between 1 and 200", problem.message());
    }

    @Test
    void aBodyThatIsNoProblemKeepsTheStatus() {
        Problem html = Problem.parse("<html><body>401 Unauthorized</body></html>", 401, "Unauthorized");
        assertEquals(401, html.status());
        assertEquals("Unauthorized", html.message());
        assertNull(html.detail());
        assertEquals("HTTP 502", Problem.parse(null, 502, null).message());
        assertEquals(
                "Bad Request", Problem.parse("{not json", 400, "Bad Request").message());
    }

    /** Shows the key and its parameters instead of translating them. */
    private static String keys(String key, Object[] params) {
        return params.length == 0 ? key : key + Arrays.toString(params);
    }

    @Test
    void tellsTheUserWhatWentWrongInTheirWords() {
        assertEquals("error.unauthorized", BackendErrors.message(error(401), ProblemTest::keys));
        assertEquals("error.forbidden", BackendErrors.message(error(403), ProblemTest::keys));
        assertEquals("error.notFound", BackendErrors.message(error(404), ProblemTest::keys));
        assertEquals("error.server", BackendErrors.message(error(503), ProblemTest::keys));
        assertEquals(
                "error.rejected[unknown sort field]",
                BackendErrors.message(
                        new BackendException(new Problem(null, "Bad Request", 400, "unknown sort field")),
                        ProblemTest::keys));
        assertEquals(
                "error.unreachable",
                BackendErrors.message(
                        new ProcessingException(new ConnectException("Connection refused")), ProblemTest::keys));
        assertEquals("error.unexpected", BackendErrors.message(new IllegalStateException("boom"), ProblemTest::keys));
    }

    private static BackendException error(int status) {
        return new BackendException(new Problem(null, "title", status, "detail"));
    }

    @Test
    void readsTheFieldsA422Names() {
        Problem problem = Problem.parse(
                "{\"title\":\"Invalid\",\"status\":422,\"errors\":[{\"field\":\"name.en\",\"message\":\"must not be blank\"},"
                        + "{\"field\":\"sdgs[2]\",\"message\":\"must be between 1 and 17\"},\"junk\"]}",
                422,
                "Unprocessable Content");
        assertEquals(
                java.util.List.of(
                        new Problem.FieldError("name.en", "must not be blank"),
                        new Problem.FieldError("sdgs[2]", "must be between 1 and 17")),
                problem.errors());
        assertEquals(
                java.util.List.of(),
                Problem.parse("{\"status\":409}", 409, "Conflict").errors());
    }
}
