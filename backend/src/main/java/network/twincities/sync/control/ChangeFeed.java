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

    /** A recorded change. */
    public record Entry(long position, String resource, String id, String op, int version, String data) {}

    /**
     * Changes after a position, and how far the feed went when they were read.
     *
     * @param end the last committed position at the time (every change up to it was committed; pruned
     *     ones count), 0 when none; a consumer that got every entry may go on from there
     */
    public record Slice(List<Entry> entries, long end) {}

    /**
     * Up to {@code limit} changes after {@code position}, in commit order, read in one statement with the
     * end of the feed at that moment.
     *
     * @param resource one resource's changes only, or null for all
     */
    public Slice after(long position, String resource, int limit) {
        // the parameters in their order: the position, the resource (if one), the limit
        String sql = "WITH page AS (SELECT position, resource, resource_id, op, version, data FROM change"
                + " WHERE position > ?" + (resource == null ? "" : " AND resource = ?")
                + " ORDER BY position LIMIT ?)"
                + " SELECT p.position, p.resource, p.resource_id, p.op, p.version, p.data, m.last"
                + " FROM (SELECT GREATEST(COALESCE(max(position), 0), (SELECT position FROM change_horizon)) AS last"
                + " FROM change) m LEFT JOIN page p ON TRUE"
                + " ORDER BY p.position";
        var entries = new ArrayList<Entry>();
        long end = 0;
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
                    end = rows.getLong(7);
                    long at = rows.getLong(1);
                    if (!rows.wasNull()) {
                        entries.add(new Entry(
                                at,
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getInt(5),
                                rows.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the change feed", e);
        }
        return new Slice(entries, end);
    }

    /** The last position handed out, if any (it may belong to a change not committed yet). */
    public Optional<Long> lastPosition() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_value, is_called FROM change_position_seq")
                .getSingleResult();
        return Boolean.TRUE.equals(row[1]) ? Optional.of(((Number) row[0]).longValue()) : Optional.empty();
    }

    /** The position before which pruning may have removed deletions. */
    public long horizon() {
        return ((Number) em.createNativeQuery("SELECT position FROM change_horizon")
                        .getSingleResult())
                .longValue();
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
