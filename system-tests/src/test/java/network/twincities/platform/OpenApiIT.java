package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import network.twincities.it.Http;
import network.twincities.it.Spectral;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document consumers generate their clients from, as served at {@code /openapi}: it lints
 * clean with Spectral's {@code spectral:oas} rules, names the API's public base as its one server, and
 * ties every response to its schema. The document is kept in {@code target/openapi/openapi.json}, where
 * the {@code api-client} module generates a Java client from it.
 */
@SystemTest
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static JsonObject document;

    /** Fetched once, as JSON, and saved for Spectral and the client generator. */
    static synchronized JsonObject document() {
        if (document == null) {
            var response = Http.request("GET", Urls.server() + "/openapi", null, null, "Accept", "application/json");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            try {
                Files.createDirectories(saved().getParent());
                Files.writeString(saved(), response.body(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = Http.object(response);
        }
        return document;
    }

    static Path saved() {
        return Path.of(System.getProperty("twincities.it.openapi", "target/openapi"), "openapi.json");
    }

    @Test
    void lintsCleanWithSpectral() {
        document();
        var findings = Spectral.lint(saved());
        var errors = findings.stream()
                .filter(f -> f.severity() == Spectral.Severity.ERROR)
                .toList();
        System.out.println("Spectral: " + errors.size() + " errors, " + (findings.size() - errors.size())
                + " warnings and hints, listed in " + saved().resolveSibling("spectral.txt"));
        assertThat(errors)
                .as(
                        "Spectral errors in %s:%n%s",
                        saved(), errors.stream().map(Object::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void oneServerThePublicBaseOfTheApi() {
        var doc = document();
        assertThat(doc.getJsonArray("servers").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(server -> assertThat(server.getString("url")).isEqualTo(Urls.api()));
        assertThat(doc).doesNotContainKey("endpoints");
        assertThat(doc.getJsonObject("paths").keySet())
                .contains(
                        "/",
                        "/territories",
                        "/territories/{slug}",
                        "/organizations",
                        "/organizations/{slug}",
                        "/axes",
                        "/axes/{slug}",
                        "/events",
                        "/events/{slug}",
                        "/mous",
                        "/mous/{id}",
                        "/mous/{id}/submit",
                        "/mous/{id}/approve",
                        "/mous/{id}/request-changes",
                        "/mous/{id}/reject",
                        "/mous/{id}/terminate",
                        "/mous/{id}/signatures",
                        "/mous/{id}/history",
                        "/mous/{id}/document",
                        "/audit",
                        "/notifications",
                        "/notifications/{id}/read")
                .noneMatch(path -> path.startsWith("/v1"));
    }

    @Test
    void operationIdsAreUniqueMethodNames() {
        var ids = new ArrayList<String>();
        operations().forEach((where, operation) -> {
            assertThat(operation.containsKey("operationId"))
                    .as("operationId of %s", where)
                    .isTrue();
            ids.add(operation.getString("operationId"));
        });
        assertThat(ids)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+[A-Z][A-Za-z]*"), "a verb and a noun in camel case")
                .contains("listTerritories", "getTerritory");
    }

    @Test
    void everySuccessAndProblemResponseHasItsSchema() {
        var missing = new ArrayList<String>();
        operations().forEach((where, operation) -> {
            for (var status : operation.getJsonObject("responses").entrySet()) {
                String code = status.getKey();
                var response = resolve(status.getValue().asJsonObject());
                String at = where + " " + code;
                if (code.equals("204") || code.equals("304")) {
                    continue;
                }
                var content = response.getJsonObject("content");
                if (content == null || content.isEmpty()) {
                    missing.add(at + ": no content");
                    continue;
                }
                content.forEach((type, media) -> {
                    if (!media.asJsonObject().containsKey("schema")) {
                        missing.add(at + " " + type + ": no schema");
                    }
                });
                if (code.startsWith("4") || code.startsWith("5")) {
                    var problem = content.getJsonObject("application/problem+json");
                    if (problem == null
                            || !problem.getJsonObject("schema")
                                    .getString("$ref", "")
                                    .equals("#/components/schemas/Problem")) {
                        missing.add(at + ": not application/problem+json with the Problem schema");
                    }
                }
            }
        });
        assertThat(missing).as(String.join("\n", missing)).isEmpty();
    }

    @Test
    void describesTheSchemasRolesErrorsAndExamples() {
        var doc = document();
        var components = doc.getJsonObject("components");
        assertThat(components.getJsonObject("schemas").keySet())
                .contains("Territory", "Organization", "Axis", "Event", "Problem", "AuditEntry")
                .contains("Memorandum", "MemorandumPage", "MemorandumTransition", "Signature", "Reason")
                .contains("Notification", "NotificationPage");
        assertThat(components
                        .getJsonObject("securitySchemes")
                        .getJsonObject("bearer")
                        .getString("scheme"))
                .isEqualTo("bearer");
        var statuses = new ArrayList<String>();
        operations()
                .values()
                .forEach(op -> statuses.addAll(op.getJsonObject("responses").keySet()));
        assertThat(statuses).contains("401", "403", "409", "412", "422", "428");
        assertThat(doc.toString())
                .contains("Forum administrators")
                .contains("\"examples\"")
                .contains("smart-city-expo-usa-2024");
    }

    @Test
    void theHistoryOfAnMouIsAListAndItsDocumentAPdf() {
        var paths = document().getJsonObject("paths");
        var history = paths.getJsonObject("/mous/{id}/history").getJsonObject("get");
        assertThat(history.getString("operationId")).isEqualTo("getMouHistory");
        assertThat(history.getJsonObject("responses")
                        .getJsonObject("200")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("type"))
                .isEqualTo("array");
        assertThat(paths.getJsonObject("/mous/{id}/document").toString()).contains("application/pdf");
        assertThat(paths.getJsonObject("/exports/projects.csv").toString()).contains("exportProjectsCsv", "text/csv");
        assertThat(paths.getJsonObject("/exports/iati-activities.xml").toString())
                .contains("exportIatiActivities", "application/xml");
        for (String[] export : new String[][] {
            {"/exports/projects.csv", "text/csv"}, {"/exports/iati-activities.xml", "application/xml"}
        }) {
            assertThat(paths.getJsonObject(export[0])
                            .getJsonObject("get")
                            .getJsonObject("responses")
                            .getJsonObject("200")
                            .getJsonObject("content")
                            .getJsonObject(export[1])
                            .getJsonObject("schema"))
                    .as("a bare string, not another class's properties")
                    .isEqualTo(Json.createObjectBuilder().add("type", "string").build());
        }
        assertThat(paths.getJsonObject("/mous/{id}/signatures").toString()).contains("signMou");
    }

    @Test
    void aBatchOfTheChangeFeedIsAListOfTheNamedChange() {
        var schemas = document().getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("ChangeBatch")
                        .getJsonObject("properties")
                        .getJsonObject("changes")
                        .getJsonObject("items")
                        .getString("$ref", ""))
                .as("one class Change in generated clients, not one per place it is used")
                .isEqualTo("#/components/schemas/Change");
        assertThat(schemas.getJsonObject("Change").getJsonObject("properties").keySet())
                .containsExactly("resource", "id", "op", "version", "data");
    }

    /** Every operation of the document, by method and path. */
    private static Map<String, JsonObject> operations() {
        var operations = new java.util.LinkedHashMap<String, JsonObject>();
        document()
                .getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, operation.asJsonObject());
                    }
                }));
        return operations;
    }

    /** A response, or the one of components.responses it refers to. */
    private static JsonObject resolve(JsonObject response) {
        String ref = response.getString("$ref", null);
        if (ref == null) {
            return response;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        JsonValue target = document()
                .getJsonObject("components")
                .getJsonObject("responses")
                .get(name);
        assertThat(target).as("response " + ref).isNotNull();
        return target.asJsonObject();
    }
}
