/**
 * Best practices: the searchable library, a practice's page with its outcomes, adoptions and the
 * territories suggested to adopt it, the forms that share and edit them, and the territories'
 * suggested twins.
 */
package network.twincities.ui.practice;
