package network.twincities.platform.database;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import network.twincities.platform.problem.ThrowableMapper;

/**
 * A transaction that failed to begin or commit ({@code @Transactional} wraps that in a
 * {@link TransactionalException}): a 503 when the database went away meanwhile, else whatever the
 * {@link ThrowableMapper} makes of it. Without it, Jersey's own mapper for these answers a bare 500.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private final ThrowableMapper mapper = new ThrowableMapper();

    @Override
    public Response toResponse(TransactionalException e) {
        return DatabaseUnavailable.causedBy(e) ? DatabaseUnavailable.response() : mapper.toResponse(e);
    }
}
