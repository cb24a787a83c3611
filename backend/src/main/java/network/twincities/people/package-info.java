/**
 * People: the network's users (officials and forum administrators), kept in Keycloak and managed through
 * its admin API. A forum administrator invites an official (Keycloak sends the set-password e-mail in the
 * invitee's language), changes a person's territory and roles and disables an account; every person reads
 * their own profile and chooses their language ({@code /me}). The audit log and when each person last
 * used the network are the backend's, in PostgreSQL.
 */
package network.twincities.people;
