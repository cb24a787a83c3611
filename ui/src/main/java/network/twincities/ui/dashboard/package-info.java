/**
 * The dashboard: the network's key figures, projects by axis and by status as charts (SVG drawn
 * here, each with its table), the latest progress, and a map of projects by territory.
 */
package network.twincities.ui.dashboard;
