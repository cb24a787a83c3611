package network.twincities.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility checker, as installed by {@code npm ci --prefix tools/axe} (see {@code
 * .ci/run}): injected into the page the browser shows, it checks the page against WCAG 2.0 and 2.1, levels
 * A and AA. Without it the check is skipped with a message, except under {@code CI=true}, where a
 * missing checker fails the run.
 */
public final class Axe {

    /** The rules checked: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One element that breaks one rule. */
    public record Violation(String rule, String impact, String target, String help, String summary) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + ": " + help + " — " + summary;
        }
    }

    private static String source;

    private Axe() {}

    static Path script() {
        return Path.of(System.getProperty(
                "twincities.it.axe",
                Spectral.repository()
                        .resolve("tools/axe/node_modules/axe-core/axe.min.js")
                        .toString()));
    }

    /** The checker's script; skips (or under {@code CI=true} fails) the test when it is not installed. */
    static synchronized String source() {
        if (source == null) {
            Path script = script();
            if (!Files.isReadable(script)) {
                String message = "No axe-core: run `npm ci --prefix tools/axe` (" + script + ")";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(message + "; CI=true requires the accessibility check to run");
                }
                System.out.println("SKIPPED accessibility check. " + message);
                Assumptions.abort(message);
            }
            try {
                source = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Makes sure the checker is there before a browser is started. */
    public static void require() {
        source();
    }

    /** Checks the page as it is now: every element that breaks a rule, one entry each. */
    public static List<Violation> check(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done(JSON.stringify({error: String(e)})));
                """, TAGS);
        return parse(String.valueOf(result));
    }

    static List<Violation> parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            var value = reader.readValue();
            if (value.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT) {
                throw new IllegalStateException("axe failed: " + value);
            }
            return value.asJsonArray().getValuesAs(JsonObject.class).stream()
                    .flatMap(rule -> rule.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                            .map(node -> new Violation(
                                    rule.getString("id"),
                                    rule.getString("impact", "?"),
                                    node.getJsonArray("target").stream()
                                            .map(t -> t instanceof JsonString s ? s.getString() : t.toString())
                                            .collect(Collectors.joining(" >> ")),
                                    rule.getString("help"),
                                    node.getString("failureSummary", "")
                                            .replaceAll("\\s+", " ")
                                            .trim())))
                    .toList();
        }
    }
}
