package network.twincities.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import network.twincities.audit.entity.AuditAction;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.platform.ResourceName;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {

    @Test
    void everyResourceHasItsCreatedUpdatedDeletedAndMousTheirSteps() {
        assertThat(WebhookEvents.ALL)
                .contains("project.created", "project.updated", "project.deleted", "best-practice.created")
                .contains("mou.submitted", "mou.approved", "mou.changes-requested", "mou.rejected", "mou.signed")
                .contains("mou.terminated", "mou.expired")
                .doesNotContain("mou.draft");
        assertThat(WebhookEvents.of(ResourceName.PROJECTS, AuditAction.DELETE)).hasValue("project.deleted");
        assertThat(WebhookEvents.of(ResourceName.AXES, AuditAction.TRANSITION)).hasValue("axis.updated");
        assertThat(WebhookEvents.of(ResourceName.NOTIFICATIONS, AuditAction.CREATE))
                .isEmpty();
        assertThat(WebhookEvents.of(ResourceName.ADOPTIONS, AuditAction.CREATE)).isEmpty();
        assertThat(WebhookEvents.step(MemorandumStatus.CHANGES_REQUESTED)).isEqualTo("mou.changes-requested");
    }

    @Test
    void retriesStartWithinTenSecondsAndDouble() {
        assertThat(WebhookDeliveries.retryDelay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookDeliveries.retryDelay(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookDeliveries.retryDelay(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(WebhookDeliveries.retryDelay(40)).isEqualTo(WebhookDeliveries.GIVE_UP_AFTER);
    }
}
