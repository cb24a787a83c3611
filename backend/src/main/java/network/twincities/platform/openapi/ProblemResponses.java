package network.twincities.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what the one write path and the platform answer, so that no operation can forget or
 * contradict them: each operation gets the problem responses its shape implies (a path id: 404; a
 * write: 403 and 409; a body: 413, 415, 422; an edit or removal: 428, 412; an action's optional
 * If-Match: 412; any authenticated call: 401 and 503), and every list's {@code <Item>Page} schema is made from its item's schema.
 */
public final class ProblemResponses {

    static final String RESPONSES = "#/components/responses/";
    static final String SCHEMAS = "#/components/schemas/";
    static final String PAGE = "Page";

    /** The problem responses of the API: name, status, description. */
    static final List<String[]> PROBLEMS = List.of(
            new String[] {
                "BadRequest", "400", "Unreadable request: a bad query parameter, malformed JSON, or not a JSON object"
            },
            new String[] {
                "Unauthorized",
                "401",
                "No valid bearer token (missing, expired, forged, or for another issuer or audience)"
            },
            new String[] {
                "Forbidden",
                "403",
                "Authenticated, but the caller's role (or territory) does not allow this; nothing changed"
            },
            new String[] {"NotFound", "404", "No such resource"},
            new String[] {
                "Conflict", "409", "Conflicts with the current state: a duplicate, or still referenced; detail says why"
            },
            new String[] {
                "PreconditionFailed",
                "412",
                "If-Match names an older version: someone changed the resource since it was read"
            },
            new String[] {"PayloadTooLarge", "413", "The body is larger than 1 MiB"},
            new String[] {"UnsupportedMediaType", "415", "The body is not application/json"},
            new String[] {"Invalid", "422", "Invalid content: errors names each bad field by its JSON path"},
            new String[] {"PreconditionRequired", "428", "If-Match is required (the ETag of the version edited)"},
            new String[] {
                "Unavailable", "503", "The database is unreachable for now; retry after the Retry-After seconds"
            });

    private ProblemResponses() {}

    public static void addTo(OpenAPI openapi) {
        if (openapi.getPaths() == null || openapi.getPaths().getPathItems() == null) {
            return;
        }
        defineProblems(openapi);
        var items = openapi.getComponents().getSchemas() == null
                ? Map.<String, Schema>of()
                : openapi.getComponents().getSchemas();
        var pages = new LinkedHashMap<String, Schema>();
        for (var paths : openapi.getPaths().getPathItems().entrySet()) {
            PathItem path = paths.getValue();
            for (var entry : path.getOperations().entrySet()) {
                var operation = entry.getValue();
                for (String name : implied(entry.getKey(), isRoot(paths.getKey()), path, operation)) {
                    String status = status(name);
                    if (operation.getResponses() != null
                            && !operation.getResponses().hasAPIResponse(status)) {
                        operation
                                .getResponses()
                                .addAPIResponse(
                                        status, OASFactory.createAPIResponse().ref(RESPONSES + name));
                    }
                }
                if (needsIfMatch(entry.getKey())) {
                    documentIfMatch(operation);
                }
                collectPages(operation, items, pages);
            }
        }
        pages.forEach(openapi.getComponents()::addSchema);
    }

    /** The names of the problem responses an operation of this shape may answer. */
    static List<String> implied(PathItem.HttpMethod method, boolean root, PathItem path, Operation operation) {
        var names = new ArrayList<String>();
        boolean anonymous = root && method == PathItem.HttpMethod.GET;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasId = hasPathParameter(path.getParameters()) || hasPathParameter(operation.getParameters());
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (hasInput) {
            names.add("BadRequest");
        }
        if (!anonymous) {
            names.add("Unauthorized");
            names.add("Unavailable");
        }
        if (hasId) {
            names.add("NotFound");
        }
        if (write) {
            names.add("Forbidden");
            names.add("Conflict");
        }
        if (operation.getRequestBody() != null) {
            names.add("PayloadTooLarge");
            names.add("UnsupportedMediaType");
            names.add("Invalid");
        }
        if (needsIfMatch(method)) {
            names.add("PreconditionRequired");
            names.add("PreconditionFailed");
        } else if (hasIfMatch(operation.getParameters())) {
            names.add("PreconditionFailed"); // an action's optional If-Match
        }
        return names;
    }

    static boolean needsIfMatch(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
    }

    /** The {@code If-Match} header every edit and removal needs, documented once. */
    static void documentIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter
                        .required(true)
                        .description("The ETag of the version read (as GET served it): a change to an older"
                                + " version is refused (412), none without it (428)")
                        .example("\"3\"");
            }
        }
    }

    /**
     * The API root ("/" once the paths are relative to the server), whose GET is the one anonymous operation (see
     * {@link network.twincities.platform.security.AuthenticationFilter}).
     */
    static boolean isRoot(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.isEmpty();
    }

    private static boolean hasIfMatch(List<Parameter> parameters) {
        return parameters != null
                && parameters.stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static boolean hasPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static String status(String name) {
        return PROBLEMS.stream().filter(p -> p[0].equals(name)).findFirst().orElseThrow()[1];
    }

    private static void defineProblems(OpenAPI openapi) {
        if (openapi.getComponents() == null) {
            openapi.setComponents(OASFactory.createComponents());
        }
        var components = openapi.getComponents();
        for (String[] problem : PROBLEMS) {
            APIResponse response = OASFactory.createAPIResponse()
                    .description(problem[2])
                    .content(OASFactory.createContent()
                            .addMediaType(
                                    "application/problem+json",
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"))));
            components.addResponse(problem[0], response);
        }
    }

    /** Every {@code $ref} to a missing {@code <Item>Page} schema whose item schema exists gets one. */
    private static void collectPages(Operation operation, Map<String, Schema> schemas, Map<String, Schema> pages) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (var response : operation.getResponses().getAPIResponses().values()) {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                continue;
            }
            for (var media : response.getContent().getMediaTypes().values()) {
                String ref =
                        media.getSchema() == null ? null : media.getSchema().getRef();
                if (ref == null || !ref.startsWith(SCHEMAS) || !ref.endsWith(PAGE)) {
                    continue;
                }
                String page = ref.substring(SCHEMAS.length());
                String item = page.substring(0, page.length() - PAGE.length());
                if (!schemas.containsKey(page) && schemas.containsKey(item)) {
                    pages.put(page, page(item));
                }
            }
        }
    }

    static Schema page(String item) {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("One page of a list, in the order asked for")
                .addProperty(
                        "items",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(SCHEMAS + item)))
                .addProperty(
                        "page",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(java.math.BigDecimal.ZERO)
                                .description("The zero-based page number"))
                .addProperty(
                        "size",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("The page size asked for"))
                .addProperty(
                        "total",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int64")
                                .description("How many items the whole list has"))
                .required(List.of("items", "page", "size", "total"));
    }
}
