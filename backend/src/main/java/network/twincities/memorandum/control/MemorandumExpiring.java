package network.twincities.memorandum.control;

import network.twincities.memorandum.entity.Memorandum;

/**
 * A signed MoU comes near its expiry date: fired once per MoU and reminder (60 and 30 days before), in
 * the transaction that records that the reminder was sent.
 *
 * @param reminder the days before expiry this reminder stands for: 60 or 30
 * @param daysLeft the days from today to the expiry date
 */
public record MemorandumExpiring(Memorandum memorandum, int reminder, long daysLeft) {}
