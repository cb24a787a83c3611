package network.twincities.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.openapi.api.models.OpenAPIImpl;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    final ApiDocumentFilter filter = new ApiDocumentFilter("https://api.example.org/api/v1/", "/v1");

    /** As Payara builds it: a server per deployed WAR, paths below the JAX-RS application path. */
    static OpenAPI generated() {
        return OASFactory.createOpenAPI()
                .addServer(OASFactory.createServer().url("http://host:8080/api").description("Default Server."))
                .addServer(OASFactory.createServer().url("http://host:8080/").description("Default Server."))
                .paths(OASFactory.createPaths()
                        .addPathItem("/v1", item("root"))
                        .addPathItem("/v1/territories", item("listTerritories"))
                        .addPathItem("/v1/territories/{slug}", item("getTerritory"))
                        .addPathItem("/v1x/elsewhere", item("elsewhere")));
    }

    static PathItem item(String operationId) {
        return OASFactory.createPathItem().GET(OASFactory.createOperation().operationId(operationId));
    }

    @Test
    void oneServerThePublicBaseOfTheApi() {
        var document = generated();
        filter.filterOpenAPI(document);
        assertThat(document.getServers())
                .singleElement()
                .extracting(Server::getUrl)
                .isEqualTo("https://api.example.org/api/v1");
    }

    @Test
    void pathsRelativeToThatBase() {
        var document = generated();
        filter.filterOpenAPI(document);
        var paths = document.getPaths().getPathItems();
        assertThat(paths.keySet())
                .containsExactlyInAnyOrder("/", "/territories", "/territories/{slug}", "/v1x/elsewhere");
        assertThat(paths.get("/territories/{slug}").getGET().getOperationId()).isEqualTo("getTerritory");
        assertThat(paths.get("/").getGET().getOperationId()).isEqualTo("root");
    }

    @Test
    void applicationPathWrittenEitherWay() {
        assertThat(new ApiDocumentFilter("http://x/api/v1", "v1/").relative("/v1/axes"))
                .isEqualTo("/axes");
        assertThat(new ApiDocumentFilter("http://x/api", "/").relative("/axes")).isEqualTo("/axes");
    }

    /** Payara's model has a top-level map of endpoints that is written when not empty. */
    static class PayaraLikeDocument extends OpenAPIImpl {
        Map<String, Set<String>> endpoints = Map.of("/api", Set.of("/api/v1/territories"));

        public void setEndpoints(Map<String, Set<String>> endpoints) {
            this.endpoints = endpoints;
        }
    }

    @Test
    void payarasEndpointsDropped() {
        var document = new PayaraLikeDocument();
        filter.filterOpenAPI(document);
        assertThat(document.endpoints).isEmpty();
    }

    @Test
    void aDocumentWithoutEndpointsOrPathsIsLeftAlone() {
        var document = OASFactory.createOpenAPI();
        filter.filterOpenAPI(document);
        assertThat(document.getPaths()).isNull();
        assertThat(document.getServers()).hasSize(1);
    }

    @Test
    void annotationDefaultsDroppedRealConstraintsKept() {
        var schema = OASFactory.createSchema()
                .type(SchemaType.STRING)
                .exclusiveMaximum(false)
                .exclusiveMinimum(false)
                .minLength(0)
                .maxProperties(0)
                .minProperties(0)
                .uniqueItems(false)
                .nullable(false)
                .readOnly(false)
                .writeOnly(false)
                .deprecated(false)
                .maxLength(64)
                .pattern("[a-z0-9-]{2,64}");
        var number = OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(17))
                .exclusiveMaximum(true)
                .readOnly(true);
        filter.filterSchema(schema);
        filter.filterSchema(number);
        assertThat(schema.getExclusiveMaximum()).isNull();
        assertThat(schema.getExclusiveMinimum()).isNull();
        assertThat(schema.getMinLength()).isNull();
        assertThat(schema.getMaxProperties()).isNull();
        assertThat(schema.getMinProperties()).isNull();
        assertThat(schema.getUniqueItems()).isNull();
        assertThat(schema.getNullable()).isNull();
        assertThat(schema.getReadOnly()).isNull();
        assertThat(schema.getWriteOnly()).isNull();
        assertThat(schema.getDeprecated()).isNull();
        assertThat(schema.getMaxLength()).isEqualTo(64);
        assertThat(schema.getPattern()).isEqualTo("[a-z0-9-]{2,64}");
        assertThat(number.getExclusiveMaximum()).isTrue();
        assertThat(number.getMaximum()).isEqualTo(BigDecimal.valueOf(17));
        assertThat(number.getReadOnly()).isTrue();
    }

    @Test
    void schemaExamplesAsTheJsonTheyShow() {
        var sdgs = OASFactory.createSchema().type(SchemaType.ARRAY).example("[9, 10]");
        var population = OASFactory.createSchema().type(SchemaType.INTEGER).example("6861739");
        var location = OASFactory.createSchema().type(SchemaType.OBJECT).example("{\"lat\": 33.5731}");
        var text = OASFactory.createSchema().type(SchemaType.STRING).example("[not a list]");
        var broken = OASFactory.createSchema().type(SchemaType.OBJECT).example("{not json");
        List.of(sdgs, population, location, text, broken).forEach(filter::filterSchema);
        assertThat(sdgs.getExample()).isEqualTo(List.of(9L, 10L));
        assertThat(population.getExample()).isEqualTo(6861739L);
        assertThat(location.getExample()).isEqualTo(Map.of("lat", new BigDecimal("33.5731")));
        assertThat(text.getExample()).isEqualTo("[not a list]");
        assertThat(broken.getExample()).isEqualTo("{not json");
    }

    @Test
    void mediaTypeAndParameterExamplesAsTheJsonTheyShow() {
        var media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Territory"))
                .addExample(
                        "Rehamna", OASFactory.createExample().value("{\"slug\": \"rehamna\", \"population\": 315077}"));
        var body = OASFactory.createRequestBody()
                .content(OASFactory.createContent().addMediaType("application/json", media));
        var response = OASFactory.createAPIResponse()
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType().example("{\"status\": 404}")));
        var size = OASFactory.createParameter()
                .name("size")
                .schema(OASFactory.createSchema().type(SchemaType.INTEGER))
                .example("20")
                .allowEmptyValue(false)
                .allowReserved(false)
                .deprecated(false);
        var sort = OASFactory.createParameter()
                .name("sort")
                .schema(OASFactory.createSchema().type(SchemaType.STRING))
                .example("20");
        filter.filterRequestBody(body);
        filter.filterAPIResponse(response);
        filter.filterParameter(size);
        filter.filterParameter(sort);
        assertThat(media.getExamples().get("Rehamna").getValue())
                .isEqualTo(Map.of("slug", "rehamna", "population", 315077L));
        assertThat(response.getContent()
                        .getMediaType("application/problem+json")
                        .getExample())
                .isEqualTo(Map.of("status", 404L));
        assertThat(size.getExample()).isEqualTo(20L);
        assertThat(size.getAllowEmptyValue()).isNull();
        assertThat(size.getAllowReserved()).isNull();
        assertThat(size.getDeprecated()).isNull();
        assertThat(sort.getExample()).isEqualTo("20");
    }

    @Test
    void onlyDeprecatedOperationsSaySo() {
        var current = OASFactory.createOperation().deprecated(false);
        var old = OASFactory.createOperation().deprecated(true);
        filter.filterOperation(current);
        filter.filterOperation(old);
        assertThat(current.getDeprecated()).isNull();
        assertThat(old.getDeprecated()).isTrue();
    }

    @Test
    void problemResponsesReferToTheProblemSchema() {
        var response = OASFactory.createAPIResponse()
                .description("No such resource")
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().type(SchemaType.OBJECT))));
        var success = OASFactory.createAPIResponse()
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Territory"))));
        filter.filterAPIResponse(response);
        filter.filterAPIResponse(success);
        assertThat(response.getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(success.getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/Territory");
    }

    @Test
    void aReferenceStandsAlone() {
        var schema = OASFactory.createSchema()
                .ref("Date")
                .type(SchemaType.STRING)
                .format("date")
                .readOnly(true);
        filter.filterSchema(schema);
        assertThat(schema.getRef()).isEqualTo("#/components/schemas/Date");
        assertThat(schema.getType()).isNull();
        assertThat(schema.getFormat()).isNull();
        assertThat(schema.getReadOnly()).isNull();
    }

    @Test
    void aStringHasNoProperties() {
        var schema = OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("An adoption")
                .addProperty("territory", OASFactory.createSchema().type(SchemaType.STRING));
        filter.filterSchema(schema);
        assertThat(schema.getType()).isEqualTo(SchemaType.STRING);
        assertThat(schema.getProperties()).isNull();
        assertThat(schema.getDescription()).isNull();

        var described = OASFactory.createSchema().type(SchemaType.STRING).description("A slug");
        filter.filterSchema(described);
        assertThat(described.getDescription()).isEqualTo("A slug");
    }
}
