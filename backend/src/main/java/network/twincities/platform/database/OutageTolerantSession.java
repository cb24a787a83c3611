package network.twincities.platform.database;

import java.util.List;
import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Makes EclipseLink live with a PostgreSQL that is not always there (configured in persistence.xml).
 *
 * <ul>
 *   <li>No retry of a query that failed on a broken connection (by default a few times, a second or
 *       more apart). The pool only hands out connections it has just checked, so such a failure means
 *       PostgreSQL went away: retrying kept each request, and a request thread, waiting about ten
 *       seconds for the same 503. Now the client gets the 503 with {@code Retry-After} at once.
 *   <li>No connection needed to deploy: Payara logs the persistence unit in at deployment, and
 *       EclipseLink's pools connect once then, which failed the deployment for good when PostgreSQL
 *       was not up yet. Their pools here connect on first use instead when PostgreSQL cannot be reached.
 * </ul>
 */
public class OutageTolerantSession implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(OutageTolerantSession.class.getName());

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        if (session instanceof ServerSession server
                && server.getDatasourceLogin().shouldUseExternalConnectionPooling()) {
            // all pools of the persistence unit use its JTA data source, the server's pool
            Login login = server.getDatasourceLogin();
            server.setReadConnectionPool(
                    new ConnectOnFirstUsePool(server.getReadConnectionPool().getName(), login, server));
            for (String name : List.copyOf(server.getConnectionPools().keySet())) {
                server.addConnectionPool(new ConnectOnFirstUsePool(name, login, server));
            }
        }
    }

    /** Connects at start-up if it can; else its connections connect when first used, as they do anyway. */
    static final class ConnectOnFirstUsePool extends ExternalConnectionPool {

        ConnectOnFirstUsePool(String name, Login login, ServerSession owner) {
            super(name, login, owner);
        }

        @Override
        protected Accessor buildConnection() {
            Accessor accessor = login.buildAccessor();
            accessor.setPool(this);
            try {
                accessor.connect(login, owner);
            } catch (DatabaseException e) {
                if (!DatabaseUnavailable.causedBy(e)) {
                    throw e;
                }
                LOG.warning(() -> "The database cannot be reached; connection pool " + name + " connects on first use");
            }
            return accessor;
        }
    }
}
