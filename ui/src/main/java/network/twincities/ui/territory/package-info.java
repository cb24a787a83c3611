/**
 * Territories of the network (cities, provinces, regions, countries): the list view and the
 * backend's {@code /territories} resource as a MicroProfile Rest Client.
 */
package network.twincities.ui.territory;
