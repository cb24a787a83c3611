package network.twincities.webhook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import network.twincities.platform.ResourceName;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Search;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Authorization;
import network.twincities.platform.security.Caller;
import network.twincities.platform.write.Writes;
import network.twincities.webhook.control.WebhookDeliveries;
import network.twincities.webhook.entity.Webhook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ResourceName.Paths.WEBHOOKS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Events of the network POSTed to partner systems, signed (Standard Webhooks)")
public class WebhooksResource {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "url", "url");
    static final int LOG_SIZE = 100;
    static final String EXAMPLE = """
            {"url": "https://partner.example.org/twincities/webhooks",
             "events": ["project.created", "project.updated", "project.deleted", "mou.signed"]}""";

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Webhooks webhooks;

    @Inject
    Writes writes;

    @Inject
    Authorization authorization;

    @Inject
    Caller caller;

    @Inject
    IssuedSecret issued;

    @Inject
    WebhookDeliveries deliveries;

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "The caller's webhooks",
            description = "Forum administrators and API clients, each its own.")
    @APIResponse(
            responseCode = "200",
            description = "A page of webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookPage")))
    public Page<WebhookRepresentation> list(
            @Parameter(description = "Zero-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") String size,
            @Parameter(description = "field,asc|desc; fields: createdAt, url", example = "createdAt,asc")
                    @QueryParam("sort")
                    String sort) {
        authorization.require(Action.MANAGE_WEBHOOKS);
        var request = PageRequest.parse(page, size, sort, SORTABLE, "createdAt");
        return Search.of(em, Webhook.class, "w")
                .where("w.owner = :owner", "owner", caller.name())
                .thenBy("id")
                .page(request)
                .map(webhooks::represent);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a webhook",
            description = "Forum administrators and API clients. Without a secret the server makes one and shows it"
                    + " in this answer only. The URL must be public unless the deployment allows loopback or"
                    + " private addresses (else 422).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "Webhook"),
                            examples = @ExampleObject(name = "Projects and signed MoUs", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Subscribed, with its Location and ETag (and the secret the server made, if it did)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
    public Response create(InputStream body) {
        var created = writes.create(webhooks, body);
        var secret = issued.secret();
        if (secret == null) {
            return created;
        }
        var representation = (WebhookRepresentation) created.getEntity();
        return Response.fromResponse(created)
                .entity(representation.withSecret(secret.text()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "One of the caller's webhooks",
            description = "Its owner (another caller's: 404). Never with its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The webhook, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
    public Response get(@PathParam("id") String id) {
        return writes.get(webhooks, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Unsubscribe a webhook",
            description = "Its owner; needs If-Match. Its pending deliveries are dropped.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return writes.delete(webhooks, id, ifMatch);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook's delivery log",
            description = "Its owner: the newest 100 deliveries, newest first, with their attempts and outcome.")
    @APIResponse(
            responseCode = "200",
            description = "The deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryRepresentation.class)))
    public List<DeliveryRepresentation> deliveries(@PathParam("id") String id) {
        var webhook =
                webhooks.find(id).orElseThrow(() -> ProblemException.notFound(ResourceName.WEBHOOKS.notFound(id)));
        authorization.require(Action.MANAGE_WEBHOOKS);
        return deliveries.log(webhook.id(), LOG_SIZE).stream()
                .map(DeliveryRepresentation::of)
                .toList();
    }
}
