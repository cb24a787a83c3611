/** The dashboard's figures, gathered from each feature's own statistics. */
package network.twincities.stats;
