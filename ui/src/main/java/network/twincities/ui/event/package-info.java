/**
 * Events of the network (where MoUs are signed, such as Smart City Expo USA 2024): list, detail
 * page, the administrators' form and the backend's {@code /events}.
 */
package network.twincities.ui.event;
