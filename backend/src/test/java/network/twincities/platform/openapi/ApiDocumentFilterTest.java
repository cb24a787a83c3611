package network.twincities.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.openapi.api.models.OpenAPIImpl;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
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
}
