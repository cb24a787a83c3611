package network.twincities.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import network.twincities.platform.problem.ProblemException;

/** Checks the caller of this request against the {@link Policy}; a refusal is 403 and changes nothing. */
@RequestScoped
public class Authorization {

    @Inject
    Caller caller;

    /** Whether the caller's role allows the action at all (what it concerns is checked later, if it matters). */
    public void require(Action action) {
        if (!Policy.allows(caller.roles(), action)) {
            throw ProblemException.forbidden("Your role does not allow this: " + describe(action) + ".");
        }
    }

    /** Whether the caller may perform the action on something that concerns these territories. */
    public void require(Action action, Set<String> territories) {
        if (!Policy.allows(caller.roles(), caller.territory(), action, territories)) {
            throw ProblemException.forbidden("You may not do this: " + describe(action) + ".");
        }
    }

    static String describe(Action action) {
        return switch (action) {
            case READ -> "reading network data";
            case MANAGE_REGISTRY ->
                "managing territories, organizations, cooperation axes and events is for forum" + " administrators";
            case READ_AUDIT -> "the audit log is for forum administrators";
            case DRAFT_MOU -> "an official drafts, edits and submits only MoUs to which its own territory is a party";
            case REVIEW_MOU ->
                "approving, rejecting, requesting changes on and terminating MoUs is for forum" + " administrators";
            case SIGN_MOU ->
                "an official signs only for its own territory; forum administrators record the other signatures";
            case ATTACH_MOU_DOCUMENT ->
                "the signed document is attached by an official of a party territory or a forum administrator";
            case MANAGE_WEBHOOKS -> "webhooks are for forum administrators and API clients";
            case SHARE_PRACTICE ->
                "an official shares, edits and deletes only best practices of its own territory; forum"
                        + " administrators moderate all of them";
            case ADOPT_PRACTICE ->
                "an official records adoptions only for its own territory; forum administrators for any";
            case EDIT_PROJECT ->
                "an official creates, edits and deletes only projects its own territory leads; forum administrators"
                        + " any";
            case REPORT_PROGRESS ->
                "progress updates are posted by officials of the lead or a partner territory and forum"
                        + " administrators";
            case SYNC_PROJECTS ->
                "bulk upserts are for officials and API clients bound to a territory, of the projects their own"
                        + " territory leads";
            case MANAGE_PARTNER_SYSTEMS -> "the API credentials of partner systems are for forum administrators";
            case MANAGE_PEOPLE -> "inviting and managing the network's people is for forum administrators";
            case READ_OWN_PROFILE, EDIT_OWN_PROFILE ->
                "a profile is for people who sign in (officials, forum administrators); an API client has none";
        };
    }
}
