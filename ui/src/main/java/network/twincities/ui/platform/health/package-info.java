/** What the UI tells load balancers and operators about its own readiness. */
package network.twincities.ui.platform.health;
