package network.twincities.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import network.twincities.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
                        description = "Territories, partner organizations, memoranda of understanding, best"
                                + " practices and collaborative projects of the Twin Cities initiative."),
        security = @SecurityRequirement(name = "bearer"),
        components =
                @Components(
                        responses = {
                            @APIResponse(
                                    name = "BadRequest",
                                    description =
                                            "Unreadable request: a bad query parameter, malformed JSON, or not a JSON object",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Unauthorized",
                                    description =
                                            "No valid bearer token (missing, expired, forged, or for another issuer or audience)",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Forbidden",
                                    description =
                                            "Authenticated, but the caller's role (or territory) does not allow this; nothing changed",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "NotFound",
                                    description = "No such resource",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Conflict",
                                    description =
                                            "Conflicts with the current state: a duplicate slug, or still referenced; detail says why",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "PreconditionFailed",
                                    description =
                                            "If-Match names an older version: someone changed the resource since it was read",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "PayloadTooLarge",
                                    description = "The body is larger than 1 MiB",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "UnsupportedMediaType",
                                    description = "The body is not application/json",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Invalid",
                                    description = "Invalid content: errors names each bad field by its JSON path",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "PreconditionRequired",
                                    description = "If-Match is required (the ETag of the version edited)",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = Problem.class)))
                        }))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the Keycloak realm `twincities`.")
public class TwinCitiesApi extends Application {}
