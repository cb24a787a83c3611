package network.twincities.platform.security;

/** A bearer token that is not to be trusted; the message says why, for the log, never for the client. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String reason) {
        super(reason, null, false, false);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
