package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking the distribution once, as the local run and the tests do before starting Keycloak. */
class KeycloakServerTest {

    @TempDir
    Path folder;

    Path zip(String name, String... entries) throws IOException {
        Path zip = folder.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void unpacksOnceWithExecutableScripts() throws IOException {
        Path distribution = zip("keycloak-26.5.6.zip", "keycloak-26.5.6/bin/kc.sh", "keycloak-26.5.6/lib/lib.jar");
        Path root = folder.resolve("install");
        assertThat(KeycloakServer.isUnpacked(distribution, root)).isFalse();

        Path home = KeycloakServer.unpack(distribution, root);

        assertThat(home).isEqualTo(root.resolve("keycloak-26.5.6"));
        assertThat(home.resolve("bin/kc.sh")).isExecutable();
        assertThat(home.resolve("lib/lib.jar")).exists();
        assertThat(KeycloakServer.isUnpacked(distribution, root)).isTrue();
        try (var left = Files.list(root)) {
            assertThat(left.toList()).as("no staging folder left behind").containsExactly(home);
        }

        Files.writeString(home.resolve("lib/lib.jar"), "built");
        assertThat(KeycloakServer.unpack(distribution, root)).isEqualTo(home);
        assertThat(Files.readString(home.resolve("lib/lib.jar")))
                .as("not unpacked again")
                .isEqualTo("built");
    }

    @Test
    void refusesEntriesOutsideItsFolder() throws IOException {
        Path distribution = zip("keycloak-evil.zip", "keycloak-evil/bin/kc.sh", "../../escaped.txt");
        assertThatThrownBy(() -> KeycloakServer.unpack(distribution, folder.resolve("install")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(folder.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void installsTheThemesInPlaceOfAnOlderCopy() throws IOException {
        Path themes = folder.resolve("repo/themes");
        Files.createDirectories(themes.resolve("twincities/login/messages"));
        Files.writeString(themes.resolve("twincities/login/theme.properties"), "parent=keycloak.v2");
        Files.writeString(themes.resolve("twincities/login/messages/messages_ar.properties"), "a=ب");
        Path target = folder.resolve("keycloak/themes");
        Files.createDirectories(target.resolve("twincities/login"));
        Files.writeString(target.resolve("twincities/login/old.css"), "removed from the repository");
        Files.writeString(target.resolve("README.md"), "Keycloak's own");

        KeycloakServer.installThemes(themes, target);

        assertThat(target.resolve("twincities/login/theme.properties")).hasContent("parent=keycloak.v2");
        assertThat(target.resolve("twincities/login/messages/messages_ar.properties"))
                .hasContent("a=ب");
        assertThat(target.resolve("twincities/login/old.css")).doesNotExist();
        assertThat(target.resolve("README.md")).hasContent("Keycloak's own");
    }
}
