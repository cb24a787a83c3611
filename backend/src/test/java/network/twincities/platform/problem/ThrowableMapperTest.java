package network.twincities.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Failures become the problem a client can act on; only the unforeseen is a 500. */
class ThrowableMapperTest {

    final ThrowableMapper mapper = new ThrowableMapper();

    static Problem problem(jakarta.ws.rs.core.Response response) {
        return (Problem) response.getEntity();
    }

    @Test
    void aConcurrentEditCaughtAtFlushIsPreconditionFailed() {
        var response = mapper.toResponse(new PersistenceException(new OptimisticLockException("changed")));
        assertThat(response.getStatus()).isEqualTo(412);
        assertThat(problem(response).type()).endsWith("/precondition-failed");
    }

    @Test
    void aDuplicateOrAVanishedReferenceIsConflict() {
        assertThat(mapper.toResponse(new PersistenceException(new SQLException("dup", "23505")))
                        .getStatus())
                .isEqualTo(409);
        assertThat(mapper.toResponse(new PersistenceException(new SQLException("fk", "23503")))
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void aProblemIsAnsweredAsItSays() {
        var response = mapper.toResponse(ProblemException.conflict("Taken."));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(problem(response).detail()).isEqualTo("Taken.");
    }

    @Test
    void aProblemWrappedByATransactionBoundaryKeepsItsStatus() {
        var wrapped = new RuntimeException(ProblemException.notFound("No territory 'x'."));
        var response = mapper.toResponse(wrapped);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(problem(response).detail()).isEqualTo("No territory 'x'.");
    }

    @Test
    void theUnforeseenIs500WithoutInternals() {
        var response = mapper.toResponse(new IllegalStateException("secret internals"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem(response).detail()).doesNotContain("secret").doesNotContain("IllegalState");
        assertThat(problem(response).instance()).startsWith("urn:uuid:");
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
    }

    @Test
    void aServerErrorWrappingAFailureIsClassifiedByTheFailure() {
        var web = new InternalServerErrorException(new PersistenceException(new OptimisticLockException("x")));
        assertThat(new WebApplicationExceptionMapper().toResponse(web).getStatus())
                .isEqualTo(412);
        assertThat(new WebApplicationExceptionMapper()
                        .toResponse(new NotFoundException())
                        .getStatus())
                .isEqualTo(404);
    }
}
