package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the production-shaped {@code docker-compose.yml} is checked against the
 * project itself: the versions it runs are the ones the build tests, every file it mounts exists,
 * every setting it passes is one the application reads, and start-up waits for health.
 */
class DockerComposeTest {

    static final Path REPOSITORY = Path.of(System.getProperty("twincities.repository", ".."));
    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        compose = new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void runsTheDatabaseKeycloakAndTheApplication() {
        assertThat(services).containsOnlyKeys("postgres", "keycloak", "app");
    }

    @Test
    void runsTheVersionsTheBuildTests() {
        assertThat(image("keycloak")).isEqualTo("quay.io/keycloak/keycloak:" + System.getProperty("keycloak.version"));
        assertThat(image("app")).isEqualTo("payara/micro:" + System.getProperty("payara.micro.version") + "-jdk17");
        assertThat(image("postgres")).matches("postgres:\\d+(-alpine)?");
    }

    @Test
    void mountsFilesThatExist() {
        for (var service : services.values()) {
            for (var volume : list(service.get("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith("./stack/target/")) {
                    // built by `mvn package`: the names the stack module gives its copies
                    assertThat(read("stack/pom.xml"))
                            .contains("<destFileName>" + Path.of(source).getFileName() + "</destFileName>");
                } else if (source.startsWith("./")) {
                    assertThat(REPOSITORY.resolve(source)).as(volume).exists();
                }
            }
        }
    }

    @Test
    void importsTheRealmOfTheRepository() {
        assertThat(list(services.get("keycloak").get("command"))).contains("--import-realm");
        assertThat(list(services.get("keycloak").get("volumes")))
                .contains("./keycloak/twincities-realm.json:/opt/keycloak/data/import/twincities-realm.json:ro")
                .contains("./keycloak/themes/twincities:/opt/keycloak/themes/twincities:ro");
        @SuppressWarnings("unchecked")
        var environment = (Map<String, Object>) services.get("keycloak").get("environment");
        // the placeholders of the realm's SMTP server
        assertThat(environment)
                .containsKeys("TWINCITIES_MAIL_SMTP_HOST", "TWINCITIES_MAIL_SMTP_PORT", "TWINCITIES_MAIL_FROM");
    }

    @Test
    void passesOnlySettingsTheApplicationReads() throws IOException {
        Set<String> known = new HashSet<>();
        for (String key : configKeys()) {
            known.add(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT));
        }
        @SuppressWarnings("unchecked")
        var environment = (Map<String, Object>) services.get("app").get("environment");
        assertThat(known).as("settings the backend and UI read").containsAll(environment.keySet());
        assertThat(environment).containsKeys("TWINCITIES_DB_URL", "MP_JWT_VERIFY_ISSUER", "TWINCITIES_OIDC_ISSUER");
    }

    @Test
    void deploysTheUiAtRootAndTheApiBesideIt() {
        var command = list(services.get("app").get("command"));
        assertThat(String.join(" ", command))
                .contains("--deploy /opt/payara/deployments/ROOT.war")
                .contains("--deploy /opt/payara/deployments/api.war");
    }

    @Test
    void startsInOrderOfHealth() {
        for (var entry : services.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey()).containsKey("healthcheck");
        }
        assertThat(services.get("app").get("depends_on").toString())
                .contains("postgres", "keycloak", "service_healthy");
        assertThat(services.get("keycloak").get("depends_on").toString()).contains("postgres", "service_healthy");
        assertThat(list(services.get("app").get("ports"))).contains("8080:8080");
        assertThat(list(services.get("keycloak").get("ports"))).contains("8180:8080");
    }

    /** Every configuration key the backend and UI read: their properties files and @ConfigProperty names. */
    static Set<String> configKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        var quoted = Pattern.compile("\"((?:twincities|mp)\\.[a-z0-9.-]+)\"");
        for (String module : List.of("backend", "ui")) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(module).resolve("src/main"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    if (file.toString().endsWith(".properties")) {
                        text.lines()
                                .filter(l -> !l.startsWith("#") && l.contains("="))
                                .forEach(l ->
                                        keys.add(l.substring(0, l.indexOf('=')).trim()));
                    } else if (file.toString().endsWith(".java")) {
                        quoted.matcher(text).results().forEach(m -> keys.add(m.group(1)));
                    }
                }
            }
        }
        return keys;
    }

    static String image(String service) {
        return (String) services.get(service).get("image");
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
            throw new java.io.UncheckedIOException(e);
        }
    }
}
