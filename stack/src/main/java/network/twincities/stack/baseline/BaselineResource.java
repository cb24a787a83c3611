package network.twincities.stack.baseline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The baseline service's one resource, a CDI bean as the backend's are: {@code GET /baseline/api/hello}. */
@Path("hello")
@RequestScoped
public class BaselineResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello";
    }
}
