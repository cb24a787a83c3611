package network.twincities.platform.persistence;

/**
 * An entity that a client edits: it has a version for optimistic locking (the ETag of its resource)
 * and records who changed it last.
 */
public interface Versioned {

    int version();

    /** The id of its resource in the API's paths: the slug, or the server-made id. */
    String resourceId();

    /** Records who changed the entity last, and when. */
    void touch(String actor);
}
