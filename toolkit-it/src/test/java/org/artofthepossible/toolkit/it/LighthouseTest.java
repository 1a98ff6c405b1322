package org.artofthepossible.toolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lighthouse (npm, with Debian's Chromium) against a running {@code serve} in each theme: the home
 * page, the case-study list, a case study and the FAQs score 100 for accessibility, best practices
 * and SEO. Reports are kept in {@code target/lighthouse}. Needs {@code npm install} in this module;
 * run with {@code -Pbrowser}.
 */
@Tag("browser")
class LighthouseTest {
    private static final Path LIGHTHOUSE = Path.of("node_modules/.bin/lighthouse");
    private static final List<String> CATEGORIES =
            List.of("accessibility", "best-practices", "seo");
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "/");
        PAGES.put("case-studies", "/case-studies/");
        PAGES.put("case-study", "/case-studies/plymouth-alliance/");
        PAGES.put("faqs", "/faqs/");
    }

    @TempDir Path data;

    @TestFactory
    Stream<DynamicTest> everyPageScores100ForAccessibilityBestPracticesAndSeoInEitherTheme() {
        return Stream.of("default", "govuk")
                .map(theme -> DynamicTest.dynamicTest(theme, () -> audit(theme)));
    }

    private void audit(String theme) throws Exception {
        Path folder = Files.createDirectories(data.resolve(theme));
        var failures = new ArrayList<String>();
        try (var serve = RunningServer.start("--theme", theme, "--data", folder.toString())) {
            for (var page : PAGES.entrySet()) {
                Path report = Path.of("target/lighthouse/" + theme + "-" + page.getKey() + ".json");
                Files.createDirectories(report.getParent());
                JsonNode result = lighthouse(serve.root() + page.getValue(), report);
                var scores = new ArrayList<String>();
                for (String category : CATEGORIES) {
                    double score =
                            result.path("categories").path(category).path("score").asDouble();
                    scores.add(category + " " + Math.round(score * 100));
                    if (score < 1) {
                        failures.add(
                                theme
                                        + " "
                                        + page.getValue()
                                        + " "
                                        + category
                                        + ": "
                                        + failed(result, category));
                    }
                }
                System.out.printf(
                        "Lighthouse: %s %s: %s%n",
                        theme, page.getValue(), String.join(", ", scores));
            }
        }
        assertThat(failures).as("audits that failed").isEmpty();
    }

    /** Runs the Lighthouse command line on one page and reads its report. */
    private static JsonNode lighthouse(String url, Path report) throws Exception {
        var command =
                new ProcessBuilder(
                                LIGHTHOUSE.toAbsolutePath().toString(),
                                url,
                                "--only-categories=" + String.join(",", CATEGORIES),
                                "--output=json",
                                "--output-path=" + report.toAbsolutePath(),
                                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                                "--quiet")
                        .redirectErrorStream(true);
        command.environment().put("CHROME_PATH", "/usr/bin/chromium");
        Process lighthouse = command.start();
        String output = new String(lighthouse.getInputStream().readAllBytes());
        assertThat(lighthouse.waitFor(3, TimeUnit.MINUTES)).as("Lighthouse finished").isTrue();
        assertThat(lighthouse.exitValue()).as(output).isZero();
        return new ObjectMapper().readTree(report.toFile());
    }

    /** The audits of a category that did not pass, by id and title. */
    private static List<String> failed(JsonNode result, String category) {
        var failed = new ArrayList<String>();
        for (JsonNode ref : result.path("categories").path(category).path("auditRefs")) {
            JsonNode audit = result.path("audits").path(ref.path("id").asText());
            if (ref.path("weight").asDouble() > 0
                    && !audit.path("score").isNull()
                    && audit.path("score").asDouble() < 1) {
                failed.add(audit.path("id").asText() + " (" + audit.path("title").asText() + ")");
            }
        }
        return failed;
    }
}
