/**
 * Collaborative projects of the network's territories: led by one territory under an MoU, with partner
 * territories and organizations, milestones, indicators and the progress updates their editors post.
 */
package network.twincities.project;
