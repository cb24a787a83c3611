package network.twincities.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The successful answers of the API's resources, each with the resource's ETag. */
public final class Responses {

    private Responses() {}

    /** 200 with the resource and its ETag. */
    public static Response ok(Object representation, int version) {
        return Response.ok(representation).tag(Preconditions.etag(version)).build();
    }

    /** 201 with the new resource, its {@code Location} (below the collection that was posted to) and ETag. */
    public static Response created(UriInfo uri, String id, Object representation, int version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .tag(Preconditions.etag(version))
                .entity(representation)
                .build();
    }
}
