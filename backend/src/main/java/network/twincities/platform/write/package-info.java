/**
 * The one write path of the API ({@link network.twincities.platform.write.Writes}): each resource says
 * what is its own ({@link network.twincities.platform.write.Writable}, and for an action on one resource
 * such as a workflow step {@link network.twincities.platform.write.Act}); the order of checks,
 * preconditions, audit and answers are shared. Deleting asks every
 * {@link network.twincities.platform.write.Referrer} whether the resource is still referenced.
 */
package network.twincities.platform.write;
