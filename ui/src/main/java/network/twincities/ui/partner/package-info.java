/**
 * Partner systems, for forum administrators: issue API credentials for a territory (client id and
 * secret shown once), see when each last called the API, rotate a secret, revoke access.
 */
package network.twincities.ui.partner;
