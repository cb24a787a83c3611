/**
 * Notifications: what the people concerned are told of (each step of an MoU, its coming expiry), listed
 * per caller at {@code /notifications} and e-mailed when an SMTP server is configured.
 *
 * <p>The people live in Keycloak, and the application does not manage them yet (nor asks Keycloak's
 * admin API who they are). So a notification is stored once per <em>audience</em>, not per person: a
 * login ({@code user:<login>}), a realm role ({@code role:forum-admin}) or the officials of a territory
 * ({@code territory:rehamna}). A caller sees what is addressed to its login, to each of its roles and to
 * its territory, as its token names them; so an official who joins a territory later also sees what its
 * territory was told before. Whether it was read is per login, in a table of its own
 * ({@code notification_read}), since one notification may reach many people. E-mail addresses of the
 * audiences come from the configuration for now ({@link network.twincities.notification.control.Mailer}).
 */
package network.twincities.notification;
