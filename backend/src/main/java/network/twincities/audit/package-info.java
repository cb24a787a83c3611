/**
 * The audit log: who changed which resource when, and the before/after of each changed field. Every
 * change of every resource records an entry in its own transaction; forum administrators read it.
 */
package network.twincities.audit;
