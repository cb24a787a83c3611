/**
 * The signed-in user's notifications: the bell in the main layout with the unread count, and the
 * list of what the backend told the user of (MoU steps, expiry reminders), each marked read there.
 */
package network.twincities.ui.notification;
