package network.twincities.ui.dashboard;

import java.util.Map;

/** The network's figures as the backend's {@code /stats} gives them. */
public record Stats(Projects projects, Long beneficiaries, Long activeMous, Long bestPractices, Long adoptions) {

    /** Project counts by status, by axis slug and by territory slug. */
    public record Projects(Map<String, Long> byStatus, Map<String, Long> byAxis, Map<String, Long> byTerritory) {

        public Projects {
            byStatus = byStatus == null ? Map.of() : Map.copyOf(byStatus);
            byAxis = byAxis == null ? Map.of() : Map.copyOf(byAxis);
            byTerritory = byTerritory == null ? Map.of() : Map.copyOf(byTerritory);
        }

        /** Every project counts once, under its status. */
        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Projects projectsOrEmpty() {
        return projects == null ? new Projects(null, null, null) : projects;
    }
}
