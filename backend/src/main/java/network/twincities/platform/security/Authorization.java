package network.twincities.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import network.twincities.platform.problem.ProblemException;

/** Checks the caller of this request against the {@link Policy}; a refusal is 403 and changes nothing. */
@RequestScoped
public class Authorization {

    @Inject
    Caller caller;

    public void require(Action action) {
        if (!Policy.allows(caller.roles(), action)) {
            throw ProblemException.forbidden("Your role does not allow this: " + describe(action) + ".");
        }
    }

    static String describe(Action action) {
        return switch (action) {
            case READ -> "reading network data";
            case MANAGE_REGISTRY ->
                "managing territories, organizations, cooperation axes and events is for forum" + " administrators";
            case READ_AUDIT -> "the audit log is for forum administrators";
        };
    }
}
