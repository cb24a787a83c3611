package network.twincities.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** Each operation is documented with the problems its shape implies, once, the same for every resource. */
class ProblemResponsesTest {

    static Operation operation(String id, Parameter... parameters) {
        var operation = OASFactory.createOperation()
                .operationId(id)
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        for (var parameter : parameters) {
            operation.addParameter(parameter);
        }
        return operation;
    }

    static Parameter path() {
        return OASFactory.createParameter().name("slug").in(Parameter.In.PATH);
    }

    static Parameter ifMatch() {
        return OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER);
    }

    static OpenAPI document() {
        var body = OASFactory.createRequestBody().content(OASFactory.createContent());
        var list = operation(
                "listTerritories", OASFactory.createParameter().name("page").in(Parameter.In.QUERY));
        list.getResponses()
                .getAPIResponse("200")
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("TerritoryPage"))));
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Territory", OASFactory.createSchema())
                        .addSchema("Problem", OASFactory.createSchema()))
                .paths(OASFactory.createPaths()
                        .addPathItem("/", OASFactory.createPathItem().GET(operation("getApiRoot")))
                        .addPathItem(
                                "/territories",
                                OASFactory.createPathItem()
                                        .GET(list)
                                        .POST(operation("createTerritory").requestBody(body)))
                        .addPathItem(
                                "/territories/{slug}",
                                OASFactory.createPathItem()
                                        .GET(operation("getTerritory", path()))
                                        .PUT(operation("updateTerritory", path(), ifMatch())
                                                .requestBody(body))
                                        .DELETE(operation("deleteTerritory", path(), ifMatch()))));
    }

    @Test
    void eachOperationGetsTheProblemsOfItsShape() {
        var doc = document();
        ProblemResponses.addTo(doc);
        var paths = doc.getPaths();
        assertThat(paths.getPathItem("/").getGET().getResponses().getAPIResponses())
                .containsOnlyKeys("200");
        assertThat(paths.getPathItem("/territories").getGET().getResponses().getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "503");
        assertThat(paths.getPathItem("/territories/{slug}")
                        .getGET()
                        .getResponses()
                        .getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "404", "503");
        assertThat(paths.getPathItem("/territories").getPOST().getResponses().getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "403", "409", "413", "415", "422", "503");
        assertThat(paths.getPathItem("/territories/{slug}")
                        .getPUT()
                        .getResponses()
                        .getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "413", "415", "422", "428", "503");
        assertThat(paths.getPathItem("/territories/{slug}")
                        .getDELETE()
                        .getResponses()
                        .getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "428", "503");
        assertThat(paths.getPathItem("/territories/{slug}")
                        .getDELETE()
                        .getResponses()
                        .getAPIResponse("412")
                        .getRef())
                .isEqualTo("#/components/responses/PreconditionFailed");
        assertThat(doc.getComponents().getResponses()).containsKeys("NotFound", "Unavailable", "PreconditionRequired");
    }

    @Test
    void ifMatchIsRequiredAndDescribedOnEveryEditAndRemoval() {
        var doc = document();
        ProblemResponses.addTo(doc);
        var ifMatch = doc.getPaths()
                .getPathItem("/territories/{slug}")
                .getDELETE()
                .getParameters()
                .get(1);
        assertThat(ifMatch.getRequired()).isTrue();
        assertThat(ifMatch.getDescription()).contains("412").contains("428");
    }

    @Test
    void aListPageSchemaIsMadeFromItsItems() {
        var doc = document();
        ProblemResponses.addTo(doc);
        var page = doc.getComponents().getSchemas().get("TerritoryPage");
        assertThat(page.getProperties()).containsOnlyKeys("items", "page", "size", "total");
        assertThat(page.getProperties().get("items").getItems().getRef()).isEqualTo("#/components/schemas/Territory");
        assertThat(page.getRequired()).containsExactly("items", "page", "size", "total");
    }
}
