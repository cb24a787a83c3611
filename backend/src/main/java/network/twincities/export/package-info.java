/**
 * Exports of the network's projects in formats other tools read: CSV for spreadsheets and IATI 2.03
 * activity XML for aid-transparency registries. Both are streamed, a batch of projects at a time.
 */
package network.twincities.export;
