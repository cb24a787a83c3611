package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * What operators read: the request id of every answer ({@code X-Request-Id}, the problem+json {@code
 * instance}) and the metrics in Prometheus text on the admin port. (The request id
 * in the log lines: {@link network.twincities.scale.ScaleOutIT}, which has its instances' logs.)
 */
@SystemTest
class ObservabilityIT {

    static String metricsUrl() {
        return "http://127.0.0.1:" + Integer.getInteger("twincities.it.metrics.port", 18089) + "/metrics";
    }

    @Test
    void everyAnswerHasARequestIdAndAProblemQuotesItAsItsInstance() {
        var ok = Http.get(Urls.api(), null);
        assertThat(ok.statusCode()).isEqualTo(200);
        String id = ok.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);

        var missing = Http.get(Urls.api() + "/projects/" + UUID.randomUUID(), Tokens.syncClient());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.object(missing).getString("instance"))
                .isEqualTo("urn:uuid:"
                        + missing.headers().firstValue("X-Request-Id").orElseThrow());

        // the container's own errors (a token that fails verification) too
        var refused = Http.get(Urls.api() + "/projects", "not.a.token");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Http.object(refused).getString("instance"))
                .isEqualTo("urn:uuid:"
                        + refused.headers().firstValue("X-Request-Id").orElseThrow());

        // a proxy's or client's UUID is kept, anything else replaced
        String given = UUID.randomUUID().toString();
        assertThat(Http.request("GET", Urls.api(), null, null, "X-Request-Id", given)
                        .headers()
                        .firstValue("X-Request-Id"))
                .contains(given);
        assertThat(Http.request("GET", Urls.api(), null, null, "X-Request-Id", "forged id")
                        .headers()
                        .firstValue("X-Request-Id")
                        .orElseThrow())
                .isNotEqualTo("forged id")
                .hasSize(36);
    }

    @Test
    void metricsInPrometheusTextOnTheAdminPort() {
        assertThat(Http.get(Urls.api() + "/territories", null).statusCode()).isIn(200, 401);
        HttpResponse<String> metrics = Http.get(metricsUrl(), null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        String text = metrics.body();
        assertThat(text)
                .contains("# TYPE http_server_requests_seconds summary")
                .containsPattern(
                        Pattern.compile("http_server_requests_seconds_count\\{method=\"GET\",mp_scope=\"application\","
                                + "resource=\"territories\",status=\"\\d{3}\"} [1-9]"))
                .containsPattern("webhook_deliveries_pending\\{mp_scope=\"application\"} \\d+")
                .containsPattern(
                        "datasource_connections_used\\{datasource=\"twincities\",mp_scope=\"application\"} \\d+")
                .containsPattern("datasource_connections_max\\{datasource=\"twincities\",mp_scope=\"application\"} 20")
                .containsPattern("jvm_memory_heap_used_bytes\\{mp_scope=\"application\"} \\d+");
        // Payara's own /metrics (on the public port) is closed on a backend-only instance (ScaleOutIT), the
        // production shape; on this server, with the UI beside the API, Payara still serves it (documented)
    }
}
