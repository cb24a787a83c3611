package network.twincities.platform.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Optional;
import network.twincities.platform.problem.ProblemException;

/** Refuses to delete what is still referenced, by asking every {@link Referrer} of the application. */
@ApplicationScoped
public class References {

    @Inject
    @Any
    Instance<Referrer> referrers;

    /**
     * @param description the target in words, e.g. "Territory 'rehamna'"
     * @throws ProblemException a 409 naming everything that still refers to the target
     */
    public void requireNone(Object target, String description) {
        var references = new ArrayList<String>();
        for (var referrer : referrers) {
            referrer.referencesTo(target).ifPresent(references::add);
        }
        if (!references.isEmpty()) {
            throw ProblemException.conflict(
                    description + " is still referenced by " + String.join(" and ", references) + ".");
        }
    }

    /** "1 event", "2 events"; "1 territory below it", "3 territories below it". */
    public static Optional<String> count(long count, String one, String many) {
        return count == 0 ? Optional.empty() : Optional.of(count + " " + (count == 1 ? one : many));
    }
}
