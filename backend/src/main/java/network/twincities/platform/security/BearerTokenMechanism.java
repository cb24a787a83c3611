package network.twincities.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.platform.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates bearer tokens of the Keycloak realm, configured with the MicroProfile JWT keys
 * ({@code mp.jwt.verify.issuer}, {@code .publickey.location}, {@code .audiences},
 * {@code .publickey.algorithm}, {@code .clock.skew}). It replaces Payara's MP-JWT mechanism, which
 * parsed the JWKS, rebuilt the key and checked the signature again on every request: here the keys
 * are kept and a verified token is remembered until it expires (see {@link TokenVerifier}).
 *
 * <p>A token of a client whose access was revoked is refused although it is valid (every
 * {@link ClientGate} is asked); the gates also learn which clients call.
 *
 * <p>No token: the request goes on anonymously, and {@link AuthenticationFilter} answers 401 unless it
 * reads the API root. A token that fails verification: 401 at once (a problem, via the error pages).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String keysLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.algorithm", defaultValue = "RS256")
    String algorithm;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "0")
    long clockSkewSeconds;

    @Inject
    @Any
    Instance<ClientGate> gates;

    @Inject
    @Any
    Instance<TokenSeen> observers;

    private TokenVerifier verifier;

    @PostConstruct
    void init() {
        List<String> accepted = audiences.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
        var keys = new RealmKeys(document(URI.create(keysLocation)), algorithm, Clock.systemUTC());
        verifier = new TokenVerifier(issuer, accepted, algorithm, clockSkewSeconds, keys, Clock.systemUTC());
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        try {
            BearerToken token =
                    verifier.verify(header.substring(BEARER.length()).trim());
            if (token.clientId() != null) {
                for (ClientGate gate : gates) {
                    if (gate.refuses(token.clientId())) {
                        throw new InvalidTokenException("client " + token.clientId() + " was revoked");
                    }
                }
                for (ClientGate gate : gates) {
                    gate.used(token.clientId());
                }
            }
            request.setAttribute(BearerToken.ATTRIBUTE, token);
            if (!token.roles().contains(Roles.API_CLIENT)) {
                for (TokenSeen observer : observers) {
                    observer.seen(token);
                }
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(token.name()), token.roles());
        } catch (InvalidTokenException e) {
            LOG.log(Level.FINE, "Refused a bearer token: {0}", e.getMessage());
            return context.responseUnauthorized();
        }
    }

    /** Reads the JWKS document: over HTTP(S) with timeouts, else (a file) as a URL. */
    static Supplier<String> document(URI location) {
        if (!"http".equals(location.getScheme()) && !"https".equals(location.getScheme())) {
            return () -> {
                try (InputStream in = location.toURL().openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest get = HttpRequest.newBuilder(location)
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .GET()
                .build();
        return () -> {
            try {
                var response = http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(location + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading " + location, e);
            }
        };
    }
}
