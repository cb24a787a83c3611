/**
 * Pieces every registry view shares: the list page and the detail page, built from what a
 * resource's view gives ({@link network.twincities.ui.platform.ui.ListPage}, {@link
 * network.twincities.ui.platform.ui.DetailPage}); the server's 422 field errors shown at their
 * fields, writes with their outcomes (invalid, stale, conflict, refused) told to the user,
 * confirmation and notifications.
 */
package network.twincities.ui.platform.ui;
