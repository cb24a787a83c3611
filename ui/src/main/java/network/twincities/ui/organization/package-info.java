/**
 * Partner bodies of the network (the forum, associations, governments, companies, NGOs,
 * academia): list, detail page, the administrators' form and the backend's {@code /organizations}.
 */
package network.twincities.ui.organization;
