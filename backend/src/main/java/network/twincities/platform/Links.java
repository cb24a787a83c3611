package network.twincities.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links the API hands out ({@code Location}, the API root) start from the configured public URL of
 * the API, never from the request's {@code Host} header, which a client (or a proxy) may set to anything.
 */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "twincities.api.public-url", defaultValue = "http://localhost:8080/api/v1")
    String publicUrl;

    /** The API root. */
    public URI root() {
        return URI.create(base());
    }

    public URI collection(ResourceName resource) {
        return URI.create(base() + "/" + resource.path());
    }

    public URI resource(ResourceName resource, String id) {
        return URI.create(base() + "/" + resource.path() + "/" + id);
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
