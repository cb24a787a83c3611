package network.twincities.platform.openapi;

import jakarta.ws.rs.ApplicationPath;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.platform.TwinCitiesApi;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Turns the document Payara generates into the one consumers generate their clients from: one server,
 * the API's public base ({@value #PUBLIC_URL}), paths relative to it ({@code /territories}, not
 * {@code /v1/territories}), none of Payara's non-standard top-level {@code endpoints}, no keywords that
 * Payara copies from the annotations' defaults ({@code maxProperties: 0}, {@code exclusiveMaximum:
 * false} without a maximum, ...), and examples as the JSON they show rather than strings of it.
 *
 * <p>Registered with {@code mp.openapi.filter}; Payara creates it with the no-argument constructor and
 * calls {@link #filterOpenAPI} last, once the rest of the document is built.
 */
public class ApiDocumentFilter implements OASFilter {

    /** The API's base URL as consumers reach it, e.g. {@code https://api.example.org/api/v1}. */
    public static final String PUBLIC_URL = "twincities.api.public-url";

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    private final String publicUrl;
    private final String applicationPath;

    public ApiDocumentFilter() {
        this(
                ConfigProvider.getConfig(ApiDocumentFilter.class.getClassLoader())
                        .getValue(PUBLIC_URL, String.class),
                TwinCitiesApi.class.getAnnotation(ApplicationPath.class).value());
    }

    /**
     * @param publicUrl the API's public base URL, the document's one server
     * @param applicationPath the JAX-RS application path that Payara puts in front of every path
     */
    ApiDocumentFilter(String publicUrl, String applicationPath) {
        this.publicUrl = withoutTrailingSlash(publicUrl.strip());
        this.applicationPath =
                withoutTrailingSlash(applicationPath.startsWith("/") ? applicationPath : "/" + applicationPath);
    }

    /** Payara writes every attribute of {@code @Schema}, defaults included; these are not constraints. */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getType() == Schema.SchemaType.STRING && schema.getProperties() != null) {
            // the body of a Response (a CSV, a PDF): Payara fills its string schema with another class's
            // properties and description; a string has none
            schema.setProperties(null);
            schema.setDescription(null);
        }
        schema.setExample(Examples.asJson(schema.getExample(), schema));
        if (schema.getRef() != null) {
            // a reference stands alone: OpenAPI 3.0 ignores what Payara writes beside it (type, format, ...)
            schema.setType(null);
            schema.setFormat(null);
            schema.setReadOnly(null);
            schema.setWriteOnly(null);
            schema.setDescription(null);
            schema.setExample(null);
            schema.setNullable(null);
        }
        return schema;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        return operation;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        parameter.setExample(Examples.asJson(parameter.getExample(), parameter.getSchema()));
        examples(parameter.getExamples(), parameter.getSchema());
        return parameter;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        examples(body.getContent());
        return body;
    }

    /**
     * Every error is {@code application/problem+json} with the {@code Problem} schema; Payara writes a
     * bare {@code type: object} for {@code @Schema(implementation = Problem.class)} in the components.
     */
    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        var content = response.getContent();
        var problem = content == null ? null : content.getMediaType(PROBLEM_JSON);
        if (problem != null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
        examples(content);
        return response;
    }

    private static void examples(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            media.setExample(Examples.asJson(media.getExample(), media.getSchema()));
            examples(media.getExamples(), media.getSchema());
        }
    }

    private static void examples(Map<String, Example> examples, Schema schema) {
        if (examples != null) {
            examples.values().forEach(example -> example.setValue(Examples.asJson(example.getValue(), schema)));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.setServers(
                List.of(OASFactory.createServer().url(publicUrl).description("The TwinCities Network API")));
        if (document.getPaths() != null) {
            relativize(document.getPaths());
        }
        dropEndpoints(document);
        ProblemResponses.addTo(document);
    }

    private void relativize(Paths paths) {
        var relative = new LinkedHashMap<String, PathItem>();
        paths.getPathItems().forEach((path, item) -> relative.put(relative(path), item));
        paths.setPathItems(relative);
    }

    /** {@code /v1/territories} → {@code /territories}; the application path itself → {@code /}. */
    String relative(String path) {
        if (applicationPath.isEmpty()) {
            return path;
        }
        if (path.equals(applicationPath) || path.equals(applicationPath + "/")) {
            return "/";
        }
        if (path.startsWith(applicationPath + "/")) {
            return path.substring(applicationPath.length());
        }
        return path;
    }

    /**
     * Payara's model adds a top-level {@code endpoints} map that OpenAPI does not know; it is written
     * only when not empty. Other implementations have no such property: nothing to do there.
     */
    static void dropEndpoints(OpenAPI document) {
        Method setter;
        try {
            setter = document.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            setter.invoke(document, new HashMap<String, Object>());
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "Could not drop the non-standard endpoints of the OpenAPI document", e);
        }
    }

    private static String withoutTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
