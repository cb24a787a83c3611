package network.twincities.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the access tokens of the realm, as MicroProfile JWT says: a JWS of type {@code JWT} signed
 * with the configured algorithm by one of the realm's keys, with claims {@code iss} (the configured
 * issuer), {@code sub}, {@code iat}, {@code exp} (not passed, give or take the clock skew) and
 * {@code aud} (one of the configured audiences); {@code nbf} is honoured when present.
 *
 * <p>A verified token is remembered, by the SHA-256 of its text, until its {@code exp} and never
 * longer, so that the next request with the same token skips the parsing and the signature check.
 * The memory is bounded and forgotten when the realm's keys change.
 */
final class TokenVerifier {

    static final int CACHE_SIZE = 10_000;

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private record Verified(BearerToken token, long keysVersion) {}

    private final String issuer;
    private final List<String> audiences;
    private final String algorithm;
    private final String javaAlgorithm;
    private final long clockSkewSeconds;
    private final RealmKeys keys;
    private final Clock clock;
    private final Map<String, Verified> cache = new ConcurrentHashMap<>();

    /**
     * @param audiences accepted audiences; empty accepts any
     * @param algorithm the one accepted JWS algorithm: RS256, RS384 or RS512
     */
    TokenVerifier(
            String issuer,
            List<String> audiences,
            String algorithm,
            long clockSkewSeconds,
            RealmKeys keys,
            Clock clock) {
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        this.algorithm = algorithm;
        this.javaAlgorithm = switch (algorithm) {
            case "RS256" -> "SHA256withRSA";
            case "RS384" -> "SHA384withRSA";
            case "RS512" -> "SHA512withRSA";
            default -> throw new IllegalArgumentException("Unsupported token signature algorithm " + algorithm);
        };
        this.clockSkewSeconds = clockSkewSeconds;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The caller that this token names.
     *
     * @throws InvalidTokenException if the token is not to be trusted
     */
    BearerToken verify(String raw) {
        String digest = sha256(raw);
        long now = clock.millis() / 1000;
        long keysVersion = keys.version();
        Verified known = cache.get(digest);
        if (known != null) {
            if (now < known.token().expiresAt() && known.keysVersion() == keysVersion) {
                return known.token();
            }
            cache.remove(digest, known);
        }
        BearerToken token = verifyFully(raw, now);
        remember(digest, new Verified(token, keysVersion), now);
        return token;
    }

    private void remember(String digest, Verified verified, long now) {
        if (now >= verified.token().expiresAt()) {
            return; // still within the clock skew: valid now, but not worth keeping
        }
        if (cache.size() >= CACHE_SIZE) {
            cache.values().removeIf(v -> now >= v.token().expiresAt());
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
        }
        cache.put(digest, verified);
    }

    int cached() {
        return cache.size();
    }

    private BearerToken verifyFully(String raw, long now) {
        int first = raw.indexOf('.');
        int second = first < 0 ? -1 : raw.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || second == raw.length() - 1 || raw.indexOf('.', second + 1) >= 0) {
            throw new InvalidTokenException("not a signed JWT (three non-empty parts)");
        }
        JsonObject header = json(raw.substring(0, first), "header");
        String alg = BearerToken.string(header, "alg");
        if (!algorithm.equals(alg)) {
            throw new InvalidTokenException("algorithm " + alg + " instead of " + algorithm);
        }
        if (!"JWT".equals(BearerToken.string(header, "typ"))) {
            throw new InvalidTokenException("type is not JWT");
        }
        String kid = BearerToken.string(header, "kid");
        PublicKey key = kid == null ? null : keys.find(kid);
        if (key == null) {
            throw new InvalidTokenException("unknown key " + kid);
        }
        if (!signatureMatches(raw, second, key)) {
            throw new InvalidTokenException("bad signature");
        }
        JsonObject claims = json(raw.substring(first + 1, second), "payload");
        if (!issuer.equals(BearerToken.string(claims, "iss"))) {
            throw new InvalidTokenException("issuer " + BearerToken.string(claims, "iss"));
        }
        if (BearerToken.string(claims, "sub") == null) {
            throw new InvalidTokenException("no sub");
        }
        long expiresAt = BearerToken.number(claims, "exp");
        long issuedAt = BearerToken.number(claims, "iat");
        if (now >= expiresAt + clockSkewSeconds || issuedAt >= expiresAt) {
            throw new InvalidTokenException("expired");
        }
        if (claims.containsKey("nbf") && now + clockSkewSeconds < BearerToken.number(claims, "nbf")) {
            throw new InvalidTokenException("not yet valid");
        }
        if (!audiences.isEmpty() && !forUs(claims.get("aud"))) {
            throw new InvalidTokenException("audience " + claims.get("aud"));
        }
        return BearerToken.of(claims);
    }

    private boolean forUs(JsonValue aud) {
        if (aud instanceof JsonString one) {
            return audiences.contains(one.getString());
        }
        if (aud instanceof JsonArray many) {
            for (JsonValue value : many) {
                if (value instanceof JsonString one && audiences.contains(one.getString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean signatureMatches(String raw, int end, PublicKey key) {
        try {
            var signature = Signature.getInstance(javaAlgorithm);
            signature.initVerify(key);
            signature.update(raw.substring(0, end).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(BASE64URL.decode(raw.substring(end + 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("unverifiable signature", e);
        }
    }

    private static JsonObject json(String part, String what) {
        try (var reader = Jsons.PROVIDER.createReader(new ByteArrayInputStream(BASE64URL.decode(part)))) {
            return reader.readObject();
        } catch (RuntimeException e) { // JsonException, bad base64, not an object
            throw new InvalidTokenException("unreadable " + what, e);
        }
    }

    private static String sha256(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
