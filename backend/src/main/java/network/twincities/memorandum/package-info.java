/**
 * Memoranda of understanding (MoUs): the agreements between territories and organizations of the
 * network, their parties and signatures, cooperation axes, their workflow from draft to signed (and
 * its history), and the signed document.
 */
package network.twincities.memorandum;
