package network.twincities.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import network.twincities.people.entity.Person;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Authorization;
import network.twincities.platform.security.Caller;
import network.twincities.platform.write.Writes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile", description = "The signed-in caller's own profile and preferred language")
public class MeResource {

    @Inject
    Profiles profiles;

    @Inject
    Writes writes;

    @Inject
    Authorization authorization;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "getMe",
            summary = "The caller's own profile",
            description = "Officials and forum administrators (an API client has no profile: 403): name, e-mail,"
                    + " territory and roles as Keycloak keeps them, and the preferred language.")
    @APIResponse(
            responseCode = "200",
            description = "The caller, with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Person")))
    public Response get() {
        authorization.require(Action.READ_OWN_PROFILE);
        return writes.get(profiles, me().id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateMe",
            summary = "Choose one's language",
            description =
                    "Officials and forum administrators; needs If-Match. Only language (en, fr, ar) changes: Keycloak"
                            + " keeps it as the user's locale, so its pages and e-mails use it too, as does the UI.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Person"),
                            examples = @ExampleObject(name = "Arabic", value = "{\"language\": \"ar\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Changed, with the new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Person")))
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body) {
        authorization.require(Action.EDIT_OWN_PROFILE);
        return writes.update(profiles, me().id(), ifMatch, body);
    }

    private Person me() {
        return profiles.mine()
                .orElseThrow(() -> ProblemException.notFound("No person signs in as '" + caller.name() + "'."));
    }
}
