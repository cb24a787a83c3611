/** Events: where MoUs are signed (Smart City Expo USA 2024), in a city of the network, on given dates. */
package network.twincities.event;
