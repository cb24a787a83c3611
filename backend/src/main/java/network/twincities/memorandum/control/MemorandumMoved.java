package network.twincities.memorandum.control;

import java.time.LocalDate;
import java.util.Set;
import network.twincities.memorandum.entity.MemorandumStatus;

/**
 * An MoU moved in its workflow (submitted, approved, signed, expired...): a CDI event fired in the
 * transaction of the move, for those who tell the people concerned. It carries the facts, not the entity.
 *
 * @param id the MoU's id (a UUID)
 * @param territories the slugs of its party territories
 * @param reason why, where the step needs one (changes requested, rejected, terminated); else null
 */
public record MemorandumMoved(
        String id,
        String reference,
        MemorandumStatus from,
        MemorandumStatus to,
        Set<String> territories,
        LocalDate expiresOn,
        String actor,
        String reason) {}
