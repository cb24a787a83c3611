package network.twincities.examples.sync;

/** The copy cannot be brought up to date now (the API, Keycloak or the disk failed). */
final class SyncException extends RuntimeException {

    SyncException(String message) {
        super(message);
    }

    SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
