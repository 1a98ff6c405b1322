package org.artofthepossible.toolkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.UnsupportedViewException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.RendererProvider;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * What every renderer must do, as dynamic tests any {@link RendererProvider} can run against the
 * bundled toolkit (or other content):
 *
 * <ul>
 *   <li>it declares a media type;
 *   <li>it renders every view it claims to support without error, to non-empty output;
 *   <li>it is deterministic: the same view renders to the same text twice;
 *   <li>it is thread-safe: views rendered from several threads at once give the same text as one by
 *       one;
 *   <li>the engine refuses every view it does not support with {@link UnsupportedViewException}.
 * </ul>
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> conformance() {
 *     return RendererConformance.of(new MyRendererProvider());
 * }
 * }</pre>
 */
public final class RendererConformance {
    private static final int THREADS = 4;

    private RendererConformance() {}

    /**
     * The conformance tests against the bundled toolkit.
     *
     * @param provider the renderer's provider
     * @return the tests, for a {@code @TestFactory}
     */
    public static Stream<DynamicNode> of(RendererProvider provider) {
        return of(provider, BundledToolkit.source());
    }

    /**
     * The conformance tests against the given content.
     *
     * @param provider the renderer's provider
     * @param content the content to render
     * @return the tests, for a {@code @TestFactory}
     */
    public static Stream<DynamicNode> of(RendererProvider provider, ContentSource content) {
        // No cache, so every render really runs the renderer.
        ToolkitEngine engine =
                ToolkitEngine.builder().source(content).renderer(provider).cacheBytes(0).build();
        String format = provider.format();
        var renderer = provider.create(f -> Optional.empty());
        Set<View.Kind> supported = EnumSet.copyOf(renderer.supportedViews());
        List<View> views =
                views(engine.toolkit()).stream().filter(v -> supported.contains(v.kind())).toList();
        RenderOptions options = RenderOptions.defaults();

        var nodes = new ArrayList<DynamicNode>();
        nodes.add(
                DynamicTest.dynamicTest(
                        "declares a media type",
                        () ->
                                assertThat(renderer.mediaType())
                                        .matches("[a-z]+/[a-z0-9.+-]+(;.*)?")));
        nodes.add(
                DynamicContainer.dynamicContainer(
                        "renders every supported view to non-empty output",
                        views.stream()
                                .map(
                                        view ->
                                                DynamicTest.dynamicTest(
                                                        view.toString(),
                                                        () ->
                                                                assertThat(
                                                                                engine.render(
                                                                                                view,
                                                                                                format,
                                                                                                options)
                                                                                        .content())
                                                                        .isNotBlank()))));
        nodes.add(
                DynamicTest.dynamicTest(
                        "is deterministic",
                        () -> {
                            for (View view : views) {
                                assertThat(engine.render(view, format, options).content())
                                        .as(view.toString())
                                        .isEqualTo(engine.render(view, format, options).content());
                            }
                        }));
        nodes.add(
                DynamicTest.dynamicTest(
                        "is thread-safe", () -> threadSafe(engine, format, views, options)));
        for (View.Kind kind : EnumSet.complementOf(EnumSet.copyOf(supported))) {
            View view =
                    views(engine.toolkit()).stream()
                            .filter(v -> v.kind() == kind)
                            .findFirst()
                            .orElseThrow();
            nodes.add(
                    DynamicTest.dynamicTest(
                            "refuses " + kind + " views",
                            () ->
                                    assertThatThrownBy(() -> engine.render(view, format, options))
                                            .isInstanceOf(UnsupportedViewException.class)
                                            .hasMessageContaining(
                                                    "does not render " + kind + " views")));
        }
        return nodes.stream();
    }

    private static void threadSafe(
            ToolkitEngine engine, String format, List<View> views, RenderOptions options)
            throws Exception {
        var expected = new ArrayList<String>();
        for (View view : views) {
            expected.add(engine.render(view, format, options).content());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var results = new ArrayList<Future<List<String>>>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<String>> task =
                        () -> {
                            var out = new ArrayList<String>();
                            for (View view : views) {
                                out.add(engine.render(view, format, options).content());
                            }
                            return out;
                        };
                results.add(pool.submit(task));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One view of every kind and every item of the default locale. */
    private static List<View> views(Toolkit toolkit) {
        var views = new ArrayList<View>(List.of(View.home(), View.menu()));
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
        }
        Locale locale = toolkit.info().defaultLocale();
        for (ContentItem item : toolkit.items()) {
            if (item.locale().equals(locale)) {
                views.add(View.item(item.id()));
            }
        }
        // Search results as a search engine would give them: each item found by its title.
        List<SearchResults.Hit> hits =
                toolkit.items().stream()
                        .filter(item -> item.locale().equals(locale))
                        .limit(3)
                        .map(
                                item ->
                                        new SearchResults.Hit(
                                                item,
                                                List.of(
                                                        new SearchResults.Fragment("About ", false),
                                                        new SearchResults.Fragment(
                                                                item.title(), true))))
                        .toList();
        views.add(
                View.search(
                        new SearchResults(
                                toolkit.version(),
                                "about",
                                TermFilter.none(),
                                locale,
                                1,
                                10,
                                hits.size(),
                                hits,
                                Map.of(),
                                List.of())));
        views.add(View.search(SearchResults.notSearched(toolkit, locale)));
        // The question form new, and sent back with a problem in every field.
        views.add(View.questionForm(QuestionForm.empty("/questions", Map.of("token", "t"))));
        views.add(
                View.questionForm(
                        new QuestionForm(
                                "/questions",
                                Map.of(QuestionForm.Field.EMAIL, "not an address"),
                                List.of(
                                        new QuestionForm.Error(
                                                QuestionForm.Field.QUESTION,
                                                QuestionForm.Problem.MISSING),
                                        new QuestionForm.Error(
                                                QuestionForm.Field.EMAIL,
                                                QuestionForm.Problem.NOT_AN_EMAIL)),
                                Map.of("token", "t"))));
        views.add(View.questionReceived("Q-7KD3"));
        views.add(View.notFound());
        if (toolkit.info().accessibility().isPresent()) {
            views.add(View.accessibility());
        }
        return views;
    }
}
