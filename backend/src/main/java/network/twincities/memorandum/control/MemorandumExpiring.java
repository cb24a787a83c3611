package network.twincities.memorandum.control;

import java.time.LocalDate;
import java.util.Set;

/**
 * A signed MoU comes near its expiry date: fired once per MoU and reminder (60 and 30 days before), in
 * the transaction that records that the reminder was sent.
 *
 * @param id the MoU's id (a UUID)
 * @param territories the slugs of its party territories
 * @param reminder the days before expiry this reminder stands for: 60 or 30
 * @param daysLeft the days from today to the expiry date
 */
public record MemorandumExpiring(
        String id, String reference, Set<String> territories, LocalDate expiresOn, int reminder, long daysLeft) {}
