package org.artofthepossible.toolkit;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.RendererProvider;
import org.artofthepossible.toolkit.spi.ServiceProviders;
import org.artofthepossible.toolkit.spi.ValidationRuleProvider;

/**
 * The plugins in use: providers registered explicitly, then those found by {@link ServiceLoader}.
 *
 * <p>Discovery never stops at a broken provider: one that cannot be loaded or instantiated is
 * listed in {@link #problems()} with its class name and cause, and the others are used. Two
 * discovered providers for one format (or, for loaders, one file extension) are listed there too,
 * and asking for that format fails with a message naming both classes and how to choose; an
 * explicitly registered provider always wins over discovered ones. Asking for a format nobody
 * provides fails with a message naming the artifact to add.
 */
public final class PluginRegistry {
    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());
    private static final Map<String, String> ARTIFACT_FOR_FORMAT =
            Map.of(
                    "html", "toolkit-render-html",
                    "json", "toolkit-render-json",
                    "jsonld", "toolkit-render-json");

    /** What a plugin does. */
    public enum Kind {
        /** A {@link ContentLoaderProvider}. */
        LOADER("content loader"),
        /** A {@link RendererProvider}. */
        RENDERER("renderer"),
        /** A {@link ValidationRuleProvider}. */
        RULE("validation rule");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * Returns the words used in messages.
         *
         * @return for example {@code content loader}
         */
        public String label() {
            return label;
        }
    }

    /**
     * One provider in use or found.
     *
     * @param kind what it provides
     * @param id its format or rule id
     * @param className its class
     * @param origin where it came from: {@code registered}, {@code module NAME} or a jar location
     */
    public record Plugin(Kind kind, String id, String className, String origin) {
        /** Checks the parts. */
        public Plugin {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(origin, "origin");
        }

        /** Returns {@code kind id: class (origin)}. */
        @Override
        public String toString() {
            return kind.label() + " " + id + ": " + className + " (" + origin + ")";
        }
    }

    /** A provider, where it came from, and what it answered when asked who it is. */
    private record Found<P>(P provider, String origin, String label, Set<String> keys) {
        static final String REGISTERED = "registered";

        Found(P provider, String origin) {
            this(provider, origin, "", Set.of());
        }

        boolean registered() {
            return origin.equals(REGISTERED);
        }
    }

    private final List<Plugin> plugins = new ArrayList<>();
    // Written during discovery and, for providers that fail when first used, by the engine later.
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, List<Found<RendererProvider>>> renderers;
    private final Map<String, List<Found<ContentLoaderProvider>>> loaders;
    private final List<ValidationRuleProvider> rules = new ArrayList<>();

    private final ClassLoader classLoader;
    private final ModuleLayer layer;
    private final boolean discover;

    private PluginRegistry(Builder builder) {
        this.classLoader = builder.classLoader;
        this.layer = builder.layer;
        this.discover = builder.discover;
        List<Found<RendererProvider>> foundRenderers =
                collect(RendererProvider.class, builder.renderers);
        List<Found<ContentLoaderProvider>> foundLoaders =
                collect(ContentLoaderProvider.class, builder.loaders);
        List<Found<ValidationRuleProvider>> foundRules =
                collect(ValidationRuleProvider.class, builder.rules);

        foundRenderers =
                described(
                        Kind.RENDERER,
                        foundRenderers,
                        "format()",
                        p -> Map.entry(p.format(), Set.of(p.format())));
        foundLoaders =
                described(
                        Kind.LOADER,
                        foundLoaders,
                        "format() or extensions()",
                        p -> {
                            Set<String> extensions = Set.copyOf(p.extensions());
                            return Map.entry(
                                    p.format() + " " + new TreeSet<>(extensions), extensions);
                        });
        foundRules =
                described(Kind.RULE, foundRules, "id()", p -> Map.entry(p.id(), Set.of(p.id())));
        renderers = byKey(foundRenderers);
        loaders = byKey(foundLoaders);
        for (Found<ValidationRuleProvider> rule : foundRules) {
            rules.add(rule.provider());
            plugins.add(plugin(Kind.RULE, rule));
        }
        for (Found<RendererProvider> r : foundRenderers) {
            plugins.add(plugin(Kind.RENDERER, r));
        }
        for (Found<ContentLoaderProvider> l : foundLoaders) {
            plugins.add(plugin(Kind.LOADER, l));
        }
        problems.addAll(ambiguities(Kind.RENDERER, renderers));
        problems.addAll(ambiguities(Kind.LOADER, loaders));
        problems.forEach(p -> LOG.log(System.Logger.Level.WARNING, p));
    }

    /**
     * Starts a builder. Without further settings it discovers providers with the class loader that
     * loaded this library.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every provider in use or found, explicit ones first.
     *
     * @return the plugins
     */
    public List<Plugin> plugins() {
        return List.copyOf(plugins);
    }

    /**
     * Returns what went wrong during discovery: providers that failed to load, and formats with
     * more than one provider.
     *
     * @return one message per problem, empty when all is well
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Returns the formats that some renderer provides.
     *
     * @return the formats, sorted
     */
    public Set<String> formats() {
        return new TreeSet<>(renderers.keySet());
    }

    /**
     * Returns the renderer provider of a format.
     *
     * @param format for example {@code html}
     * @return the provider
     * @throws PluginException when none provides the format (naming the artifact to add), or more
     *     than one does (naming them all)
     */
    public RendererProvider renderer(String format) {
        return pick(Kind.RENDERER, format, renderers)
                .orElseThrow(
                        () ->
                                missing(
                                        "renderer for format",
                                        format,
                                        renderers,
                                        ARTIFACT_FOR_FORMAT));
    }

    /**
     * Finds the loader provider for a file extension.
     *
     * @param extension lower case without the dot, for example {@code md}
     * @return the provider, or empty when none takes the extension
     * @throws PluginException when more than one provider takes it
     */
    public Optional<ContentLoaderProvider> loader(String extension) {
        return pick(Kind.LOADER, extension.toLowerCase(Locale.ROOT), loaders);
    }

    /**
     * Returns every file extension some loader takes.
     *
     * @return the extensions, sorted
     */
    public Set<String> extensions() {
        return new TreeSet<>(loaders.keySet());
    }

    /**
     * Returns every validation rule provider, explicit ones first.
     *
     * @return the providers
     */
    public List<ValidationRuleProvider> rules() {
        return List.copyOf(rules);
    }

    /**
     * Asks each provider who it is, once and guarded: a provider that throws, or answers null or
     * nothing, is reported with its class and left out, and the others are used.
     */
    private <P> List<Found<P>> described(
            Kind kind,
            List<Found<P>> found,
            String method,
            Function<P, Map.Entry<String, Set<String>>> identity) {
        var usable = new ArrayList<Found<P>>();
        for (Found<P> f : found) {
            Map.Entry<String, Set<String>> answer;
            try {
                answer = identity.apply(f.provider());
            } catch (RuntimeException | LinkageError e) {
                // Set.of and Map.entry refuse nulls: a null answer lands here too.
                problems.add(failed(kind, f, method, e.toString()));
                continue;
            }
            if (answer.getValue().isEmpty()
                    || answer.getValue().stream().anyMatch(String::isBlank)) {
                problems.add(failed(kind, f, method, "it answered " + answer.getValue()));
                continue;
            }
            usable.add(new Found<>(f.provider(), f.origin(), answer.getKey(), answer.getValue()));
        }
        return usable;
    }

    private static String failed(Kind kind, Found<?> f, String method, String why) {
        return "the "
                + kind.label()
                + " provider "
                + f.provider().getClass().getName()
                + " ("
                + f.origin()
                + ") failed in "
                + method
                + ": "
                + why
                + "; it is not used";
    }

    private static <P> Map<String, List<Found<P>>> byKey(List<Found<P>> found) {
        var map = new LinkedHashMap<String, List<Found<P>>>();
        for (Found<P> f : found) {
            for (String key : f.keys()) {
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        // An explicit registration is the user's choice: it replaces what discovery found.
        map.replaceAll(
                (key, same) -> {
                    List<Found<P>> explicit = same.stream().filter(Found::registered).toList();
                    return explicit.isEmpty() ? List.copyOf(same) : explicit;
                });
        return map;
    }

    private static <P> List<String> ambiguities(Kind kind, Map<String, List<Found<P>>> map) {
        var found = new ArrayList<String>();
        map.forEach(
                (key, same) -> {
                    if (same.size() > 1) {
                        found.add(ambiguous(kind, key, same));
                    }
                });
        return found;
    }

    /**
     * Finds the providers of a plugin's own extension point (the html renderer's {@code
     * MarkupOverride}s, say) the way this registry found its plugins: with its class loader or
     * module layer, and not at all when discovery is off. One that fails to load is reported in
     * {@link #problems()} and left out.
     *
     * @param service the extension point
     * @param <S> its type
     * @return the providers found, in discovery order
     */
    public <S> List<S> discover(Class<S> service) {
        if (!discover) {
            return List.of();
        }
        // ServiceLoader serves only modules that use the service; this module looks for others.
        PluginRegistry.class.getModule().addUses(service);
        return ServiceProviders.loadAll(
                serviceLoader(service), e -> reportFailure(broken(service, e)));
    }

    /** The one way this registry looks for providers: its module layer, or its class loader. */
    private <S> ServiceLoader<S> serviceLoader(Class<S> service) {
        return layer != null
                ? ServiceLoader.load(layer, service)
                : ServiceLoader.load(service, classLoader);
    }

    /**
     * Records that a provider failed when first used, for example in {@code create()}, so that
     * {@link #problems()} and {@code toolkit plugins} show it.
     *
     * @param problem what failed, naming the provider's class
     */
    void reportFailure(String problem) {
        problems.add(problem);
        LOG.log(System.Logger.Level.WARNING, problem);
    }

    private static <P> Optional<P> pick(Kind kind, String key, Map<String, List<Found<P>>> map) {
        List<Found<P>> candidates = map.get(key);
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            throw new PluginException(ambiguous(kind, key, candidates));
        }
        return Optional.of(candidates.get(0).provider());
    }

    private static <P> String ambiguous(Kind kind, String key, List<Found<P>> candidates) {
        String names =
                candidates.stream()
                        .map(f -> f.provider().getClass().getName() + " (" + f.origin() + ")")
                        .collect(Collectors.joining(", "));
        return candidates.size()
                + " "
                + kind.label()
                + " providers for '"
                + key
                + "': "
                + names
                + "; register the one to use with ToolkitEngine.builder()."
                + (kind == Kind.LOADER ? "loader" : "renderer")
                + "(...), or remove the other jar";
    }

    private static PluginException missing(
            String what, String key, Map<String, ?> available, Map<String, String> artifacts) {
        String hint =
                artifacts.containsKey(key)
                        ? "add org.artofthepossible:"
                                + artifacts.get(key)
                                + " to the class path or module path"
                        : "no known artifact provides it; register a provider with ToolkitEngine.builder()";
        return new PluginException(
                "no "
                        + what
                        + " '"
                        + key
                        + "': "
                        + hint
                        + " (available: "
                        + new TreeSet<>(available.keySet())
                        + ")");
    }

    private <P> List<Found<P>> collect(Class<P> spi, List<P> explicit) {
        var found = new ArrayList<Found<P>>();
        explicit.forEach(p -> found.add(new Found<>(p, Found.REGISTERED)));
        if (!discover) {
            return found;
        }
        for (P provider :
                ServiceProviders.loadAll(serviceLoader(spi), e -> problems.add(broken(spi, e)))) {
            found.add(new Found<>(provider, origin(provider.getClass())));
        }
        return found;
    }

    private static String broken(Class<?> spi, ServiceConfigurationError e) {
        var text =
                new StringBuilder(
                        "could not load a " + spi.getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }

    private static Plugin plugin(Kind kind, Found<?> found) {
        return new Plugin(
                kind, found.label(), found.provider().getClass().getName(), found.origin());
    }

    private static String origin(Class<?> type) {
        if (type.getModule().isNamed()) {
            return "module " + type.getModule().getName();
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null
                ? "unknown location"
                : source.getLocation().toString();
    }

    /** Builds a {@link PluginRegistry}; reusable after {@link #build()}. */
    public static final class Builder {
        private final List<RendererProvider> renderers = new ArrayList<>();
        private final List<ContentLoaderProvider> loaders = new ArrayList<>();
        private final List<ValidationRuleProvider> rules = new ArrayList<>();
        private ClassLoader classLoader = PluginRegistry.class.getClassLoader();
        private ModuleLayer layer;
        private boolean discover = true;

        private Builder() {}

        /**
         * Registers a renderer; it wins over discovered renderers of the same format.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException when another registered renderer has the same format
         */
        public Builder renderer(RendererProvider provider) {
            for (RendererProvider other : renderers) {
                if (other.format().equals(provider.format())) {
                    throw new IllegalArgumentException(
                            "two renderers registered for format '"
                                    + provider.format()
                                    + "': "
                                    + other.getClass().getName()
                                    + " and "
                                    + provider.getClass().getName());
                }
            }
            renderers.add(provider);
            return this;
        }

        /**
         * Registers a content loader; it wins over discovered loaders of the same extensions.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException when another registered loader takes one of its
         *     extensions
         */
        public Builder loader(ContentLoaderProvider provider) {
            for (ContentLoaderProvider other : loaders) {
                for (String extension : provider.extensions()) {
                    if (other.extensions().contains(extension)) {
                        throw new IllegalArgumentException(
                                "two loaders registered for extension '"
                                        + extension
                                        + "': "
                                        + other.getClass().getName()
                                        + " and "
                                        + provider.getClass().getName());
                    }
                }
            }
            loaders.add(provider);
            return this;
        }

        /**
         * Registers a validation rule, run with the discovered ones.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder rule(ValidationRuleProvider provider) {
            rules.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * Sets the class loader to discover providers with (default: the one that loaded this
         * library, never the thread's context loader).
         *
         * @param value the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader");
            this.layer = null;
            return this;
        }

        /**
         * Discovers providers in a module layer instead of through a class loader.
         *
         * @param value the layer
         * @return this builder
         */
        public Builder moduleLayer(ModuleLayer value) {
            this.layer = Objects.requireNonNull(value, "moduleLayer");
            return this;
        }

        /**
         * Turns discovery on (the default) or off, for a registry of explicit providers only.
         *
         * @param value whether to use {@link ServiceLoader}
         * @return this builder
         */
        public Builder discover(boolean value) {
            this.discover = value;
            return this;
        }

        /**
         * Builds the registry, discovering providers now.
         *
         * @return the registry
         */
        public PluginRegistry build() {
            return new PluginRegistry(this);
        }
    }
}
