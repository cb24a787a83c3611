package network.twincities.platform.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realm's signing keys, from its JWKS document: parsed once into public keys and kept. The document
 * is fetched again when a token names an unknown key id (a rotation) and when it is older than
 * {@link #MAX_AGE} (a removed key stops being trusted), but at most once per {@link #MIN_INTERVAL}, so
 * that tokens with made-up key ids cannot make us hammer Keycloak. A failed fetch keeps the last keys.
 */
final class RealmKeys {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());

    private record Snapshot(Map<String, PublicKey> keys, Instant fetched, long version) {}

    private final Supplier<String> document;
    private final String algorithm;
    private final Clock clock;
    private volatile Snapshot current = new Snapshot(Map.of(), Instant.MIN, 0);
    private volatile Instant lastAttempt = Instant.MIN;

    /**
     * @param document fetches the JWKS document (JSON)
     * @param algorithm the one JWS algorithm accepted; keys marked for another are ignored
     */
    RealmKeys(Supplier<String> document, String algorithm, Clock clock) {
        this.document = document;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    /** The key with this id, or null when the realm has none. */
    PublicKey find(String keyId) {
        Snapshot snapshot = current;
        PublicKey key = snapshot.keys().get(keyId);
        Instant now = clock.instant();
        if (key == null) {
            // a fetch, or the one in flight: the first requests of a new instance come here all at once, and
            // those behind the one fetching wait for its keys rather than find none (a 401)
            key = fetch(now).keys().get(keyId);
        } else if (now.isAfter(snapshot.fetched().plus(MAX_AGE)) && mayFetch(now)) {
            key = fetch(now).keys().get(keyId);
        }
        return key;
    }

    /**
     * Changes whenever the set of keys changes, so that what was verified with an old set can be
     * forgotten; fetches the keys again first when they are older than {@link #MAX_AGE}.
     */
    long version() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (now.isAfter(snapshot.fetched().plus(MAX_AGE)) && mayFetch(now)) {
            snapshot = fetch(now);
        }
        return snapshot.version();
    }

    private boolean mayFetch(Instant now) {
        return !now.isBefore(lastAttempt.plus(MIN_INTERVAL));
    }

    private synchronized Snapshot fetch(Instant now) {
        Snapshot previous = current;
        if (!mayFetch(now)) {
            return previous; // another thread just fetched, or tried (at most once per MIN_INTERVAL)
        }
        lastAttempt = now;
        try {
            Map<String, PublicKey> keys = parse(document.get(), algorithm);
            long version = keys.equals(previous.keys()) ? previous.version() : previous.version() + 1;
            current = new Snapshot(keys, now, version);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot load the realm's signing keys; keeping the last ones: {0}", e.toString());
        }
        return current;
    }

    /** The RSA signature keys of a JWKS document, by key id. */
    static Map<String, PublicKey> parse(String json, String algorithm) {
        JsonObject jwks;
        try (var reader = Jsons.PROVIDER.createReader(new StringReader(json))) {
            jwks = reader.readObject();
        }
        var keys = new HashMap<String, PublicKey>();
        for (JsonValue value : jwks.getJsonArray("keys")) {
            if (!(value instanceof JsonObject jwk)) {
                continue;
            }
            String kid = text(jwk, "kid");
            String use = text(jwk, "use");
            String alg = text(jwk, "alg");
            if (kid == null
                    || !"RSA".equals(text(jwk, "kty"))
                    || (use != null && !use.equals("sig"))
                    || (alg != null && !alg.equals(algorithm))) {
                continue;
            }
            keys.put(kid, rsaKey(text(jwk, "n"), text(jwk, "e")));
        }
        return Map.copyOf(keys);
    }

    private static String text(JsonObject jwk, String name) {
        return jwk.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static PublicKey rsaKey(String modulus, String exponent) {
        try {
            var decoder = Base64.getUrlDecoder();
            var spec = new RSAPublicKeySpec(
                    new BigInteger(1, decoder.decode(modulus)), new BigInteger(1, decoder.decode(exponent)));
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("Not an RSA key in the JWKS: " + e.getMessage(), e);
        }
    }
}
