/**
 * Territories: the member and candidate cities, provinces, regions and countries of the network, in a
 * hierarchy ({@code parent}), identified by their slug.
 */
package network.twincities.territory;
