package network.twincities.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The projects' figures for the dashboard: projects not deleted, counted by status, axis and territory. */
@ApplicationScoped
public class ProjectStatistics {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    public Map<String, Long> byStatus() {
        return counts("SELECT status, count(*) FROM project WHERE deleted_at IS NULL GROUP BY status ORDER BY status");
    }

    public Map<String, Long> byAxis() {
        return counts("SELECT a.slug, count(*) FROM project_axis pa JOIN axis a ON a.id = pa.axis_id"
                + " JOIN project p ON p.id = pa.project_id WHERE p.deleted_at IS NULL GROUP BY a.slug ORDER BY a.slug");
    }

    /** The projects each territory takes part in, as lead or as partner. */
    public Map<String, Long> byTerritory() {
        return counts("SELECT t.slug, count(DISTINCT x.project_id) FROM ("
                + " SELECT id AS project_id, lead_territory_id AS territory_id FROM project WHERE deleted_at IS NULL"
                + " UNION ALL SELECT pt.project_id, pt.territory_id FROM project_partner_territory pt"
                + " JOIN project p ON p.id = pt.project_id WHERE p.deleted_at IS NULL) x"
                + " JOIN territory t ON t.id = x.territory_id GROUP BY t.slug ORDER BY t.slug");
    }

    /** The beneficiaries of all projects not deleted. */
    public long beneficiaries() {
        Number sum = (Number)
                em.createNativeQuery("SELECT COALESCE(sum(beneficiaries), 0) FROM project WHERE deleted_at IS NULL")
                        .getSingleResult();
        return sum.longValue();
    }

    private Map<String, Long> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        var counts = new LinkedHashMap<String, Long>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
