package org.artofthepossible.toolkit;

import static org.artofthepossible.toolkit.Fixtures.CY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.spi.ValidationRuleProvider;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.junit.jupiter.api.Test;

class ToolkitEngineTest {
    /** A source whose content a test can swap, as an edited directory would change. */
    private static final class MutableSource implements ContentSource {
        final AtomicReference<LoadedContent> content =
                new AtomicReference<>(Fixtures.content().build());

        @Override
        public String name() {
            return "mutable";
        }

        @Override
        public LoadedContent load(SourceContext context) {
            return content.get();
        }
    }

    private final MutableSource source = new MutableSource();
    private final TestRenderers.Text text = new TestRenderers.Text();

    private ToolkitEngine engine() {
        return ToolkitEngine.builder().source(source).renderer(text).discoverPlugins(false).build();
    }

    @Test
    void listenersHearEveryRenderAndReloadAndOneThatFailsBreaksNothing() {
        var heard = new java.util.concurrent.CopyOnWriteArrayList<String>();
        EngineListener recorder =
                new EngineListener() {
                    @Override
                    public void rendered(View view, String format, java.time.Duration took) {
                        heard.add(
                                "rendered "
                                        + view.kind()
                                        + " "
                                        + format
                                        + " "
                                        + !took.isNegative());
                    }

                    @Override
                    public void reloaded(ReloadResult result, java.time.Duration took) {
                        heard.add("reloaded " + result.applied() + " " + !took.isNegative());
                    }
                };
        EngineListener failing =
                new EngineListener() {
                    @Override
                    public void rendered(View view, String format, java.time.Duration took) {
                        throw new IllegalStateException("a broken meter");
                    }
                };
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(source)
                        .renderer(text)
                        .discoverPlugins(false)
                        .listener(failing)
                        .listener(recorder)
                        .build();

        engine.render(View.item("oldham"), "text");
        engine.render(View.item("oldham"), "text");
        engine.reload();

        assertThat(heard)
                .containsExactly(
                        "rendered ITEM text true", "rendered ITEM text true", "reloaded true true");
    }

    @Test
    void rendersThroughTheCacheAndCountsHitsAndMisses() {
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(source)
                        .renderer(text)
                        .discoverPlugins(false)
                        .recordCacheStats()
                        .build();

        Rendered first = engine.render(View.item("oldham"), "text");
        Rendered again = engine.render(View.item("oldham"), "text");
        Rendered welsh =
                engine.render(View.item("oldham"), "text", RenderOptions.defaults().withLocale(CY));

        assertThat(first.content()).startsWith("Oldham @ ");
        assertThat(first.mediaType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(again).isSameAs(first);
        assertThat(welsh.content()).startsWith("Oldham (cy)");
        assertThat(text.renders).hasValue(2);
        RenderCacheStats stats = engine.cacheStats();
        assertThat(stats.hits()).isEqualTo(1);
        assertThat(stats.misses()).isEqualTo(2);
        assertThat(stats.entries()).isEqualTo(2);
        assertThat(stats.weightBytes()).isPositive().isLessThanOrEqualTo(stats.maxBytes());
        assertThat(stats.hitRate()).isEqualTo(1.0 / 3);
    }

    @Test
    void countsNothingUnlessAskedToButStillReportsTheCacheSize() {
        ToolkitEngine engine = engine();

        engine.render(View.item("oldham"), "text");
        engine.render(View.item("oldham"), "text");

        RenderCacheStats stats = engine.cacheStats();
        assertThat(text.renders).hasValue(1);
        assertThat(stats.hits()).isZero();
        assertThat(stats.misses()).isZero();
        assertThat(stats.entries()).isEqualTo(1);
        assertThat(stats.weightBytes()).isPositive();
    }

    @Test
    void refusesAViewTheRendererDoesNotSupportWithAClearMessage() {
        assertThatThrownBy(() -> engine().render(View.menu(), "text"))
                .isInstanceOf(UnsupportedViewException.class)
                .hasMessage(
                        "the 'text' renderer does not render MENU views (MenuView[]); it renders [ITEM, LIST]");
    }

    @Test
    void namesTheArtifactForAMissingFormat() {
        assertThatThrownBy(() -> engine().render(View.home(), "json"))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith(
                        "no renderer for format 'json': add org.artofthepossible:toolkit-render-json");
    }

    @Test
    void aReloadWithoutErrorsSwapsTheSnapshotAndARenderSeesTheNewVersion() {
        ToolkitEngine engine = engine();
        Toolkit before = engine.toolkit();
        Rendered first = engine.render(View.list(ItemType.PAGE), "text");
        String rendered = first.content();
        source.content.set(
                Fixtures.content().item(Page.of(Fixtures.meta("extra", "Extra").build())).build());

        ReloadResult reload = engine.reload();

        assertThat(reload.applied()).isTrue();
        assertThat(engine.toolkit()).isSameAs(reload.toolkit()).isNotSameAs(before);
        assertThat(before.item("extra", Fixtures.EN)).isEmpty();
        assertThat(rendered).isEqualTo("pages: 1");
        Rendered second = engine.render(View.list(ItemType.PAGE), "text");
        assertThat(second.content()).isEqualTo("pages: 2");
        assertThat(first.version()).isEqualTo(before.version());
        assertThat(second.version())
                .isEqualTo(reload.toolkit().version())
                .isNotEqualTo(before.version());
    }

    @Test
    void aReloadKeepsTheRendersOfWhatItLeftUnchanged() {
        source.content.set(Fixtures.contentWithFaq(Fixtures.meta("why-partner", "Why partner?")));
        ToolkitEngine engine = engine();
        View oldham = View.item("oldham");
        View faq = View.item("why-partner");
        View pages = View.list(ItemType.PAGE);
        Rendered before = engine.render(oldham, "text");
        engine.render(faq, "text");
        engine.render(pages, "text");
        assertThat(text.renders).hasValue(3);

        // The same content again: every render still holds.
        engine.reload();
        engine.render(oldham, "text");
        engine.render(faq, "text");
        engine.render(pages, "text");
        assertThat(text.renders).hasValue(3);

        // The FAQ's body edited: its page and the lists are rendered again, Oldham's is kept.
        source.content.set(
                Fixtures.contentWithFaq(
                        Fixtures.meta("why-partner", "Why partner?").body("Because it works.")));
        Toolkit edited = engine.reload().toolkit();
        Rendered kept = engine.render(oldham, "text");
        assertThat(text.renders).hasValue(3);
        assertThat(kept.content()).isEqualTo(before.content());
        assertThat(kept.version()).isEqualTo(edited.version()).isNotEqualTo(before.version());
        engine.render(faq, "text");
        engine.render(pages, "text");
        assertThat(text.renders).hasValue(5);

        // The FAQ retitled: Oldham's page may show that title, so it is rendered again too.
        source.content.set(
                Fixtures.contentWithFaq(Fixtures.meta("why-partner", "Why work together?")));
        engine.reload();
        engine.render(oldham, "text");
        assertThat(text.renders).hasValue(6);
        assertThat(engine.cacheStats().entries()).isEqualTo(1);
    }

    @Test
    void aRequestHoldingASnapshotRendersItEvenAfterAReloadRemovedTheItem() {
        source.content.set(
                Fixtures.content().item(Page.of(Fixtures.meta("extra", "Extra").build())).build());
        ToolkitEngine engine = engine();
        Toolkit held = engine.toolkit();
        source.content.set(Fixtures.content().build());
        assertThat(engine.reload().applied()).isTrue();

        assertThat(
                        engine.render(
                                        held,
                                        View.list(ItemType.PAGE),
                                        "text",
                                        RenderOptions.defaults())
                                .content())
                .isEqualTo("pages: 2");
        assertThat(
                        engine.render(held, View.item("extra"), "text", RenderOptions.defaults())
                                .content())
                .isNotEmpty();
        assertThatThrownBy(() -> engine.render(View.item("extra"), "text"))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void validationReadsTodayFromTheGivenClock() {
        source.content.set(
                Fixtures.content()
                        .item(
                                Page.of(
                                        Fixtures.meta("later", "Later")
                                                .published(java.time.LocalDate.of(2030, 6, 1))
                                                .build()))
                        .build());
        java.util.function.Function<String, ToolkitEngine> at =
                day ->
                        ToolkitEngine.builder()
                                .source(source)
                                .discoverPlugins(false)
                                .clock(
                                        java.time.Clock.fixed(
                                                java.time.Instant.parse(day + "T12:00:00Z"),
                                                java.time.ZoneOffset.UTC))
                                .build();

        assertThat(at.apply("2026-12-02").diagnostics())
                .extracting(d -> d.code())
                .containsExactly("implausible-date");
        assertThat(at.apply("2031-01-01").diagnostics()).isEmpty();
    }

    @Test
    void anUnknownIdIsItemNotFoundAndSoIsAnIdThatIsNoSlug() {
        ToolkitEngine engine = engine();

        assertThatThrownBy(() -> engine.render(View.item("atlantis"), "text"))
                .isInstanceOfSatisfying(
                        ItemNotFoundException.class, e -> assertThat(e.id()).isEqualTo("atlantis"))
                .hasMessage("no item with id 'atlantis'");
        assertThatThrownBy(() -> View.item("Plymouth Alliance"))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessage(
                        "'Plymouth Alliance' cannot be an item id: ids are slugs, lower-case"
                                + " letters and digits in groups joined by single hyphens");
    }

    @Test
    void aReloadWithErrorsKeepsTheLastGoodSnapshotAndReturnsTheDiagnostics() {
        ToolkitEngine engine = engine();
        Toolkit good = engine.toolkit();
        source.content.set(
                Fixtures.content().item(Page.of(Fixtures.meta("bad", " ").build())).build());

        ReloadResult reload = engine.reload();

        assertThat(reload.applied()).isFalse();
        assertThat(reload.toolkit()).isSameAs(good);
        assertThat(engine.toolkit()).isSameAs(good);
        assertThat(reload.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(DiagnosticCodes.REQUIRED_FIELD);
        assertThat(engine.diagnostics()).isEmpty();
    }

    @Test
    void aFailingSourceIsReportedAndTheOtherSourcesStillLoad() {
        ContentSource failing =
                new ContentSource() {
                    @Override
                    public String name() {
                        return "flaky";
                    }

                    @Override
                    public LoadedContent load(SourceContext context) {
                        throw new IllegalStateException("disk on fire");
                    }
                };

        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(source)
                        .source(failing)
                        .discoverPlugins(false)
                        .build();

        assertThat(engine.diagnostics())
                .extracting(Object::toString)
                .containsExactly(
                        "error source-failed: content source 'flaky' failed:"
                                + " java.lang.IllegalStateException: disk on fire");
        assertThat(engine.toolkit().list(ItemType.CASE_STUDY, Fixtures.EN)).hasSize(3);
    }

    @Test
    void aStrictEngineRefusesContentWithErrorsAndListsThemAll() {
        source.content.set(
                Fixtures.content().item(Page.of(Fixtures.meta("bad", " ").build())).build());

        assertThatThrownBy(
                        () ->
                                ToolkitEngine.builder()
                                        .source(source)
                                        .strict(true)
                                        .discoverPlugins(false)
                                        .build())
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("content has 1 error(s) and the engine is strict:")
                .hasMessageContaining("required-field: title is required");
    }

    @Test
    void runsPluginRulesAndReportsOneThatThrowsWithoutStoppingTheOthers() {
        ValidationRuleProvider house =
                new ValidationRuleProvider() {
                    @Override
                    public String id() {
                        return "house-style";
                    }

                    @Override
                    public org.artofthepossible.toolkit.spi.ValidationRule create() {
                        return context ->
                                context.items().stream()
                                        .filter(i -> i.item().title().contains("Oldham"))
                                        .forEach(
                                                i ->
                                                        context.report(
                                                                i,
                                                                "title",
                                                                Diagnostic.warning(
                                                                        "no-oldham", "avoid")));
                    }
                };
        ValidationRuleProvider failing =
                new ValidationRuleProvider() {
                    @Override
                    public String id() {
                        return "failing";
                    }

                    @Override
                    public org.artofthepossible.toolkit.spi.ValidationRule create() {
                        return context -> {
                            throw new IllegalStateException("bug");
                        };
                    }
                };

        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(source)
                        .rule(failing)
                        .rule(house)
                        .discoverPlugins(false)
                        .build();

        assertThat(engine.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("no-oldham", "no-oldham", DiagnosticCodes.RULE_FAILED);
    }

    @Test
    void failsFastOnAnIncompleteConfiguration() {
        assertThatThrownBy(() -> ToolkitEngine.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no content source: add one with ToolkitEngine.builder().source(...)");
        assertThatThrownBy(() -> ToolkitEngine.builder().cacheBytes(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersWithoutFailureWhileReloadsRunConcurrently() throws Exception {
        ToolkitEngine engine = engine();
        var rendered = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        Thread reloader =
                new Thread(
                        () -> {
                            for (int i = 0; i < 200; i++) {
                                source.content.set(
                                        Fixtures.content()
                                                .item(
                                                        Page.of(
                                                                Fixtures.meta("p" + i, "P" + i)
                                                                        .build()))
                                                .build());
                                engine.reload();
                            }
                        });
        reloader.start();
        for (int i = 0; i < 2000; i++) {
            rendered.add(engine.render(View.list(ItemType.PAGE), "text").content());
        }
        reloader.join();

        // Every render saw one whole snapshot: the first (one page) or a reloaded one (two).
        assertThat(rendered).hasSize(2000).isSubsetOf("pages: 1", "pages: 2");
        assertThat(engine.render(View.list(ItemType.PAGE), "text").content()).isEqualTo("pages: 2");
    }
}
