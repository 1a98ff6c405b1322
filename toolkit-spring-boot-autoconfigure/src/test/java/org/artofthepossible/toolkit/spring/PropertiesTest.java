package org.artofthepossible.toolkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code toolkit.*} properties, bound and checked at start-up. */
class PropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(ToolkitAutoConfiguration.class));

    @TempDir Path folder;

    @Test
    void aWrongValueStopsTheStartWithAMessageNamingTheProperty() {
        runner.withPropertyValues("toolkit.theme=purple")
                .run(
                        context ->
                                assertThat(context)
                                        .hasFailed()
                                        .getFailure()
                                        .hasStackTraceContaining("toolkit.theme")
                                        .hasStackTraceContaining(
                                                "there is no theme 'purple'; use default or govuk"));
        runner.withPropertyValues("toolkit.web.path=toolkit/")
                .run(
                        context ->
                                assertThat(context)
                                        .hasFailed()
                                        .getFailure()
                                        .hasStackTraceContaining("toolkit.web.path must be"));
        runner.withPropertyValues("toolkit.cache-size=lots")
                .run(
                        context ->
                                assertThat(context)
                                        .hasFailed()
                                        .getFailure()
                                        .hasStackTraceContaining("toolkit.cache-size"));
        runner.withPropertyValues("toolkit.base-url=/relative")
                .run(
                        context ->
                                assertThat(context)
                                        .hasFailed()
                                        .getFailure()
                                        .hasStackTraceContaining("toolkit.base-url")
                                        .hasStackTraceContaining("must be absolute"));
        runner.withPropertyValues("toolkit.content=" + folder.resolve("missing"))
                .run(
                        context ->
                                assertThat(context)
                                        .hasFailed()
                                        .getFailure()
                                        .hasStackTraceContaining("toolkit.content names")
                                        .hasStackTraceContaining("does not exist"));
    }

    @Test
    void contentComesFromAFolderOrTheClassPath() throws Exception {
        Files.createDirectories(folder.resolve("pages"));
        Files.writeString(
                folder.resolve("toolkit.yaml"),
                "title: Ours\npublisher: Us\ndefaultLocale: en\nlocales: [en]\n");
        Files.writeString(
                folder.resolve("pages/about.md"), "---\ntitle: About\nsummary: Us.\n---\nBody.\n");
        runner.withPropertyValues("toolkit.content=" + folder, "toolkit.strict=true")
                .run(
                        context ->
                                assertThat(
                                                context.getBean(ToolkitEngine.class)
                                                        .toolkit()
                                                        .item("about", Locale.ENGLISH))
                                        .isPresent());
        runner.withPropertyValues("toolkit.content=classpath:" + BundledToolkit.ROOT)
                .run(
                        context ->
                                assertThat(context.getBean(ToolkitEngine.class).toolkit().items())
                                        .hasSizeGreaterThan(9));
    }

    @Test
    void strictContentWithErrorsStopsTheStart() throws Exception {
        Files.createDirectories(folder.resolve("pages"));
        Files.writeString(folder.resolve("pages/broken.md"), "---\ntitle: [\n---\n");
        runner.withPropertyValues("toolkit.content=" + folder, "toolkit.strict=true")
                .run(
                        context ->
                                assertThat(context)
                                        .hasFailed()
                                        .getFailure()
                                        .hasStackTraceContaining("pages/broken.md"));
    }

    @Test
    void anApplicationsOwnEngineWins() {
        ToolkitEngine own = ToolkitEngine.builder().source(BundledToolkit.source()).build();
        runner.withBean(ToolkitEngine.class, () -> own)
                .run(context -> assertThat(context.getBean(ToolkitEngine.class)).isSameAs(own));
    }

    @Test
    void theDefaultLocaleAppliesWhenNoRequestAsks() {
        runner.withPropertyValues("toolkit.default-locale=cy")
                .run(
                        context ->
                                assertThat(
                                                context.getBean(ToolkitRenderOptions.class)
                                                        .get()
                                                        .locale())
                                        .isEqualTo(Locale.forLanguageTag("cy")));
    }

    @Test
    void idesCompleteThePropertiesFromTheGeneratedMetadata() throws Exception {
        String metadata = null;
        var found =
                getClass()
                        .getClassLoader()
                        .getResources("META-INF/spring-configuration-metadata.json");
        while (found.hasMoreElements()) {
            try (var in = found.nextElement().openStream()) {
                String text =
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (text.contains("org.artofthepossible.toolkit.spring.ToolkitProperties")) {
                    metadata = text;
                }
            }
        }
        assertThat(metadata)
                .contains(
                        "\"name\": \"toolkit.content\"",
                        "\"name\": \"toolkit.default-locale\"",
                        "\"name\": \"toolkit.cache-size\"",
                        "\"name\": \"toolkit.strict\"",
                        "\"name\": \"toolkit.theme\"",
                        "\"name\": \"toolkit.base-url\"")
                .contains("Where the content is");
        // The README's table names every property, and only those.
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("\n## Spring Boot\n"));
        var named = new java.util.TreeSet<String>();
        var row =
                java.util.regex.Pattern.compile("(?m)^\\| `(toolkit\\.[a-z.-]+)` \\|")
                        .matcher(section);
        while (row.find()) {
            named.add(row.group(1));
        }
        var declared = new java.util.TreeSet<String>();
        for (Object property :
                (java.util.List<?>)
                        org.springframework.boot.json.JsonParserFactory.getJsonParser()
                                .parseMap(metadata)
                                .get("properties")) {
            declared.add((String) ((java.util.Map<?, ?>) property).get("name"));
        }
        assertThat(named).isEqualTo(declared);
    }
}
