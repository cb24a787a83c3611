package network.twincities.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

    @Test
    void aRequestKeepsTheUuidItBringsElseGetsANewOne() {
        String given = UUID.randomUUID().toString();
        assertThat(RequestId.of(given)).isEqualTo(given);
        assertThat(RequestId.of("not-a-uuid\r\nX: injected")).hasSize(36).isNotEqualTo(given);
        assertThat(RequestId.of(null)).hasSize(36);
        assertThat(RequestId.of(null)).isNotEqualTo(RequestId.of(null));
    }

    @Test
    void keyValueFieldsAreQuotedWhenTheyAreNotOneWord() {
        assertThat(RequestId.quoted("/api/v1/projects")).isEqualTo("/api/v1/projects");
        assertThat(RequestId.quoted("two words \"here\"\n")).isEqualTo("\"two words \\\"here\\\"\\n\"");
    }

    @Test
    void theResourceOfARequestIsAKnownOneOrOther() {
        assertThat(RequestMetrics.resource("/api/v1/projects/0f8e")).isEqualTo("projects");
        assertThat(RequestMetrics.resource("/api/v1/sync/changes")).isEqualTo("sync");
        assertThat(RequestMetrics.resource("/api/v1")).isEqualTo("root");
        assertThat(RequestMetrics.resource("/api/v1/")).isEqualTo("root");
        assertThat(RequestMetrics.resource("/api/v1/made-up-" + UUID.randomUUID()))
                .isEqualTo("other");
        assertThat(RequestMetrics.resource("/api/problem")).isEqualTo("other");
    }

    @Test
    void namesAndLabelsFollowPrometheus() {
        assertThat(PrometheusText.name("webhook.deliveries.pending", MetricUnits.NONE))
                .isEqualTo("webhook_deliveries_pending");
        assertThat(PrometheusText.name("memory.usedHeap", MetricUnits.BYTES)).isEqualTo("memory_usedHeap_bytes");
        assertThat(PrometheusText.labels("application", new MetricID("x", new Tag("path", "a\"b"))))
                .isEqualTo("{mp_scope=\"application\",path=\"a\\\"b\"}");
        assertThat(PrometheusText.format(3.0)).isEqualTo("3");
        assertThat(PrometheusText.format(0.25)).isEqualTo("0.25");
        assertThat(PrometheusText.format(Double.NaN)).isEqualTo("NaN");
    }
}
