package network.twincities.platform.observability;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;

/**
 * MicroProfile Metrics' registries in the Prometheus text format 0.0.4, named as MicroProfile Metrics 5
 * names them: dots become underscores, the unit is a suffix, the scope a label {@code mp_scope}; timers
 * are summaries in seconds.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder();

    void add(String scope, MetricRegistry registry) {
        var byName = new TreeMap<String, Map<MetricID, Metric>>();
        registry.getMetrics()
                .forEach((id, metric) -> byName.computeIfAbsent(id.getName(), n -> new TreeMap<>())
                        .put(id, metric));
        byName.forEach((name, metrics) -> {
            Metadata metadata = registry.getMetadata(name);
            metrics.forEach((id, metric) -> write(scope, metadata, id, metric));
        });
    }

    private void write(String scope, Metadata metadata, MetricID id, Metric metric) {
        String labels = labels(scope, id);
        String unit = metadata == null ? MetricUnits.NONE : metadata.getUnit();
        String help = metadata == null ? "" : metadata.getDescription();
        if (metric instanceof Counter counter) {
            String name = name(id.getName(), unit) + "_total";
            header(name, "counter", help);
            line(name, labels, counter.getCount());
        } else if (metric instanceof Gauge<?> gauge) {
            Number value;
            try {
                value = gauge.getValue();
            } catch (RuntimeException e) {
                // one gauge that cannot be read leaves the others
                return;
            }
            if (value == null) {
                return;
            }
            String name = name(id.getName(), unit);
            header(name, "gauge", help);
            line(name, labels, value.doubleValue());
        } else if (metric instanceof Timer timer) {
            String name = sanitize(id.getName()) + "_seconds";
            header(name, "summary", help);
            summary(name, labels, timer.getSnapshot(), 1e-9);
            line(name + "_count", labels, timer.getCount());
            line(name + "_sum", labels, timer.getElapsedTime().toNanos() * 1e-9);
        } else if (metric instanceof Histogram histogram) {
            String name = name(id.getName(), unit);
            header(name, "summary", help);
            summary(name, labels, histogram.getSnapshot(), 1);
            line(name + "_count", labels, histogram.getCount());
            line(name + "_sum", labels, histogram.getSum());
        }
    }

    private void summary(String name, String labels, Snapshot snapshot, double scale) {
        for (var percentile : snapshot.percentileValues()) {
            String quantile = "quantile=\"" + percentile.getPercentile() + "\"";
            line(
                    name,
                    labels.isEmpty() ? "{" + quantile + "}" : labels.replace("}", "," + quantile + "}"),
                    percentile.getValue() * scale);
        }
        line(name + "_max", labels, snapshot.getMax() * scale);
    }

    private String lastHeader;

    private void header(String name, String type, String help) {
        if (name.equals(lastHeader)) {
            return;
        }
        lastHeader = name;
        if (help != null && !help.isEmpty()) {
            out.append("# HELP ")
                    .append(name)
                    .append(' ')
                    .append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                    .append('\n');
        }
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void line(String name, String labels, double value) {
        out.append(name).append(labels).append(' ').append(format(value)).append('\n');
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    static String labels(String scope, MetricID id) {
        var labels = new TreeMap<String, String>(id.getTags());
        labels.put("mp_scope", scope);
        return labels.entrySet().stream()
                .map(e -> sanitize(e.getKey()) + "=\""
                        + e.getValue()
                                .replace("\\", "\\\\")
                                .replace("\"", "\\\"")
                                .replace("\n", "\\n") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String name(String name, String unit) {
        String base = sanitize(name);
        if (unit == null || unit.isEmpty() || unit.equals(MetricUnits.NONE)) {
            return base;
        }
        return base + "_" + sanitize(unit);
    }

    static String sanitize(String name) {
        String sanitized = name.replaceAll("[^a-zA-Z0-9_:]", "_");
        return Character.isDigit(sanitized.charAt(0)) ? "_" + sanitized : sanitized;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
