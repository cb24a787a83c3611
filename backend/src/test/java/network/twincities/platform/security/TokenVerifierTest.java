package network.twincities.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks of a bearer token, with keys of our own, and what the verification cache may remember. */
class TokenVerifierTest {

    static final String ISSUER = "http://localhost:8180/realms/twincities";
    static final long NOW = 1_800_000_000L;
    static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    static final KeyPair REALM = keyPair();
    static final KeyPair OTHER = keyPair();

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(NOW));
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicReference<String> jwks = new AtomicReference<>(jwks("k1", REALM));
    Clock clock;
    TokenVerifier verifier;

    @BeforeEach
    void setUp() {
        clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var keys = new RealmKeys(
                () -> {
                    fetches.incrementAndGet();
                    return jwks.get();
                },
                "RS256",
                clock);
        verifier = new TokenVerifier(ISSUER, List.of("twincities-api"), "RS256", 5, keys, clock);
    }

    @Test
    void acceptsARealTokenAndReadsItsCaller() {
        var token = verifier.verify(sign(header("k1"), claims(""), REALM));
        assertThat(token.name()).isEqualTo("official.casablanca");
        assertThat(token.roles()).containsExactly("official");
        assertThat(token.territory()).isEqualTo("casablanca-settat");
        assertThat(token.expiresAt()).isEqualTo(NOW + 300);
    }

    @Test
    void aTokenWithoutGroupsHasNoRoles() {
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"u1\",\"iat\":" + NOW + ",\"exp\":" + (NOW + 300)
                + ",\"aud\":\"twincities-api\",\"preferred_username\":\"no.role\"}";
        var token = verifier.verify(sign(header("k1"), claims, REALM));
        assertThat(token.roles()).isEmpty();
        assertThat(token.territory()).isNull();
        assertThat(Policy.allows(new Caller(token).roles(), Action.READ)).isFalse();
    }

    @Test
    void refusesASignatureOfAnotherKey() {
        assertRefused(sign(header("k1"), claims(""), OTHER));
    }

    @Test
    void refusesAnUnsignedToken() {
        String real = sign(header("k1"), claims(""), REALM);
        String none = BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"k1\"}".getBytes()) + "."
                + real.split("\\.")[1] + ".";
        assertRefused(none);
        assertRefused(none + real.split("\\.")[2]);
    }

    @Test
    void refusesOtherAlgorithmsAndTypes() {
        assertRefused(sign("{\"alg\":\"RS512\",\"typ\":\"JWT\",\"kid\":\"k1\"}", claims(""), REALM, "SHA512withRSA"));
        assertRefused(sign("{\"alg\":\"RS256\",\"typ\":\"JWE\",\"kid\":\"k1\"}", claims(""), REALM));
        assertRefused(sign("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims(""), REALM));
    }

    @Test
    void refusesClaimsChangedAfterSigning() {
        String[] parts = sign(header("k1"), claims(""), REALM).split("\\.");
        String forged = BASE64URL.encodeToString(
                claims("").replace("casablanca-settat", "rehamna").getBytes(StandardCharsets.UTF_8));
        assertRefused(parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void refusesGarbage() {
        for (String garbage : List.of("", "not-a-token", "a.b.c", "a.b", "..", "a.b.c.d", "e30.e30.e30")) {
            assertRefused(garbage);
        }
    }

    @Test
    void refusesAnotherIssuerOrAudience() {
        assertRefused(sign(header("k1"), claims("").replace(ISSUER, "http://127.0.0.1:8180/realms/twincities"), REALM));
        assertRefused(sign(header("k1"), claims("").replace(ISSUER, "http://localhost:8180/realms/master"), REALM));
        assertRefused(sign(header("k1"), claims("").replace("\"twincities-api\"", "\"account\""), REALM));
    }

    @Test
    void refusesMissingRequiredClaims() {
        assertRefused(sign(header("k1"), claims("").replace("\"sub\":\"u1\",", ""), REALM));
        assertRefused(sign(header("k1"), claims("").replace("\"iat\":" + NOW + ",", ""), REALM));
    }

    @Test
    void refusesAnExpiredTokenOnceTheClockSkewIsOver() {
        String token = sign(header("k1"), claims(""), REALM);
        now.set(Instant.ofEpochSecond(NOW + 300 + 4));
        assertThat(verifier.verify(token).name()).isEqualTo("official.casablanca");
        now.set(Instant.ofEpochSecond(NOW + 300 + 5));
        assertRefused(token);
    }

    @Test
    void rememberedTokensStillExpire() {
        String token = sign(header("k1"), claims(""), REALM);
        verifier.verify(token);
        assertThat(verifier.cached()).isEqualTo(1);
        now.set(Instant.ofEpochSecond(NOW + 299));
        verifier.verify(token);
        now.set(Instant.ofEpochSecond(NOW + 400));
        assertRefused(token);
        assertThat(verifier.cached()).isZero();
    }

    @Test
    void theKeysAreFetchedOnceNotPerToken() {
        for (int i = 0; i < 5; i++) {
            verifier.verify(sign(header("k1"), claims(",\"jti\":\"" + i + "\""), REALM));
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void anUnknownKeyIdFetchesTheKeysAgainAtMostOncePerInterval() {
        verifier.verify(sign(header("k1"), claims(""), REALM));
        jwks.set(jwks("k2", OTHER));
        assertRefused(sign(header("k3"), claims(""), OTHER)); // too soon after the first fetch
        assertThat(fetches).hasValue(1);
        now.set(now.get().plus(RealmKeys.MIN_INTERVAL));
        var rotated = verifier.verify(sign(header("k2"), claims(",\"jti\":\"2\""), OTHER));
        assertThat(rotated.name()).isEqualTo("official.casablanca");
        assertThat(fetches).hasValue(2);
        assertRefused(sign(header("k3"), claims(""), OTHER));
        assertRefused(sign(header("k4"), claims(""), OTHER));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void requestsThatArriveWhileTheKeysAreFetchedWaitForThemInsteadOfBeingRefused() throws Exception {
        // a new instance: its first requests come at once, and the first one fetches the keys
        var fetching = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var keys = new RealmKeys(
                () -> {
                    fetches.incrementAndGet();
                    fetching.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return jwks.get();
                },
                "RS256",
                clock);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> keys.find("k1"));
            assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();
            var second = pool.submit(() -> keys.find("k1"));
            Thread.sleep(200);
            assertThat(second.isDone())
                    .as("the second waits for the first one's fetch")
                    .isFalse();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(second.get(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(fetches).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRemovedKeyStopsBeingTrustedEvenForRememberedTokens() {
        String token =
                sign(header("k1"), claims("").replace("\"exp\":" + (NOW + 300), "\"exp\":" + (NOW + 3600)), REALM);
        verifier.verify(token);
        now.set(now.get().plus(RealmKeys.MAX_AGE).plusSeconds(1));
        verifier.verify(token); // the keys are fetched again, unchanged: still remembered
        assertThat(fetches).hasValue(2);
        jwks.set(jwks("k2", OTHER));
        now.set(now.get().plus(RealmKeys.MAX_AGE).plusSeconds(1));
        assertRefused(token);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void encryptionKeysOfTheJwksAreNotTrustedForSignatures() {
        jwks.set(jwks.get().replace("\"use\":\"sig\"", "\"use\":\"enc\""));
        assertRefused(sign(header("k1"), claims(""), REALM));
    }

    void assertRefused(String token) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    static String header(String kid) {
        return "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
    }

    static String claims(String more) {
        return "{\"iss\":\"" + ISSUER + "\",\"sub\":\"u1\",\"iat\":" + NOW + ",\"exp\":" + (NOW + 300)
                + ",\"aud\":[\"twincities-api\",\"account\"],\"typ\":\"Bearer\",\"groups\":[\"official\"],"
                + "\"territory\":\"casablanca-settat\",\"preferred_username\":\"official.casablanca\"" + more + "}";
    }

    static String sign(String header, String claims, KeyPair keys) {
        return sign(header, claims, keys, "SHA256withRSA");
    }

    static String sign(String header, String claims, KeyPair keys, String algorithm) {
        try {
            String input = BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            var signature = Signature.getInstance(algorithm);
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String jwks(String kid, KeyPair keys) {
        var key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kid\":\"enc\",\"kty\":\"RSA\",\"alg\":\"RSA-OAEP\",\"use\":\"enc\",\"n\":\"AQAB\",\"e\":\"AQAB\"},"
                + "{\"kid\":\"" + kid + "\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
                + BASE64URL.encodeToString(key.getModulus().toByteArray()) + "\",\"e\":\""
                + BASE64URL.encodeToString(key.getPublicExponent().toByteArray()) + "\"}]}";
    }

    static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
