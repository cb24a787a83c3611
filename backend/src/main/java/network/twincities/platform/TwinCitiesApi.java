package network.twincities.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, at {@code /api/v1} (the WAR is deployed as {@code api}). Bearer tokens of the Keycloak
 * realm {@code twincities} authenticate every call but the API root, through our own
 * {@link network.twincities.platform.security.BearerTokenMechanism} (no {@code @LoginConfig}: Payara's
 * MP-JWT mechanism verified every token from scratch on every request).
 */
@ApplicationScoped
@ApplicationPath("/v1")
@DeclareRoles({Roles.OFFICIAL, Roles.FORUM_ADMIN, Roles.API_CLIENT})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "TwinCities Network API",
                        version = "1",
                        contact = @Contact(name = "TwinCities Network", url = "https://twincities.network"),
                        description = "Territories, partner organizations, memoranda of understanding, best"
                                + " practices and collaborative projects of the Twin Cities initiative."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the Keycloak realm `twincities`.")
public class TwinCitiesApi extends Application {

    private static final Set<Class<?>> CLASSES = ApiClasses.beside(TwinCitiesApi.class);

    /** Only the application's own resources and providers, never a library's (see {@link ApiClasses}). */
    @Override
    public Set<Class<?>> getClasses() {
        return CLASSES;
    }

    /**
     * Jersey reads no providers from the libraries' {@code META-INF/services} either: the bundled RESTEasy
     * client and Jackson provider declare theirs there, for their own client only.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.disableMetainfServicesLookup", true,
                "jersey.config.server.disableMetainfServicesLookup", true);
    }
}
