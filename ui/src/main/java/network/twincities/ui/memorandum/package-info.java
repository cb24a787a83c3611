/**
 * Memoranda of understanding (MoUs): the list with its review queue, an MoU's page with its
 * parties, signatures, signed document and history, and the workflow actions the user may take.
 */
package network.twincities.ui.memorandum;
