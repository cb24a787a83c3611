package network.twincities.platform.persistence;

/**
 * An entity that a client edits: it has a version for optimistic locking (the ETag of its resource)
 * and records who changed it last.
 */
public interface Versioned {

    int version();

    /** Records who changed the entity last, and when. */
    void touch(String actor);
}
