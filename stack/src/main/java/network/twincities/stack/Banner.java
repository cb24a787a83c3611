package network.twincities.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What the local run prints once every part is ready: where to go and how to log in. */
final class Banner {

    static final String[][] DEMO_LOGINS = {
        {"admin.forum", "demo", "forum-admin", "-"},
        {"official.casablanca", "demo", "official", "casablanca-settat"},
        {"official.rehamna", "demo", "official", "rehamna"},
        {"official.newyork", "demo", "official", "new-york-city"},
    };

    private Banner() {}

    static String ready(
            String uiUrl,
            String serverUrl,
            String metricsUrl,
            String issuer,
            String mailReader,
            Path logs,
            Duration took,
            Map<String, Long> memoryMiB) {
        var out = new StringBuilder();
        out.append("\nTwinCities Network is ready (")
                .append(String.format("%.1f", took.toMillis() / 1000.0))
                .append(" s).\n\n");
        out.append(String.format("  %-12s %s%n", "Web UI", uiUrl + "/"));
        out.append(String.format("  %-12s %s%n", "REST API", serverUrl + "/api/v1"));
        out.append(String.format("  %-12s %s%n", "OpenAPI", serverUrl + "/openapi"));
        out.append(String.format("  %-12s %s%n", "Health", serverUrl + "/health/ready"));
        out.append(String.format("  %-12s %s%n", "Metrics", metricsUrl + " (admin port, this machine only)"));
        out.append(String.format("  %-12s %s%n", "Keycloak", issuer + "/account (admin console: admin / admin)"));
        if (mailReader != null) {
            out.append(String.format(
                    "  %-12s %s%n", "Mail", mailReader + "/api/user (every mailbox; nothing is sent on)"));
            out.append(String.format(
                    "  %-12s %s%n",
                    "", mailReader + "/api/user/admin.forum@twincities.example/messages/ (one's mails)"));
        }
        out.append(String.format("  %-12s %s%n", "Logs", logs));
        out.append("\n  Demo logins (demo data only, password 'demo'):\n");
        out.append(String.format("    %-22s %-12s %s%n", "login", "role", "territory"));
        for (var login : DEMO_LOGINS) {
            out.append(String.format("    %-22s %-12s %s%n", login[0], login[2], login[3]));
        }
        out.append("\n  Resident memory once ready:");
        memoryMiB.forEach((name, mib) -> {
            if (mib >= 0) {
                out.append(String.format(" %s %d MiB;", name, mib));
            }
        });
        out.append("\n\nPress Ctrl-C to stop every process started here.\n");
        return out.toString();
    }
}
