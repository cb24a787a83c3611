package network.twincities.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Stoplight Spectral, the OpenAPI linter, as installed by {@code npm ci --prefix tools/spectral} (see
 * {@code .ci/run}), with the repository's ruleset {@code .spectral.yaml}. Without it the lint is skipped
 * with a message, except under {@code CI=true}, where a missing linter fails the run.
 */
public final class Spectral {

    /** One finding: the rule, where in the document, what is wrong. */
    public record Finding(Severity severity, String rule, String path, String message) {
        @Override
        public String toString() {
            return severity + " " + rule + " at " + path + ": " + message;
        }
    }

    /** Spectral's severities, in the order of its numeric codes. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO,
        HINT
    }

    private Spectral() {}

    static Path repository() {
        return Path.of(System.getProperty("twincities.it.repository", "..")).toAbsolutePath();
    }

    static Path executable() {
        return Path.of(System.getProperty(
                "twincities.it.spectral",
                repository()
                        .resolve("tools/spectral/node_modules/.bin/spectral")
                        .toString()));
    }

    /**
     * Lints the document with the repository's ruleset; the findings are also written beside it, as
     * {@code spectral.txt}, for a person to read after the run.
     */
    public static List<Finding> lint(Path document) {
        Path spectral = executable();
        if (!Files.isExecutable(spectral)) {
            String message = "No Spectral: run `npm ci --prefix tools/spectral` (" + spectral + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true requires the OpenAPI lint to run");
            }
            System.out.println("SKIPPED OpenAPI lint. " + message);
            Assumptions.abort(message);
        }
        Path report = document.resolveSibling("spectral.json");
        Path console = document.resolveSibling("spectral.log");
        try {
            Files.deleteIfExists(report);
            var process = new ProcessBuilder(
                            spectral.toString(),
                            "lint",
                            document.toString(),
                            "--ruleset",
                            repository().resolve(".spectral.yaml").toString(),
                            "--format",
                            "json",
                            "--output",
                            report.toString(),
                            "--quiet")
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Spectral did not finish within 3 minutes");
            }
            // 0: no finding at error severity, 1: some; anything else is Spectral failing
            if (process.exitValue() > 1 || !Files.exists(report)) {
                throw new IllegalStateException(
                        "Spectral failed (exit " + process.exitValue() + "): " + Files.readString(console));
            }
            List<Finding> findings = parse(Files.readString(report, StandardCharsets.UTF_8));
            Files.writeString(
                    document.resolveSibling("spectral.txt"),
                    findings.stream().map(Finding::toString).collect(Collectors.joining("\n", "", "\n")),
                    StandardCharsets.UTF_8);
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spectral's JSON output: an array of results, each with code, path, message and severity. */
    static List<Finding> parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(result -> new Finding(
                            Severity.values()[result.getInt("severity")],
                            result.getString("code"),
                            result.getJsonArray("path").stream()
                                    .map(Spectral::segment)
                                    .collect(Collectors.joining(".")),
                            result.getString("message")))
                    .toList();
        }
    }

    private static String segment(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
