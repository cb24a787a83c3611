/**
 * Login through Keycloak with Jakarta Security OpenID Connect, the callback, logout and signed-out
 * servlets, and the logged-in user as the token claims describe them.
 */
package network.twincities.ui.platform.security;
