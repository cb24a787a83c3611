package network.twincities.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Forges tokens from real ones, to prove the backend refuses them. */
public final class Jwt {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwt() {}

    public static String header(String token) {
        return new String(DECODER.decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    public static String payload(String token) {
        return new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The same header and claims, signed with a key of our own instead of Keycloak's. */
    public static String resignedWithOtherKey(String token) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            String[] parts = token.split("\\.");
            String signingInput = parts[0] + "." + parts[1];
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims, unsigned, with {@code "alg": "none"}. */
    public static String unsigned(String token) {
        String header = ENCODER.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The same signature over claims changed by {@code edit}: a tampered payload. */
    public static String tampered(String token, java.util.function.UnaryOperator<String> edit) {
        String[] parts = token.split("\\.");
        String payload = ENCODER.encodeToString(edit.apply(payload(token)).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
