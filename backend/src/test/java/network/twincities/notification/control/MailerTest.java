package network.twincities.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import network.twincities.notification.entity.Audience;
import org.junit.jupiter.api.Test;

class MailerTest {

    @Test
    void theAddressesOfAnAudienceAreConfiguredByItsKey() {
        assertThat(Mailer.key(Audience.role("forum-admin"))).isEqualTo("twincities.mail.to.forum-admin");
        assertThat(Mailer.key(Audience.territory("rehamna"))).isEqualTo("twincities.mail.to.territory.rehamna");
        assertThat(Mailer.key(Audience.user("admin.forum"))).isEqualTo("twincities.mail.to.user.admin.forum");
    }
}
