package network.twincities.notification.control;

import java.util.Set;
import network.twincities.notification.entity.Audience;
import network.twincities.platform.text.LocalizedText;

/**
 * Notifications were made for these audiences: a CDI event fired in their transaction, observed once it
 * committed ({@link Mailer}).
 */
public record Notified(Set<Audience> audiences, String kind, String subject, LocalizedText text) {}
