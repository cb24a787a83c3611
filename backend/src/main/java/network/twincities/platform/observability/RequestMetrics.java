package network.twincities.platform.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The API's requests in MicroProfile Metrics: a timer {@code http.server.requests} (its count is the
 * rate, its quantiles the latencies) and a counter {@code http.server.errors} of the 5xx answers, both
 * by method, resource (the first path segment after {@code /v1}, from a fixed list so that made-up
 * paths cannot grow the metrics without bound) and status.
 */
@ApplicationScoped
public class RequestMetrics {

    static final String REQUESTS = "http.server.requests";
    static final String ERRORS = "http.server.errors";
    static final Set<String> RESOURCES = Set.of(
            "territories",
            "organizations",
            "axes",
            "events",
            "mous",
            "projects",
            "best-practices",
            "notifications",
            "audit",
            "exports",
            "sync",
            "webhooks",
            "stats",
            "testing");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final Metadata REQUESTS_METADATA = Metadata.builder()
            .withName(REQUESTS)
            .withDescription("The API's requests: how many and how long they took")
            .withUnit(MetricUnits.SECONDS)
            .build();
    private static final Metadata ERRORS_METADATA = Metadata.builder()
            .withName(ERRORS)
            .withDescription("The API's requests answered with a server error (5xx)")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void record(String method, String path, int status, long nanos) {
        var tags = new Tag[] {
            new Tag("method", METHODS.contains(method) ? method : "OTHER"),
            new Tag("resource", resource(path)),
            new Tag("status", Integer.toString(status))
        };
        registry.timer(REQUESTS_METADATA, tags).update(Duration.ofNanos(nanos));
        if (status >= 500) {
            registry.counter(ERRORS_METADATA, tags).inc();
        }
    }

    /** The first segment after {@code /v1/}: a known resource, {@code root} for the API root, else {@code other}. */
    static String resource(String path) {
        int v1 = path.indexOf("/v1");
        if (v1 < 0) {
            return "other";
        }
        String rest = path.substring(v1 + 3);
        if (rest.isEmpty() || rest.equals("/")) {
            return "root";
        }
        if (rest.charAt(0) != '/') {
            return "other";
        }
        int end = rest.indexOf('/', 1);
        String segment = end < 0 ? rest.substring(1) : rest.substring(1, end);
        return RESOURCES.contains(segment) ? segment : "other";
    }
}
