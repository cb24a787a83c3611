package network.twincities.platform.security;

/**
 * Told about every verified token of a person who signs in (not of an API client's service account), e.g.
 * to record when a person last used the network. Called on every request: it must answer at once (keep
 * what it needs in memory and write rarely) and never fail the request.
 */
public interface TokenSeen {

    void seen(BearerToken token);
}
