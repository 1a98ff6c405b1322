package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private static final String PROVIDER =
            "org.artofthepossible.toolkit.render.html.HtmlRendererProvider";

    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    private static final String RULES =
            "org.artofthepossible.toolkit.render.html.MarkdownRuleProvider, "
                    + "org.artofthepossible.toolkit.render.html.IconRuleProvider";

    @Test
    void exportsOnlyItsPublicPackageAndProvidesItsPluginBothWays() {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.render.html");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.render.html");
        assertThat(descriptor.uses())
                .containsExactly("org.artofthepossible.toolkit.render.html.MarkupOverride");
        assertThat(descriptor.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .contains("org.artofthepossible.toolkit.core");
        assertThat(descriptor.provides())
                .extracting(p -> p.service() + "=" + p.providers())
                .containsExactlyInAnyOrder(
                        "org.artofthepossible.toolkit.spi.RendererProvider=[" + PROVIDER + "]",
                        "org.artofthepossible.toolkit.spi.ValidationRuleProvider=[" + RULES + "]");
        assertThat(
                        getClass()
                                .getResourceAsStream(
                                        "/META-INF/services/org.artofthepossible.toolkit.spi.ValidationRuleProvider"))
                .asString(java.nio.charset.StandardCharsets.UTF_8)
                .isEqualToIgnoringNewLines(RULES.replace(", ", ""));
        assertThat(
                        getClass()
                                .getResourceAsStream(
                                        "/META-INF/services/org.artofthepossible.toolkit.spi.RendererProvider"))
                .asString(java.nio.charset.StandardCharsets.UTF_8)
                .isEqualToIgnoringNewLines(PROVIDER);
    }
}
