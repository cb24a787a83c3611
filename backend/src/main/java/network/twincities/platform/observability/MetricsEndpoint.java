package network.twincities.platform.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.webhook.control.WebhookBacklog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Serves the metrics in Prometheus text at {@code /metrics} on an admin port of its own, apart from the
 * API: {@code twincities.metrics.port} (9090 by default; 0 turns it off) on {@code
 * twincities.metrics.address} (127.0.0.1 by default: only the host itself, or its pod, can scrape;
 * set 0.0.0.0 where the port is reachable only from the monitoring network). It serves the base (JVM),
 * vendor (Payara) and application registries of MicroProfile Metrics; the application's has the
 * requests ({@link RequestMetrics}), the database pool and the webhook outbox's backlog.
 */
@Singleton
@Startup
public class MetricsEndpoint {

    static final String POOL_USED = "datasource.connections.used";
    static final String POOL_FREE = "datasource.connections.free";
    static final String POOL_MAX = "datasource.connections.max";
    static final String BACKLOG = "webhook.deliveries.pending";
    static final String HEAP_USED = "jvm.memory.heap.used";
    private static final Logger LOG = Logger.getLogger(MetricsEndpoint.class.getName());

    @Inject
    @ConfigProperty(name = "twincities.metrics.port", defaultValue = "9090")
    int port;

    @Inject
    @ConfigProperty(name = "twincities.metrics.address", defaultValue = "127.0.0.1")
    String address;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry application;

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @Inject
    @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
    MetricRegistry vendor;

    @Inject
    WebhookBacklog backlog;

    @Resource
    ManagedThreadFactory threads;

    private HttpServer server;
    private ExecutorService executor;

    @PostConstruct
    void start() {
        registerGauges();
        if (port <= 0) {
            LOG.info("Metrics: no admin port (twincities.metrics.port=0)");
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 16);
            executor = Executors.newFixedThreadPool(2, threads);
            server.setExecutor(executor);
            server.createContext("/metrics", this::serve);
            server.start();
            LOG.info(() -> "Metrics: Prometheus text at http://" + address + ":" + port + "/metrics");
        } catch (IOException | RuntimeException e) {
            // the API serves on without its metrics, e.g. when two instances on one host share the port
            LOG.log(Level.WARNING, "Metrics: could not listen on " + address + ":" + port + ": " + e);
            server = null;
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    private void registerGauges() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        application.gauge(
                Metadata.builder()
                        .withName(HEAP_USED)
                        .withDescription("The JVM's heap in use")
                        .withUnit(org.eclipse.microprofile.metrics.MetricUnits.BYTES)
                        .build(),
                () -> (double) memory.getHeapMemoryUsage().getUsed());
        var tag = new Tag("datasource", "twincities");
        DatabasePool.find().ifPresent(pool -> {
            gauge(
                    POOL_USED,
                    "Connections of the application's pool in use",
                    () -> pool.status().map(s -> (double) s.used()).orElse(0.0),
                    tag);
            gauge(
                    POOL_FREE,
                    "Connections of the application's pool open and free",
                    () -> pool.status().map(s -> (double) s.free()).orElse(0.0),
                    tag);
            gauge(
                    POOL_MAX,
                    "The application's pool's maximum size",
                    () -> pool.status().map(s -> (double) s.max()).orElse(Double.NaN),
                    tag);
        });
        gauge(
                BACKLOG,
                "Webhook deliveries not delivered yet (due or waiting for a retry); NaN when the database does not"
                        + " answer",
                () -> {
                    var pending = backlog.pending();
                    return pending.isPresent() ? (double) pending.getAsLong() : Double.NaN;
                });
    }

    private void gauge(String name, String description, Supplier<Double> value, Tag... tags) {
        application.gauge(
                Metadata.builder().withName(name).withDescription(description).build(), value, tags);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            var text = new PrometheusText();
            text.add("base", base);
            text.add("vendor", vendor);
            text.add("application", application);
            byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PrometheusText.CONTENT_TYPE);
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics: could not answer", e);
        }
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
