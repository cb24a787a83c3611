package network.twincities.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import network.twincities.platform.database.DatabaseUnavailable;
import network.twincities.platform.domain.RuleViolation;

/**
 * Everything the more specific mappers do not take. A problem wrapped by a transaction boundary is
 * unwrapped, and so is a rule of the domain an entity refused to break (422 naming the field, or 409);
 * database refusals that the checks before them could not foresee, because a concurrent
 * transaction got there first, are the client's conflict: a concurrent edit is 412, a duplicate or a
 * reference added meanwhile is 409. A database that cannot be reached (down, restarting) is a 503 with
 * {@code Retry-After}: the client may try again. Anything else is a 500 whose stack trace goes to the log only.
 * The transaction is rolled back in every case: nothing is half-written.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return DatabaseUnavailable.response();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Problems.response(problem.type(), problem.getMessage(), problem.errors(), problem);
            }
            if (cause instanceof RuleViolation rule) {
                return rule.field() == null
                        ? Problems.response(ProblemType.CONFLICT, rule.getMessage())
                        : Problems.response(
                                ProblemType.VALIDATION,
                                "1 invalid field",
                                List.of(new Problem.FieldError(rule.field(), rule.getMessage())),
                                null);
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.response(
                        ProblemType.PRECONDITION_FAILED,
                        "Someone else changed the resource at the same time; read it again and apply your change.");
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return Problems.response(ProblemType.CONFLICT, "It exists already (a duplicate).");
                    case "23503":
                        return Problems.response(
                                ProblemType.CONFLICT,
                                "It is referenced by or references something that changed meanwhile.");
                    case "40001", "40P01":
                        return Problems.response(
                                ProblemType.CONFLICT, "A concurrent change got in the way; try again.");
                    default:
                        break;
                }
            }
        }
        return Problems.response(
                ProblemType.INTERNAL,
                "An unexpected error occurred; quote the instance id to the operators.",
                List.of(),
                e);
    }
}
