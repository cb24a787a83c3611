package network.twincities.platform.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. Absent members are left
 * out of the JSON.
 *
 * @param type a URI naming the kind of error
 * @param title a short, stable summary of the kind of error
 * @param status the HTTP status code
 * @param detail what went wrong in this occurrence
 * @param instance an id of this occurrence, also written to the server log
 * @param errors for validation errors: each bad field (and item, for bulk requests)
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, as application/problem+json")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /**
     * One invalid field of a request body.
     *
     * @param index the position of the item in a bulk request, else absent
     * @param field the JSON path of the field, e.g. {@code name.en}
     * @param message what is wrong with it
     */
    public record FieldError(Integer index, String field, String message) {
        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }
}
