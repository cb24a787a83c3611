package network.twincities.export.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.text.LocalizedText;
import network.twincities.project.entity.ProjectStatus;

/** Projects as an export sees them, made up for the tests. */
final class Samples {

    private Samples() {}

    static ExportedProject project(ProjectStatus status, LocalDate start, LocalDate end) {
        return new ExportedProject(
                7,
                "0b7e4a8c-1f2d-4e5a-9b6c-7d8e9f0a1b2c",
                "EXT-7",
                new LocalizedText("Digital inclusion centres", "Centres d'inclusion numérique", "مراكز الإدماج الرقمي"),
                new LocalizedText("Ten centres.", null, null),
                new ExportedProject.Party(
                        "casablanca-settat", new LocalizedText("Casablanca-Settat", null, "الدار البيضاء سطات"), null),
                List.of(
                        new ExportedProject.Party("rehamna", new LocalizedText("Rehamna", null, null), null),
                        new ExportedProject.Party(
                                "world-smart-cities-forum",
                                new LocalizedText("World Smart Cities Forum", null, null),
                                OrganizationKind.FORUM)),
                List.of(
                        new ExportedProject.Theme(
                                "digital-inclusion", new LocalizedText("Digital inclusion", null, null), List.of(4, 9)),
                        new ExportedProject.Theme(
                                "women-empowerment", new LocalizedText("Women empowerment", null, null), List.of(5, 9)),
                        new ExportedProject.Theme("water", new LocalizedText("Water", null, null), List.of(6))),
                "TCI-2024-001",
                status,
                start,
                end,
                new BigDecimal("1200000.00"),
                "MAD",
                500L,
                List.of(
                        new ExportedProject.Measure("People trained", "people", 0, 200, 50.0, 25),
                        new ExportedProject.Measure("Centres open", "centres", 0, 10, null, 0)),
                Instant.parse("2025-01-02T10:00:00.123Z"),
                Instant.parse("2025-06-01T08:30:00.456Z"));
    }
}
