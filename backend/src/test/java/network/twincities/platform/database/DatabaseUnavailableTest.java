package network.twincities.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import network.twincities.platform.problem.Problem;
import network.twincities.platform.problem.ThrowableMapper;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is a 503 the client may retry; other database errors are not. */
class DatabaseUnavailableTest {

    final ThrowableMapper mapper = new ThrowableMapper();

    @Test
    void connectionFailuresAndAServerGoingAwayAreUnavailable() {
        for (String state : new String[] {"08001", "08006", "08003", "57P01", "57P02", "57P03", "53300"}) {
            assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("gone", state))))
                    .as(state)
                    .isTrue();
        }
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new ResourceAllocationException("pool empty")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException(
                        "Error in allocating a connection. Cause: Connection could not be allocated because: refused")))
                .isTrue();
    }

    @Test
    void aCommitOnAConnectionTheServerClosedIsUnavailable() {
        var commit = new jakarta.transaction.TransactionalException(
                "encountered exception during commit", new jakarta.transaction.SystemException());
        commit.getCause()
                .initCause(new javax.transaction.xa.XAException(
                        "jakarta.resource.spi.LocalTransactionException: This connection has been closed."));
        assertThat(DatabaseUnavailable.causedBy(commit)).isTrue();
        var response = new TransactionFailureMapper().toResponse(commit);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isNotNull();
    }

    @Test
    void aCommitOnAConnectionThePoolFoundDeadIsUnavailable() {
        var commit = new jakarta.transaction.TransactionalException(
                "encountered exception during commit", new jakarta.transaction.SystemException());
        commit.getCause()
                .initCause(new javax.transaction.xa.XAException("jakarta.resource.ResourceException: This Managed"
                        + " Connection is not valid as the physical connection is not usable"));
        assertThat(DatabaseUnavailable.causedBy(commit)).isTrue();
    }

    @Test
    void otherTransactionFailuresAreMappedAsAnyOtherFailure() {
        var commit = new jakarta.transaction.TransactionalException(
                "encountered exception during commit",
                new jakarta.persistence.OptimisticLockException("changed meanwhile"));
        assertThat(new TransactionFailureMapper().toResponse(commit).getStatus())
                .isEqualTo(412);
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        for (String state : new String[] {"23505", "23503", "40001", "42P01", "57014"}) {
            assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("no", state))))
                    .as(state)
                    .isFalse();
        }
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    }

    @Test
    void theMapperAnswers503WithRetryAfter() {
        var response = mapper.toResponse(new PersistenceException(new SQLException("terminated", "57P01")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After"))
                .isEqualTo(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        var problem = (Problem) response.getEntity();
        assertThat(problem.type()).endsWith("/unavailable");
        assertThat(problem.status()).isEqualTo(503);
    }

    @Test
    void aDuplicateIsStillAConflict() {
        assertThat(mapper.toResponse(new PersistenceException(new SQLException("dup", "23505")))
                        .getStatus())
                .isEqualTo(409);
    }
}
