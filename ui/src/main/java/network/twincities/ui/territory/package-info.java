/**
 * Territories of the network (cities, provinces, regions, countries): the directory (list,
 * hierarchy, Leaflet map), the profile page, the administrators' form and the backend's {@code
 * /territories} resource as a MicroProfile Rest Client.
 */
package network.twincities.ui.territory;
