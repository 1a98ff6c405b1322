package org.artofthepossible.toolkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.internal.CoreRules;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.spi.ValidationContext;
import org.artofthepossible.toolkit.spi.ValidationRule;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Turns loaded content into a snapshot: runs the core rules, then the plugin rules, on every item
 * (those the loader found errors in too), keeps out every item an error was reported against, and
 * warns about references to the items kept out.
 */
final class Validation {
    /** A plugin rule with the name to blame when it throws. */
    record NamedRule(String name, ValidationRule rule) {}

    /** By file, line and column, as an editor lists problems; those with no file come last. */
    private static final Comparator<Diagnostic> FILE_ORDER =
            Comparator.comparing((Diagnostic d) -> d.location().isEmpty())
                    .thenComparing(d -> d.location().map(SourceLocation::source).orElse(""))
                    .thenComparingInt(d -> d.location().map(SourceLocation::line).orElse(0))
                    .thenComparingInt(d -> d.location().map(SourceLocation::column).orElse(0));

    private static final ToolkitInfo UNDESCRIBED =
            ToolkitInfo.of("Untitled toolkit", "", Locale.ENGLISH);

    private Validation() {}

    static LoadResult validate(LoadedContent content, List<NamedRule> pluginRules, Clock clock) {
        var diagnostics = new ArrayList<>(content.diagnostics());
        ToolkitInfo info = content.info().orElse(UNDESCRIBED);
        if (content.info().isEmpty()) {
            diagnostics.add(
                    Diagnostic.error(
                            DiagnosticCodes.MISSING_TOOLKIT_INFO,
                            "no source describes the toolkit (title, publisher, locales); add a"
                                    + " toolkit.yaml at the content root"));
        }
        var vocabularies = new LinkedHashMap<String, Vocabulary>();
        for (Vocabulary vocabulary : content.vocabularies()) {
            if (vocabularies.putIfAbsent(vocabulary.id(), vocabulary) != null) {
                diagnostics.add(
                        Diagnostic.error(
                                DiagnosticCodes.DUPLICATE_VOCABULARY,
                                "vocabulary '"
                                        + vocabulary.id()
                                        + "' is declared twice; the first declaration is used"));
            }
        }
        Menu menu = content.menu().orElse(Menu.empty());
        var context = new Context(info, content.items(), vocabularies, menu, diagnostics);
        for (LoadedItem loaded : content.items()) {
            for (Diagnostic problem : loaded.problems()) {
                diagnostics.add(problem.withItem(loaded.item().id()));
            }
            if (loaded.hasErrors()) {
                context.rejected.put(loaded, Boolean.TRUE);
            }
        }

        new CoreRules(clock).validate(context);
        for (NamedRule named : pluginRules) {
            try {
                named.rule().validate(context);
            } catch (RuntimeException e) {
                diagnostics.add(
                        Diagnostic.error(
                                DiagnosticCodes.RULE_FAILED,
                                "validation rule '" + named.name() + "' failed: " + e));
            }
        }

        List<ContentItem> kept =
                content.items().stream()
                        .filter(i -> !context.rejected.containsKey(i))
                        .map(LoadedItem::item)
                        .toList();
        warnAboutExcludedTargets(
                content.items(), context.rejected.keySet(), kept, menu, diagnostics);
        var toolkit = new Toolkit(info, List.copyOf(vocabularies.values()), menu, kept);
        diagnostics.sort(FILE_ORDER);
        return new LoadResult(toolkit, diagnostics);
    }

    private static void warnAboutExcludedTargets(
            List<LoadedItem> all,
            Set<LoadedItem> rejected,
            List<ContentItem> kept,
            Menu menu,
            List<Diagnostic> diagnostics) {
        Set<String> keptIds = kept.stream().map(ContentItem::id).collect(Collectors.toSet());
        Set<String> excludedIds =
                rejected.stream()
                        .map(i -> i.item().id())
                        .filter(id -> !keptIds.contains(id))
                        .collect(Collectors.toSet());
        if (excludedIds.isEmpty()) {
            return;
        }
        for (LoadedItem loaded : all) {
            if (rejected.contains(loaded)) {
                continue;
            }
            List<String> related = loaded.item().metadata().related();
            for (int i = 0; i < related.size(); i++) {
                if (excludedIds.contains(related.get(i))) {
                    String field = "related[" + i + "]";
                    diagnostics.add(
                            excludedWarning(related.get(i))
                                    .withLocation(loaded.locationOf(field))
                                    .withItem(loaded.item().id())
                                    .withField(field));
                }
            }
        }
        for (MenuEntry entry : menu.flatten()) {
            entry.itemId()
                    .filter(excludedIds::contains)
                    .ifPresent(id -> diagnostics.add(excludedWarning(id).withField("menu")));
        }
    }

    private static Diagnostic excludedWarning(String id) {
        return Diagnostic.warning(
                DiagnosticCodes.REFERENCE_TO_EXCLUDED_ITEM,
                "refers to '" + id + "', which was kept out because of its own errors");
    }

    private static final class Context implements ValidationContext {
        private final ToolkitInfo info;
        private final List<LoadedItem> items;
        private final Map<String, Vocabulary> vocabularies;
        private final Menu menu;
        private final List<Diagnostic> diagnostics;
        // Identity, not equality: of two equal duplicates only the one reported is kept out.
        private final Map<LoadedItem, Boolean> rejected = new IdentityHashMap<>();

        Context(
                ToolkitInfo info,
                List<LoadedItem> items,
                Map<String, Vocabulary> vocabularies,
                Menu menu,
                List<Diagnostic> diagnostics) {
            this.info = info;
            this.items = items;
            this.vocabularies = Collections.unmodifiableMap(vocabularies);
            this.menu = menu;
            this.diagnostics = diagnostics;
        }

        @Override
        public ToolkitInfo info() {
            return info;
        }

        @Override
        public List<LoadedItem> items() {
            return items;
        }

        @Override
        public Optional<Vocabulary> vocabulary(String id) {
            return Optional.ofNullable(vocabularies.get(id));
        }

        @Override
        public Menu menu() {
            return menu;
        }

        @Override
        public void report(LoadedItem item, String field, Diagnostic diagnostic) {
            diagnostics.add(
                    diagnostic
                            .withLocation(item.locationOf(field))
                            .withItem(item.item().id())
                            .withField(field));
            if (diagnostic.isError()) {
                rejected.put(item, Boolean.TRUE);
            }
        }

        @Override
        public void report(Diagnostic diagnostic) {
            diagnostics.add(diagnostic);
        }
    }
}
