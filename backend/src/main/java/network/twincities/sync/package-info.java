/**
 * Sync for partner systems: the change feed of every committed change of the network's resources, in
 * commit order and without gaps, fed by the audit log's {@link network.twincities.audit.control.Changed}
 * events in the transaction of each change.
 */
package network.twincities.sync;
