package network.twincities.webhook.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks receiver library checks them. */
class WebhookSecretTest {

    static final String BODY = "{\"type\":\"project.created\",\"timestamp\":\"2026-11-29T10:00:00Z\","
            + "\"data\":{\"title\":{\"ar\":\"مشروع\"}}}";

    @Test
    void aSignedDeliveryPassesTheReceiverLibrarysVerification() throws Exception {
        var secret = WebhookSecret.generate();
        long now = Instant.now().getEpochSecond();
        String signature = secret.sign("msg_1", now, BODY);

        var receiver = new Webhook(secret.text());
        assertThatCode(() -> receiver.verify(BODY, headers("msg_1", now, signature)))
                .doesNotThrowAnyException();
        assertThat(signature).isEqualTo(receiver.sign("msg_1", now, BODY));
    }

    @Test
    void aTamperedBodyOrAnotherSecretFailsVerification() {
        var secret = WebhookSecret.generate();
        long now = Instant.now().getEpochSecond();
        String signature = secret.sign("msg_1", now, BODY);

        assertThatThrownBy(() ->
                        new Webhook(secret.text()).verify(BODY.replace("مشروع", "x"), headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() ->
                        new Webhook(WebhookSecret.generate().text()).verify(BODY, headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aSecretIsWhsecAndTheBase64Of24To64Bytes() {
        assertThat(WebhookSecret.parse("whsec_" + base64(24))).isPresent();
        assertThat(WebhookSecret.parse("whsec_" + base64(64))).isPresent();
        assertThat(WebhookSecret.parse("whsec_" + base64(23))).isEmpty();
        assertThat(WebhookSecret.parse("whsec_" + base64(65))).isEmpty();
        assertThat(WebhookSecret.parse(base64(32))).isEmpty();
        assertThat(WebhookSecret.parse("whsec_not base64!")).isEmpty();
        assertThat(WebhookSecret.parse(null)).isEmpty();
        var generated = WebhookSecret.generate();
        assertThat(WebhookSecret.parse(generated.text())).isPresent();
        assertThat(generated.toString()).doesNotContain(generated.text());
    }

    static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of(
                "webhook-id", List.of(id),
                "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }

    static String base64(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }
}
