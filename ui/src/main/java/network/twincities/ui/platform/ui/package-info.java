/**
 * Pieces every registry view shares: the server's 422 field errors shown at their fields, writes
 * with their outcomes (invalid, stale, conflict, refused) told to the user, confirmation and
 * notifications.
 */
package network.twincities.ui.platform.ui;
