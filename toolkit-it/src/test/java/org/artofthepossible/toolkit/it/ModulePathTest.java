package org.artofthepossible.toolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library as a modular application uses it: the toolkit's modules and their libraries in a
 * {@link ModuleLayer} of their own, plugins found by the module system from {@code provides}
 * clauses, nothing from the class path. A {@code requires}, {@code uses} or {@code provides}
 * missing from a module descriptor fails here, though every test on the class path passes.
 */
class ModulePathTest {
    private static final String CORE = "org.artofthepossible.toolkit.core";
    private static final List<String> ROOTS =
            List.of(
                    "org.artofthepossible.toolkit.content",
                    "org.artofthepossible.toolkit.render.html",
                    "org.artofthepossible.toolkit.render.json",
                    "org.artofthepossible.toolkit.jackson3",
                    "org.artofthepossible.toolkit.search");

    @Test
    void everyPluginWorksTogetherInAModuleLayer() throws Exception {
        ModuleLayer layer = layer(ROOTS);
        ClassLoader loader = layer.findLoader(CORE);
        Class<?> engineType = loader.loadClass("org.artofthepossible.toolkit.ToolkitEngine");
        Class<?> viewType = loader.loadClass("org.artofthepossible.toolkit.View");
        Object engine = bundledEngine(layer);

        assertThat((List<?>) engineType.getMethod("diagnostics").invoke(engine)).isEmpty();
        Object plugins = engineType.getMethod("plugins").invoke(engine);
        assertThat((List<?>) plugins.getClass().getMethod("problems").invoke(plugins)).isEmpty();
        Object view = viewType.getMethod("item", String.class).invoke(null, "plymouth-alliance");
        Class<?> optionsType = loader.loadClass("org.artofthepossible.toolkit.RenderOptions");
        Class<?> modeType = loader.loadClass("org.artofthepossible.toolkit.RenderOptions$Mode");
        Object defaults = optionsType.getMethod("defaults").invoke(null);
        Object document =
                optionsType
                        .getMethod("withMode", modeType)
                        .invoke(
                                defaults,
                                Arrays.stream(modeType.getEnumConstants())
                                        .filter(mode -> ((Enum<?>) mode).name().equals("DOCUMENT"))
                                        .findFirst()
                                        .orElseThrow());
        String html = render(engineType, viewType, optionsType, engine, view, "html", document);
        String json = render(engineType, viewType, optionsType, engine, view, "json", defaults);

        // The html renderer embeds the jsonld renderer's output: both modules found each other.
        assertThat(html)
                .contains(
                        ">The Plymouth Alliance: an alliance contract",
                        "<script type=\"application/ld+json\">");
        assertThat(json).startsWith("{").contains("\"id\":\"plymouth-alliance\"");
        assertThat(engineType.getModule().getLayer()).isSameAs(layer);
        // Lucene's modules and codecs resolve on the module path too.
        ClassLoader searchLoader = layer.findLoader("org.artofthepossible.toolkit.search");
        Class<?> searchType =
                searchLoader.loadClass("org.artofthepossible.toolkit.search.ToolkitSearch");
        Class<?> requestType =
                searchLoader.loadClass("org.artofthepossible.toolkit.search.SearchRequest");
        Object results =
                searchType
                        .getMethod(
                                "search",
                                loader.loadClass("org.artofthepossible.toolkit.Toolkit"),
                                requestType)
                        .invoke(
                                searchType.getMethod("create").invoke(null),
                                engineType.getMethod("toolkit").invoke(engine),
                                requestType.getMethod("of", String.class).invoke(null, "alliance"));
        assertThat((long) results.getClass().getMethod("total").invoke(results)).isPositive();
        // Jackson 3 finds the toolkit's module from its provides clause, and the module reaches
        // the canonical JSON walker that toolkit-render-json exports to it alone.
        Class<?> jacksonModule =
                layer.findLoader("tools.jackson.databind")
                        .loadClass("tools.jackson.databind.JacksonModule");
        assertThat(ServiceLoader.load(layer, jacksonModule).stream().map(p -> p.get()))
                .extracting(module -> module.getClass().getName())
                .contains("org.artofthepossible.toolkit.jackson3.ToolkitJackson3Module");
    }

    /** An engine over the bundled toolkit whose plugins are found in the layer. */
    private static Object bundledEngine(ModuleLayer layer) throws ReflectiveOperationException {
        ClassLoader loader = layer.findLoader(CORE);
        Class<?> engineType = loader.loadClass("org.artofthepossible.toolkit.ToolkitEngine");
        Class<?> builderType =
                loader.loadClass("org.artofthepossible.toolkit.ToolkitEngine$Builder");
        Class<?> sourceType = loader.loadClass("org.artofthepossible.toolkit.spi.ContentSource");
        Object source =
                layer.findLoader(ROOTS.get(0))
                        .loadClass("org.artofthepossible.toolkit.content.BundledToolkit")
                        .getMethod("source")
                        .invoke(null);
        Object builder = engineType.getMethod("builder").invoke(null);
        builderType.getMethod("source", sourceType).invoke(builder, source);
        builderType.getMethod("moduleLayer", ModuleLayer.class).invoke(builder, layer);
        return builderType.getMethod("build").invoke(builder);
    }

    private static String render(
            Class<?> engineType,
            Class<?> viewType,
            Class<?> optionsType,
            Object engine,
            Object view,
            String format,
            Object options)
            throws ReflectiveOperationException {
        Object rendered =
                engineType
                        .getMethod("render", viewType, String.class, optionsType)
                        .invoke(engine, view, format, options);
        return (String) rendered.getClass().getMethod("content").invoke(rendered);
    }

    @Test
    void anOutsideModulesPluginsAreFoundFromItsProvidesClauses() throws Exception {
        Path examples = Path.of(System.getProperty("toolkit.examples.module", "unset"));
        assertThat(examples.resolve("module-info.class"))
                .as("toolkit-examples is built before this module")
                .exists();
        var roots = new ArrayList<>(ROOTS);
        roots.add("com.example.toolkit");
        ModuleLayer layer = layer(roots, examples);
        ClassLoader loader = layer.findLoader(CORE);
        Class<?> engineType = loader.loadClass("org.artofthepossible.toolkit.ToolkitEngine");
        Class<?> viewType = loader.loadClass("org.artofthepossible.toolkit.View");
        Class<?> typeType = loader.loadClass("org.artofthepossible.toolkit.model.ItemType");
        Class<?> optionsType = loader.loadClass("org.artofthepossible.toolkit.RenderOptions");
        Object engine = bundledEngine(layer);
        Object plugins = engineType.getMethod("plugins").invoke(engine);
        Object caseStudies = typeType.getField("CASE_STUDY").get(null);
        Object list = viewType.getMethod("list", typeType).invoke(null, caseStudies);
        Object item = viewType.getMethod("item", String.class).invoke(null, "plymouth-alliance");
        Object defaults = optionsType.getMethod("defaults").invoke(null);

        assertThat((List<?>) plugins.getClass().getMethod("problems").invoke(plugins)).isEmpty();
        Set<?> extensions = (Set<?>) plugins.getClass().getMethod("extensions").invoke(plugins);
        assertThat(extensions)
                .as("extensions")
                .anyMatch("properties"::equals)
                .anyMatch("md"::equals);
        assertThat(render(engineType, viewType, optionsType, engine, list, "csv", defaults))
                .startsWith("id,title,href\r\n");
        assertThat(render(engineType, viewType, optionsType, engine, item, "html", defaults))
                .contains("<article class=\"partners-first\">");
    }

    /** The toolkit's modules, resolved from this test's class path entries as module path. */
    private static ModuleLayer layer(List<String> roots, Path... moreModules) {
        Map<String, ModuleReference> modules = new LinkedHashMap<>();
        var entries = new ArrayList<Path>(List.of(moreModules));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry));
        }
        for (Path path : entries) {
            if (!Files.exists(path)) {
                continue;
            }
            try {
                for (ModuleReference module : ModuleFinder.of(path).findAll()) {
                    modules.putIfAbsent(module.descriptor().name(), module);
                }
            } catch (FindException e) {
                // Not usable as a module (a test tool's jar, say); the toolkit needs none of those.
            }
        }
        // Resolving one automatic module resolves every automatic module in sight, as the module
        // system reads them all: keep only those a toolkit module requires, as an application's
        // module path would, not every test tool's jar on this class path.
        Set<String> required = new HashSet<>();
        modules.values().stream()
                .filter(m -> !m.descriptor().isAutomatic())
                .forEach(m -> m.descriptor().requires().forEach(r -> required.add(r.name())));
        modules.values()
                .removeIf(
                        m ->
                                m.descriptor().isAutomatic()
                                        && !required.contains(m.descriptor().name()));
        ModuleFinder finder =
                new ModuleFinder() {
                    @Override
                    public Optional<ModuleReference> find(String name) {
                        return Optional.ofNullable(modules.get(name));
                    }

                    @Override
                    public Set<ModuleReference> findAll() {
                        return Set.copyOf(modules.values());
                    }
                };
        Configuration configuration =
                ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
        return ModuleLayer.boot()
                .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }
}
