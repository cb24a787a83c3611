package network.twincities.memorandum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Set;
import network.twincities.memorandum.entity.Memorandum;

/** Performs the steps of an MoU's workflow and publishes each move ({@link MemorandumMoved}). */
@ApplicationScoped
public class MemorandumSteps {

    @Inject
    Event<MemorandumMoved> moved;

    /** Performs a change of the workflow and, when it moved the MoU, publishes the move. */
    public void perform(Memorandum memorandum, String actor, String reason, Runnable change) {
        var from = memorandum.status();
        change.run();
        if (memorandum.status() != from) {
            moved.fire(new MemorandumMoved(
                    memorandum.resourceId(),
                    memorandum.reference(),
                    from,
                    memorandum.status(),
                    Set.copyOf(memorandum.territories()),
                    memorandum.expiresOn(),
                    actor,
                    reason));
        }
    }
}
