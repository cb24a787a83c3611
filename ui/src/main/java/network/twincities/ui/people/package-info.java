/**
 * People: the network's users for forum administrators (the list with filters, the invitation, a person's
 * page to change territory, roles and whether they may sign in, a section on each territory's profile),
 * and every signed-in user's own profile with the preferred language.
 */
package network.twincities.ui.people;
