package network.twincities.ui.people;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import network.twincities.ui.platform.api.Page;
import network.twincities.ui.platform.api.ProblemResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The backend's {@code /people} (forum administrators) and {@code /me} (every signed-in person); inject it
 * as {@code @Backend}. Error statuses throw {@code BackendException}; writes send {@code If-Match}.
 */
@RegisterRestClient(configKey = "twincities-api")
@RegisterProvider(ProblemResponseExceptionMapper.class)
@Path("/")
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public interface PeopleClient {

    /** One page, sorted and filtered; null parameters are left out. */
    @GET
    @Path("people")
    Page<Person> list(
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q,
            @QueryParam("territory") String territory,
            @QueryParam("role") String role);

    @GET
    @Path("people/{id}")
    Person get(@PathParam("id") String id);

    /** Invites an official: Keycloak e-mails them the link to set their password. */
    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    Person invite(Person invitation);

    @PUT
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Person update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Person value);

    @GET
    @Path("me")
    Person me();

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    Person updateMe(@HeaderParam("If-Match") String ifMatch, Person value);
}
