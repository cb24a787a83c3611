package network.twincities.memorandum.entity;

/** What a party does in an MoU; the MoU is signed once every {@link #SIGNATORY} has signed. */
public enum PartyRole {
    SIGNATORY,
    WITNESS,
    COORDINATOR
}
