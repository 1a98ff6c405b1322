package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ItemType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footer links what toolkit.yaml's {@code footer} lists, such as a contact page and the
 * publisher's social media accounts, and a page carries the symbols of the icons it shows.
 */
class FooterAndIconsTest {
    private static final RenderOptions DOCUMENT =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

    @TempDir Path content;

    private ToolkitEngine engine() throws IOException {
        Files.writeString(
                content.resolve("toolkit.yaml"),
                """
                title: Toolkit
                publisher: Anytown Council
                defaultLocale: en
                menu:
                  - {label: Tools, list: documents, icon: models}
                  - {label: Contact, item: contact}
                footer:
                  - {label: Contact us, item: contact, icon: contact}
                  - {label: Anytown on Vimeo, url: "https://vimeo.com/anytown", icon: vimeo}
                  - {label: Anytown elsewhere, url: "https://example.org/", icon: no-such-icon}
                """);
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("pages/contact.md"),
                "---\ntitle: Contact us\nsummary: How to reach us.\n---\nWrite to us.\n");
        return ToolkitEngine.builder().source(DirectorySource.of(content)).build();
    }

    @Test
    void theFooterLinksTheContentsEntriesEachWithItsIconBesideItsLabel() throws IOException {
        ToolkitEngine engine = engine();

        Document page =
                Jsoup.parse(engine.render(View.list(ItemType.PAGE), "html", DOCUMENT).content());

        assertThat(page.select("footer a.toolkit-footer-link"))
                .extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly(
                        "Toolkit menu /menu/",
                        "Contact us /pages/contact/",
                        "Anytown on Vimeo https://vimeo.com/anytown",
                        "Anytown elsewhere https://example.org/");
        assertThat(page.select("footer a svg use").eachAttr("href"))
                .containsExactly("#toolkit-icon-contact", "#toolkit-icon-vimeo");
        assertThat(page.select("footer a svg").eachAttr("aria-hidden")).containsOnly("true");
        assertThat(page.select("nav.toolkit-menu a svg use").eachAttr("href"))
                .containsExactly("#toolkit-icon-models");
        // The sprite holds the icons the page shows, and no others.
        assertThat(page.select("svg.toolkit-sprite symbol").eachAttr("id"))
                .containsExactlyInAnyOrder(
                        "toolkit-icon-models", "toolkit-icon-contact", "toolkit-icon-vimeo");
    }

    @Test
    void anIconTheRendererDoesNotHaveIsReportedAndLeftOut() throws IOException {
        ToolkitEngine engine = engine();

        assertThat(engine.diagnostics())
                .extracting(d -> d.code() + ": " + d.message())
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .startsWith(
                                                HtmlRendererProvider.UNKNOWN_ICON
                                                        + ": menu entry 'Anytown elsewhere' has"
                                                        + " icon 'no-such-icon'")
                                        .contains("facebook", "vimeo", "europe"));
        assertThat(engine.render(View.home(), "html", DOCUMENT).content())
                .doesNotContain("no-such-icon");
    }

    @Test
    void aFragmentCarriesNoIconsAndNoSprite() throws IOException {
        String fragment =
                engine().render(View.item("contact"), "html", RenderOptions.defaults()).content();

        assertThat(fragment).doesNotContain("<svg");
    }
}
