package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the production-shaped {@code docker-compose.yml} is checked against the
 * project itself: the versions it runs are the ones the build tests, the images are built from the WARs
 * the build makes, every file it mounts exists, every setting it passes is one the application reads,
 * every service has a health check, secrets are files and never values, and {@code --scale backend=3}
 * can work. Where the Docker CLI has its Compose plugin, {@code docker compose config} checks it too.
 */
class DockerComposeTest {

    static final Path REPOSITORY = Path.of(System.getProperty("twincities.repository", ".."));
    static final Pattern SECRET_NAME = Pattern.compile("(?i)(PASSWORD|SECRET|TOKEN)");
    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() {
        compose = new Yaml().load(read("docker-compose.yml"));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void runsTheDatabaseKeycloakTheBackendTheUiAndAProxy() {
        assertThat(services).containsOnlyKeys("postgres", "keycloak", "backend", "ui", "proxy");
        for (var service : services.entrySet()) {
            assertThat(service.getValue().containsKey("image")
                            || service.getValue().containsKey("build"))
                    .as(service.getKey() + " has an image or a build")
                    .isTrue();
            assertThat(service.getValue()).as(service.getKey()).containsKey("healthcheck");
            assertThat(service.getValue().get("restart")).as(service.getKey()).isEqualTo("unless-stopped");
        }
    }

    @Test
    void runsTheVersionsTheBuildTests() {
        assertThat(services.get("keycloak").get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + System.getProperty("keycloak.version"));
        assertThat((String) services.get("postgres").get("image")).matches("postgres:\\d+(-alpine)?");
        // upstream servers looked up again while running (resolve) need nginx 1.27.3 or later
        assertThat((String) services.get("proxy").get("image")).matches("nginx:1\\.(2[89]|[3-9]\\d)(\\.\\d+)?-alpine");
        for (String module : List.of("backend", "ui")) {
            String dockerfile = read(module + "/Dockerfile");
            assertThat(dockerfile)
                    .contains("ARG PAYARA_MICRO_VERSION=" + System.getProperty("payara.micro.version") + "\n")
                    .contains("FROM payara/micro:${PAYARA_MICRO_VERSION}-jdk17");
        }
    }

    @Test
    void buildsEachPartFromItsOwnDockerfileAndWar() {
        Map<String, String> wars = Map.of("backend", "api.war", "ui", "ROOT.war");
        for (var part : wars.entrySet()) {
            String module = part.getKey();
            String war = part.getValue();
            assertThat(services.get(module).get("build").toString())
                    .contains("dockerfile=" + module + "/Dockerfile")
                    .contains("context=.");
            // the WAR the module's build makes, the only one its image deploys
            assertThat(read(module + "/pom.xml")).contains("<finalName>" + war.replace(".war", "") + "</finalName>");
            String dockerfile = read(module + "/Dockerfile");
            assertThat(dockerfile).contains("COPY --chown=payara:payara " + module + "/target/" + war + " ");
            assertThat(Pattern.compile("--deploy\", \"/opt/payara/deployments/([^\"]+)\"")
                            .matcher(dockerfile)
                            .results()
                            .map(m -> m.group(1))
                            .toList())
                    .containsExactly(war);
            assertThat(read(".dockerignore")).contains("!" + module + "/target/" + war);
        }
        assertThat(read(".dockerignore")).contains("!deploy/payara/");
    }

    @Test
    void mountsFilesThatExist() {
        for (var service : services.entrySet()) {
            for (var volume : list(service.getValue().get("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(REPOSITORY.resolve(source))
                            .as(service.getKey() + ": " + volume)
                            .exists();
                }
            }
        }
    }

    @Test
    void importsTheProductionRealmUnlessDemo() {
        var keycloak = services.get("keycloak");
        assertThat(list(keycloak.get("command")))
                .contains("start", "--import-realm", "--hostname-backchannel-dynamic=true")
                .doesNotContain("start-dev")
                .anyMatch(a -> a.startsWith("--hostname=${TWINCITIES_KEYCLOAK_URL:?"));
        assertThat(list(keycloak.get("volumes")))
                .contains(
                        "./keycloak/twincities-realm-production.json:/opt/twincities/realms/twincities-realm-production.json:ro",
                        "./keycloak/twincities-realm.json:/opt/twincities/realms/twincities-realm.json:ro",
                        "./keycloak/themes/twincities:/opt/keycloak/themes/twincities:ro");
        assertThat(read("deploy/keycloak/start.sh"))
                .contains("realm=$realms/twincities-realm-production.json", "TWINCITIES_DEMO");
        assertThat(environment("keycloak")).containsEntry("TWINCITIES_DEMO", "${TWINCITIES_DEMO:-false}");
        // the placeholders of the realms' SMTP server
        assertThat(environment("keycloak"))
                .containsKeys("TWINCITIES_MAIL_SMTP_HOST", "TWINCITIES_MAIL_SMTP_PORT", "TWINCITIES_MAIL_FROM");
    }

    @Test
    void passesOnlySettingsTheApplicationReads() {
        for (String service : List.of("backend", "ui")) {
            Set<String> known = new HashSet<>();
            // what its own code reads, and the configuration rules packed into its WAR with it
            var read = new HashSet<>(configKeys(service));
            read.addAll(configKeys("config"));
            for (String key : read) {
                known.add(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
            }
            var names = environment(service).keySet().stream()
                    .map(n -> n.endsWith("_FILE") ? n.substring(0, n.length() - "_FILE".length()) : n)
                    .toList();
            assertThat(known).as("settings the " + service + " reads").containsAll(names);
        }
        assertThat(environment("backend"))
                .containsKeys(
                        "TWINCITIES_DEMO",
                        "TWINCITIES_DB_URL",
                        "TWINCITIES_DB_USER",
                        "TWINCITIES_DB_PASSWORD_FILE",
                        "TWINCITIES_DB_OWNER_USER",
                        "TWINCITIES_DB_OWNER_PASSWORD_FILE",
                        "MP_JWT_VERIFY_ISSUER",
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(environment("ui"))
                .containsKeys(
                        "TWINCITIES_DEMO",
                        "TWINCITIES_OIDC_ISSUER",
                        "TWINCITIES_OIDC_CLIENT_SECRET_FILE",
                        "TWINCITIES_UI_URL",
                        "TWINCITIES_API_URL");
        // the realm import reads these two from Keycloak's environment
        String realm = read("keycloak/twincities-realm-production.json");
        assertThat(realm).contains("${TWINCITIES_UI_URL}", "${TWINCITIES_OIDC_CLIENT_SECRET}");
        assertThat(environment("keycloak")).containsKeys("TWINCITIES_UI_URL", "TWINCITIES_OIDC_CLIENT_SECRET_FILE");
    }

    @Test
    void acceptsThePublicIssuerAndFetchesKeysInternally() {
        var backend = environment("backend");
        assertThat(backend.get("MP_JWT_VERIFY_ISSUER"))
                .startsWith("${TWINCITIES_KEYCLOAK_URL:?")
                .endsWith("}/realms/twincities");
        assertThat(backend.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .isEqualTo("http://keycloak:8080/realms/twincities/protocol/openid-connect/certs");
        assertThat(environment("ui").get("TWINCITIES_OIDC_ISSUER")).isEqualTo("http://keycloak:8080/realms/twincities");
    }

    @Test
    void scalesTheBackend() {
        for (String scalable : List.of("backend", "ui")) {
            assertThat(services.get(scalable)).as(scalable).doesNotContainKeys("container_name", "ports");
        }
        // host ports: only the proxy's, each once
        List<String> hostPorts = new ArrayList<>();
        for (var service : services.entrySet()) {
            for (String mapping : list(service.getValue().get("ports"))) {
                assertThat(service.getKey()).as("publishes " + mapping).isEqualTo("proxy");
                hostPorts.add(mapping.substring(0, mapping.lastIndexOf(':')));
            }
        }
        assertThat(hostPorts).doesNotHaveDuplicates().hasSize(2);
        // the proxy: the API round robin over every backend, the UI sticky
        String nginx = read("deploy/nginx/nginx.conf");
        assertThat(block(nginx, "upstream backend"))
                .contains("server backend:8080 resolve;")
                .doesNotContain("ip_hash", "hash ", "sticky");
        assertThat(block(nginx, "upstream ui")).contains("ip_hash;", "server ui:8080 resolve;");
        assertThat(nginx).contains("resolver 127.0.0.11");
        for (String path : List.of("= /api", "/api/", "= /openapi", "/openapi/", "= /health", "/health/")) {
            assertThat(block(nginx, "location " + path)).as(path).contains("proxy_pass http://backend;");
        }
        assertThat(block(nginx, "location /")).contains("proxy_pass http://ui;");
    }

    @Test
    void startsInOrderOfHealth() {
        assertThat(dependsOn("backend")).containsEntry("postgres", "service_healthy");
        assertThat(dependsOn("keycloak")).containsEntry("postgres", "service_healthy");
        assertThat(dependsOn("ui"))
                .containsEntry("keycloak", "service_healthy")
                .containsEntry("backend", "service_healthy");
        assertThat(dependsOn("proxy")).containsKeys("backend", "ui", "keycloak");
        // a Payara Micro whose deployment failed is not ready: the check must name the application's own check
        assertThat(list(healthcheck("backend")))
                .containsExactly("CMD", "/bin/bash", "/opt/payara/twincities/ready.sh", "schema");
        assertThat(list(healthcheck("ui")))
                .containsExactly("CMD", "/bin/bash", "/opt/payara/twincities/ready.sh", "api");
    }

    @Test
    void takesEverySecretFromAFileAndNoneFromThisFile() {
        @SuppressWarnings("unchecked")
        var secrets = (Map<String, Map<String, Object>>) compose.get("secrets");
        assertThat(secrets).isNotEmpty();
        for (var secret : secrets.entrySet()) {
            assertThat(secret.getValue()).as(secret.getKey()).containsOnlyKeys("file");
            assertThat((String) secret.getValue().get("file"))
                    .isEqualTo("${TWINCITIES_SECRETS_DIR:-./secrets}/" + secret.getKey());
        }
        for (var service : services.entrySet()) {
            var given = list(service.getValue().get("secrets"));
            for (var variable : environment(service.getKey()).entrySet()) {
                if (!SECRET_NAME.matcher(variable.getKey()).find()) {
                    continue;
                }
                // a secret setting is only ever the path of a secret file the service is given
                assertThat(variable.getKey()).as(service.getKey()).endsWith("_FILE");
                String file = variable.getValue();
                assertThat(file).as(variable.getKey()).startsWith("/run/secrets/");
                assertThat(given).as(variable.getKey()).contains(file.substring("/run/secrets/".length()));
            }
        }
        // required settings have no default
        String yaml = read("docker-compose.yml");
        for (String required : List.of("TWINCITIES_PUBLIC_URL", "TWINCITIES_KEYCLOAK_URL")) {
            assertThat(yaml).contains("${" + required + ":?").doesNotContain("${" + required + ":-");
        }
        assertThat(yaml).doesNotContainIgnoringCase("demo-ui-secret").doesNotContain("PASSWORD: ");
    }

    @Test
    void grantsTheApplicationRowsOnly() {
        String roles = read("deploy/postgres/10-roles.sql");
        assertThat(roles)
                .contains(
                        "CREATE ROLE twincities_owner", "CREATE ROLE twincities_app", "REVOKE CREATE ON SCHEMA public")
                .doesNotContainPattern("PASSWORD '");
        assertThat(environment("backend"))
                .containsEntry("TWINCITIES_DB_USER", "twincities_app")
                .containsEntry("TWINCITIES_DB_OWNER_USER", "twincities_owner");
    }

    /** {@code docker compose config} where the Compose plugin exists; skipped elsewhere. */
    @Test
    void dockerComposeAcceptsIt(@TempDir Path secrets) throws Exception {
        Assumptions.assumeTrue(dockerCompose("version") == 0, "docker compose is not installed here");
        for (Object name : ((Map<?, ?>) compose.get("secrets")).keySet()) {
            Files.writeString(secrets.resolve(name.toString()), "test-" + name);
        }
        assertThat(dockerCompose(
                        "-f",
                        REPOSITORY.resolve("docker-compose.yml").toString(),
                        "--env-file",
                        "/dev/null",
                        "config",
                        "-q"))
                .isZero();
    }

    int dockerCompose(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker", "compose"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TWINCITIES_PUBLIC_URL", "https://network.example.org");
        builder.environment().put("TWINCITIES_KEYCLOAK_URL", "https://login.example.org");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return -1; // no docker at all
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0 && !arguments[0].equals("version")) {
            System.err.println(output);
        }
        return process.exitValue();
    }

    /** The text between the braces that follow {@code head} in an nginx configuration. */
    static String block(String conf, String head) {
        int at = conf.indexOf(head + " {");
        assertThat(at).as(head).isNotNegative();
        int depth = 0;
        for (int i = conf.indexOf('{', at); i < conf.length(); i++) {
            if (conf.charAt(i) == '{') {
                depth++;
            } else if (conf.charAt(i) == '}' && --depth == 0) {
                return conf.substring(at, i + 1);
            }
        }
        throw new AssertionError("unclosed block " + head);
    }

    /**
     * Every configuration key a module reads: its properties files (documented keys commented out too)
     * and the quoted {@code twincities.} / {@code mp.} names in its Java code.
     */
    static Set<String> configKeys(String module) {
        Set<String> keys = new HashSet<>();
        var quoted = Pattern.compile("\"((?:twincities|mp)\\.[a-z0-9.-]+)\"");
        var property = Pattern.compile("^#?((?:twincities|mp)\\.[A-Za-z0-9.-]+)=");
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve(module).resolve("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                if (file.toString().endsWith(".properties")) {
                    text.lines().map(property::matcher).filter(m -> m.find()).forEach(m -> keys.add(m.group(1)));
                } else if (file.toString().endsWith(".java")) {
                    quoted.matcher(text).results().forEach(m -> keys.add(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String service) {
        var environment = (Map<String, Object>) services.get(service).get("environment");
        Map<String, String> values = new HashMap<>();
        if (environment != null) {
            environment.forEach((k, v) -> values.put(k, String.valueOf(v)));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> dependsOn(String service) {
        var dependsOn = (Map<String, Map<String, Object>>) services.get(service).get("depends_on");
        Map<String, String> conditions = new HashMap<>();
        dependsOn.forEach((k, v) -> conditions.put(k, String.valueOf(v.get("condition"))));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    static Object healthcheck(String service) {
        return ((Map<String, Object>) services.get(service).get("healthcheck")).get("test");
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Object value) {
        return value == null
                ? List.of()
                : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    static String read(String path) {
        try {
            return Files.readString(REPOSITORY.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
