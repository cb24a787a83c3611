package network.twincities.platform.database;

import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.problem.Problems;

/**
 * Failures that mean "PostgreSQL cannot be reached right now" (down, restarting, failing over, or the
 * pool cannot get a connection): the client may simply try again later, so they are a 503 with
 * {@code Retry-After}, not a 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String DETAIL = "The database cannot be reached right now; try again in a few seconds.";

    /** Admin shutdown, crash shutdown, cannot connect now; too many connections. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /**
     * What the application server's pool says when it cannot hand out a connection, and what a commit
     * or rollback on a connection the server closed says (only as text, without the cause).
     */
    private static final List<String> MESSAGES = List.of(
            "Error in allocating a connection",
            "Connection could not be allocated",
            "This connection has been closed",
            "physical connection is not usable",
            "LocalTransactionException");

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof ConnectException || cause instanceof ResourceException) {
                return true;
            }
            String message = cause.getMessage();
            if (cause instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
                return true;
            }
            if (message != null && MESSAGES.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 08 (connection exception) and the states of a server going away or not there yet. */
    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || STATES.contains(sqlState));
    }

    public static Response response() {
        return response(DETAIL);
    }

    public static Response response(String detail) {
        return Response.fromResponse(Problems.response(ProblemType.UNAVAILABLE, detail))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
