package network.twincities.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may point. Public addresses only, unless the deployment allows more with
 * {@code twincities.webhooks.allowed-targets}: {@code loopback} (also this machine: the demo run) or
 * {@code private} (also loopback, private and link-local networks: a partner inside the same network).
 * Checked when a webhook is made and again before each delivery, as a name may resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookTargets {

    enum Allowed {
        PUBLIC,
        LOOPBACK,
        PRIVATE
    }

    @Inject
    @ConfigProperty(name = "twincities.webhooks.allowed-targets", defaultValue = "public")
    String allowedTargets;

    /** Why a URL may not receive webhooks here, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("must be an http or https URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + uri.getHost());
        }
        Allowed allowed = allowed();
        for (var address : addresses) {
            if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
                return Optional.of("must not point at " + address.getHostAddress());
            }
            boolean loopback = address.isLoopbackAddress();
            boolean internal = address.isSiteLocalAddress() || address.isLinkLocalAddress() || uniqueLocal(address);
            if (loopback && allowed == Allowed.PUBLIC || internal && allowed != Allowed.PRIVATE) {
                return Optional.of("points at a " + (loopback ? "loopback" : "private") + " address ("
                        + address.getHostAddress() + "), which this deployment does not allow");
            }
        }
        return Optional.empty();
    }

    private Allowed allowed() {
        try {
            return Allowed.valueOf(allowedTargets.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Allowed.PUBLIC;
        }
    }

    /** IPv6 unique local addresses (fc00::/7), the IPv6 private networks. */
    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
