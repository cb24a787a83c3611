package network.twincities.sync.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import network.twincities.audit.control.Changed;
import network.twincities.audit.entity.AuditAction;
import network.twincities.platform.ResourceName;
import network.twincities.platform.persistence.Appends;

/**
 * The change feed's store. Every change of a resource the feed covers is recorded in the transaction
 * that makes it (so it is in the feed exactly when it is committed). Positions follow commit order: the
 * first change of a transaction takes the feed's advisory lock, held until the transaction ends, so no
 * transaction can commit a lower position after a higher one was visible.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The resources in the feed (adoptions are not: they are below best practices, not in the contract's list). */
    static final Set<ResourceName> FED = EnumSet.of(
            ResourceName.TERRITORIES,
            ResourceName.ORGANIZATIONS,
            ResourceName.AXES,
            ResourceName.EVENTS,
            ResourceName.MOUS,
            ResourceName.BEST_PRACTICES,
            ResourceName.PROJECTS);

    /** The same, by their path names, as consumers name them. */
    public static final Set<String> RESOURCES =
            FED.stream().map(ResourceName::path).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The key of the advisory lock that orders the feed's writers. */
    static final long LOCK = 4_242_002L;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Appends appends;

    @Resource(lookup = "java:app/jdbc/twincities")
    DataSource dataSource;

    void record(@Observes Changed change) {
        if (FED.contains(change.resource())) {
            appends.add(CHANGES, change);
        }
    }

    /**
     * The feed's table, appended to only, in the transaction of the change (a batch of changes in one
     * statement), positions taken under the feed's advisory lock, held until the transaction ends, so no
     * transaction can commit a lower position after a higher one was visible.
     */
    static final Appends.Table<Changed> CHANGES = new Appends.Table<>() {
        @Override
        public void before(Connection connection) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            }
        }

        @Override
        public String insert() {
            return "INSERT INTO change (position, resource, resource_id, op, version, data)"
                    + " VALUES (nextval('change_position_seq'), ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement statement, Changed change) throws SQLException {
            boolean deleted = change.action() == AuditAction.DELETE || change.data() == null;
            statement.setString(1, change.resource().path());
            statement.setString(2, change.id());
            statement.setString(3, deleted ? "delete" : "upsert");
            statement.setInt(4, change.version());
            statement.setString(5, deleted ? null : change.data().toString());
        }
    };

    /**
     * A change as the feed serves it.
     *
     * @param data the entity's JSON as recorded, in UTF-8 as the driver received it (it always talks UTF-8
     *     with PostgreSQL), passed on without being decoded and encoded again; null for a deletion
     */
    public record Entry(long position, String resource, String id, String op, int version, byte[] data) {}

    /**
     * Changes after a position, and the state of the feed when they were read, all from one snapshot.
     *
     * @param end the last committed position at the time (every change up to it was committed; pruned
     *     ones count), 0 when none; a consumer that got every entry may go on from there
     * @param horizon the position before which pruning may have removed deletions
     * @param handedOut the last position handed out, if any (it may belong to a change not committed yet)
     */
    public record Slice(List<Entry> entries, long end, long horizon, Optional<Long> handedOut) {}

    /**
     * Up to {@code limit} changes after {@code position}, in commit order, read in one statement (one
     * snapshot, one round trip) with the end of the feed, its horizon and the last position handed out at
     * that moment: a pruning is either wholly seen or not at all.
     *
     * @param resource one resource's changes only, or null for all
     */
    public Slice after(long position, String resource, int limit) {
        // one row of the feed's state, then the page's rows: a UNION ALL, not a join, which would make
        // PostgreSQL materialize and sort the page again (four times the page's own cost)
        String sql = "SELECT NULL::bigint, NULL, NULL, NULL, NULL::int, NULL::text,"
                + " GREATEST(m.last, h.position), h.position, s.last_value, s.is_called"
                + " FROM (SELECT COALESCE(max(position), 0) AS last FROM change) m, change_horizon h,"
                + " change_position_seq s"
                + " UNION ALL (SELECT position, resource, resource_id, op, version, data, NULL, NULL, NULL, NULL"
                + " FROM change WHERE position > ?" + (resource == null ? "" : " AND resource = ?")
                + " ORDER BY position LIMIT ?)";
        var entries = new ArrayList<Entry>();
        long end = 0;
        long horizon = 0;
        Optional<Long> handedOut = Optional.empty();
        // plain JDBC: a page of a thousand rows of text, which the persistence context has nothing to do with
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, position);
            if (resource != null) {
                statement.setString(2, resource);
                statement.setInt(3, limit);
            } else {
                statement.setInt(2, limit);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long at = rows.getLong(1);
                    if (rows.wasNull()) {
                        end = rows.getLong(7);
                        horizon = rows.getLong(8);
                        handedOut = rows.getBoolean(10) ? Optional.of(rows.getLong(9)) : Optional.empty();
                    } else {
                        entries.add(new Entry(
                                at,
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getInt(5),
                                // a text column's value as the driver received it: UTF-8, the connection's encoding
                                rows.getBytes(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the change feed", e);
        }
        // a UNION ALL's rows come in no promised order: in position order they are (already, as PostgreSQL
        // appends them; a sort of sorted rows is one pass)
        entries.sort(java.util.Comparator.comparingLong(Entry::position));
        return new Slice(entries, end, horizon, handedOut);
    }

    /**
     * Forgets what a consumer no longer needs, recorded before {@code before}: versions a later change of
     * the same entity supersedes (a consumer behind them gets the later one, which the feed allows), and
     * deletions, after which a cursor from before them is answered 410 Gone (resync from the beginning).
     *
     * @return how many changes were removed
     */
    public int prune(Instant instant) {
        var before = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        int superseded = em.createNativeQuery(
                        "DELETE FROM change c WHERE c.at < ?1 AND EXISTS (SELECT 1 FROM change n"
                                + " WHERE n.resource = c.resource AND n.resource_id = c.resource_id AND n.position > c.position)")
                .setParameter(1, before)
                .executeUpdate();
        Object last = em.createNativeQuery("SELECT max(position) FROM change WHERE op = 'delete' AND at < ?1")
                .setParameter(1, before)
                .getSingleResult();
        if (last == null) {
            return superseded;
        }
        long horizon = ((Number) last).longValue();
        int deletions = em.createNativeQuery("DELETE FROM change WHERE op = 'delete' AND position <= ?1")
                .setParameter(1, horizon)
                .executeUpdate();
        em.createNativeQuery("UPDATE change_horizon SET position = GREATEST(position, ?1)")
                .setParameter(1, horizon)
                .executeUpdate();
        return superseded + deletions;
    }
}
