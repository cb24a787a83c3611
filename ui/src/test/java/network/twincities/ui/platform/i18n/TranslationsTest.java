package network.twincities.ui.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import network.twincities.ui.axis.Sdg;
import network.twincities.ui.memorandum.Memorandum;
import network.twincities.ui.organization.Organization;
import network.twincities.ui.platform.security.UserProfile;
import network.twincities.ui.practice.BestPractice;
import network.twincities.ui.project.Project;
import network.twincities.ui.territory.Territory;
import org.junit.jupiter.api.Test;

/** The three languages have the same keys, real translations, and every key the code uses. */
class TranslationsTest {

    /** Texts that stay the same in every language: the product's name. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("app.title");

    /** Words that French writes as English does. */
    private static final Set<String> SAME_IN_FRENCH = Set.of(
            "territories.column.population",
            "territory.kind.PROVINCE",
            "field.description",
            "territory.lat",
            "territory.lon",
            "organization.kind.FORUM",
            "organization.kind.ASSOCIATION",
            "event.dates",
            "notifications.title",
            "project.budget",
            "practice.adoptions");

    private static Properties load(String file) {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private final Properties english = load("translations.properties");
    private final Properties french = load("translations_fr.properties");
    private final Properties arabic = load("translations_ar.properties");

    @Test
    void everyLanguageHasExactlyTheSameKeys() {
        assertEquals(keys(english), keys(french), "French keys differ from English");
        assertEquals(keys(english), keys(arabic), "Arabic keys differ from English");
        assertTrue(keys(load("translations_en.properties")).isEmpty(), "English belongs in translations.properties");
    }

    @Test
    void everyTextIsTranslated() {
        for (String key : keys(english)) {
            assertTrue(!english.getProperty(key).isBlank(), key + " is blank in English");
            if (!SAME_IN_EVERY_LANGUAGE.contains(key)) {
                if (!SAME_IN_FRENCH.contains(key)) {
                    assertNotEquals(
                            english.getProperty(key), french.getProperty(key), key + " is not translated to French");
                }
                assertNotEquals(
                        english.getProperty(key), arabic.getProperty(key), key + " is not translated to Arabic");
            }
        }
    }

    @Test
    void arabicIsWrittenInArabicScript() {
        List<String> notArabic = keys(arabic).stream()
                .filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key))
                .filter(key -> arabic.getProperty(key)
                        .codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .toList();
        assertEquals(List.of(), notArabic);
    }

    @Test
    void parametersAreKeptInEveryLanguage() {
        for (String key : keys(english)) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(french.getProperty(key)), key);
            assertEquals(placeholders(english.getProperty(key)), placeholders(arabic.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("(?:getTranslation|translate\\.apply)\\(\\s*\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix, completed below
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        Territory.KINDS.forEach(kind -> used.add("territory.kind." + kind));
        Territory.MEMBERSHIPS.forEach(membership -> used.add("territory.membership." + membership));
        UserProfile.ROLES.forEach(role -> used.add("role." + role));
        Organization.KINDS.forEach(kind -> used.add("organization.kind." + kind));
        Sdg.NUMBERS.forEach(number -> used.add(Sdg.key(number)));
        Memorandum.STATUSES.forEach(status -> used.add("mou.status." + status));
        Memorandum.ROLES.forEach(role -> used.add("mou.role." + role));
        // ResourceNames: the list's title, the create and edit dialogs
        used.addAll(List.of("mous.title", "mou.create", "mou.edit"));
        // LocalizedTextFields.setLabels(translate, prefix) asks for prefix.en, .fr and .ar
        for (String prefix : List.of("field.name", "field.description", "event.theme", "mou.title", "mou.summary")) {
            List.of("en", "fr", "ar").forEach(language -> used.add(prefix + "." + language));
        }
        // projects, best practices, dashboard
        Project.STATUSES.forEach(status -> used.add("project.status." + status));
        BestPractice.Adoption.STATUSES.forEach(status -> used.add("adoption.status." + status));
        BestPractice.Reason.KINDS.forEach(kind -> used.add("suggestion.reason." + kind));
        List.of("projects", "beneficiaries", "activeMous", "bestPractices", "adoptions")
                .forEach(figure -> used.add("dashboard.figure." + figure));
        used.addAll(List.of(
                "projects.title",
                "project.create",
                "project.edit",
                "practices.title",
                "practice.create",
                "practice.edit",
                "projects.search.placeholder",
                "projects.filter.territory",
                "projects.filter.axis",
                "practices.search.placeholder"));
        for (String prefix : List.of(
                "project.title", "project.description", "practice.title", "practice.summary", "practice.description")) {
            List.of("en", "fr", "ar").forEach(language -> used.add(prefix + "." + language));
        }
        used.addAll(List.of("signedOut.title", "signedOut.message", "signedOut.signInAgain"));

        assertTrue(used.size() > 20, "the scan found too few keys: " + used);
        Set<String> missing =
                used.stream().filter(key -> !english.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
