package network.twincities.memorandum.control;

import network.twincities.memorandum.entity.Memorandum;
import network.twincities.memorandum.entity.MemorandumStatus;

/**
 * An MoU moved in its workflow (submitted, approved, signed, expired...): a CDI event fired in the
 * transaction of the move, before it is audited, for those who tell the people concerned.
 *
 * @param from the status before; the MoU's {@code status()} is the new one
 * @param reason why, where the step needs one (changes requested, rejected, terminated); else null
 */
public record MemorandumMoved(Memorandum memorandum, MemorandumStatus from, String actor, String reason) {}
