package org.artofthepossible.toolkit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.artofthepossible.toolkit.internal.ContentDigest;
import org.artofthepossible.toolkit.internal.Immutables;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.RichText;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;

/**
 * One immutable snapshot of toolkit content: every item in every locale, the vocabularies, the menu
 * and a content version. Safe to share between threads; queries never change it.
 *
 * <p>Get one from {@link ToolkitEngine#toolkit()}, or validate content assembled in code with
 * {@link #load(LoadedContent)}:
 *
 * <pre>{@code
 * LoadResult result = Toolkit.load(content);
 * Toolkit toolkit = result.toolkit();
 * List<ContentItem> studies = toolkit.list(ItemType.CASE_STUDY, Locale.ENGLISH);
 * }</pre>
 *
 * <p>Lookups take the reader's locale and fall back along {@link ToolkitInfo#fallbackChain}. Lists
 * leave out drafts and are ordered by {@code order}, then title, then id.
 */
public final class Toolkit {
    private static final Comparator<ContentItem> LIST_ORDER =
            Comparator.<ContentItem>comparingInt(i -> i.metadata().order())
                    .thenComparing(ContentItem::title)
                    .thenComparing(ContentItem::id);

    private final ToolkitInfo info;
    private final Map<String, Vocabulary> vocabularies;
    private final Map<String, Map<String, Term>> terms;
    private final Menu menu;
    private final List<ContentItem> items;
    private final Map<String, Map<Locale, ContentItem>> byId;
    // The fallback chain of each locale the content is written in: every item lookup walks one.
    private final Map<Locale, List<Locale>> chains;
    // Worked out on first use: a static export never needs it. Computing it twice in a race is
    // harmless, both threads get the same string.
    private volatile String version;
    private volatile String outline;
    // Each item's digest, all its locales and everything they say, worked out once: an export asks
    // for an item's version once per format, and the snapshot's version is made of them.
    private final Map<String, String> itemDigests = new ConcurrentHashMap<>();
    private final Map<ListKey, Listing> lists = new ConcurrentHashMap<>();

    /**
     * The facets of each whole list, which every list page of a type shows whatever its filter: an
     * export counted them again for each term's page.
     */
    private final Map<ListKey, Map<String, Map<String, Integer>>> wholeListFacets =
            new ConcurrentHashMap<>();

    private record ListKey(ItemType type, Locale locale) {}

    /**
     * The lists of the last filters asked for: an export writes a term's page as HTML, with its
     * structured data, and as JSON, one after the other, and each asked for the list, and the JSON
     * for its facets too, each a pass over the whole list. Bounded, since a server's visitors
     * choose the filters.
     */
    private final Cache<FilteredListKey, List<ContentItem>> filteredLists =
            Caffeine.newBuilder().maximumSize(16).executor(Runnable::run).build();

    private record FilteredListKey(ItemType type, TermFilter filter, Locale locale) {}

    /** A list with each item's place in it by id, so that an item finds its neighbours at once. */
    private record Listing(List<ContentItem> items, Map<String, Integer> positions) {
        static Listing of(List<ContentItem> items) {
            var positions = new HashMap<String, Integer>(items.size() * 2);
            for (int i = 0; i < items.size(); i++) {
                positions.put(items.get(i).id(), i);
            }
            return new Listing(items, positions);
        }
    }

    Toolkit(ToolkitInfo info, List<Vocabulary> vocabularies, Menu menu, List<ContentItem> items) {
        this.info = info;
        var vocabularyMap = new LinkedHashMap<String, Vocabulary>();
        vocabularies.forEach(v -> vocabularyMap.put(v.id(), v));
        this.vocabularies = Collections.unmodifiableMap(vocabularyMap);
        var termIndex = new HashMap<String, Map<String, Term>>();
        for (Vocabulary vocabulary : vocabularies) {
            var byId = new HashMap<String, Term>();
            vocabulary.terms().forEach(t -> byId.put(t.id(), t));
            termIndex.put(vocabulary.id(), Map.copyOf(byId));
        }
        this.terms = Map.copyOf(termIndex);
        this.menu = menu;
        this.items =
                items.stream()
                        .sorted(
                                Comparator.comparing(ContentItem::type)
                                        .thenComparing(ContentItem::id)
                                        .thenComparing(i -> i.locale().toLanguageTag()))
                        .toList();
        var index = new LinkedHashMap<String, Map<Locale, ContentItem>>();
        for (ContentItem item : this.items) {
            index.computeIfAbsent(item.id(), k -> new LinkedHashMap<>()).put(item.locale(), item);
        }
        index.replaceAll((id, variants) -> Immutables.byLanguageTag(variants));
        this.byId = Collections.unmodifiableMap(index);
        var chainIndex = new HashMap<Locale, List<Locale>>();
        info.locales().forEach(l -> chainIndex.put(l, info.fallbackChain(l)));
        this.chains = Map.copyOf(chainIndex);
    }

    /**
     * Validates content with the core rules and builds a snapshot of what passes, with today's date
     * from the system clock.
     *
     * @param content the content, for example assembled with {@link LoadedContent#builder()}
     * @return the snapshot and every diagnostic; items with errors are left out
     */
    public static LoadResult load(LoadedContent content) {
        return load(content, java.time.Clock.systemUTC());
    }

    /**
     * Validates content with the core rules and builds a snapshot of what passes.
     *
     * @param content the content, for example assembled with {@link LoadedContent#builder()}
     * @param clock where today's date comes from, for dates in the future
     * @return the snapshot and every diagnostic; items with errors are left out
     */
    public static LoadResult load(LoadedContent content, java.time.Clock clock) {
        return Validation.validate(content, List.of(), clock);
    }

    /**
     * Returns what the content says about itself.
     *
     * @return title, publisher and locales
     */
    public ToolkitInfo info() {
        return info;
    }

    /**
     * Returns a stable hash of the content: equal for equal content, whatever the order it was
     * loaded in or the source it came from, and different when anything changes.
     *
     * @return 64 hexadecimal digits
     */
    public String version() {
        String known = version;
        if (known == null) {
            var digest = new ContentDigest().add(info).add(vocabularies.values()).add(menu);
            digest.add(byId.size());
            byId.keySet().forEach(id -> digest.add(itemDigest(id)));
            known = digest.hex();
            version = known;
        }
        return known;
    }

    /**
     * Returns a stable hash of what a view may show: equal in two snapshots when the view renders
     * the same in both. An item's view shows that item in full and other items only by their
     * metadata without their bodies (titles in previous/next and related links, menu entries), so
     * its version covers every variant of the item, the rest of the snapshot's metadata, the
     * vocabularies and the menu: editing another item's body leaves it equal. Every other view
     * (lists, the home page, the menu) may show any item in full, and has {@link #version()}.
     *
     * <p>An export uses it to render again only the pages whose views changed, and the engine's
     * cache to keep an item's renders across a reload that leaves the item's version unchanged:
     * every {@link org.artofthepossible.toolkit.spi.Renderer} shows no more of other items on an
     * item's page than their metadata.
     *
     * @param view the view
     * @return 64 hexadecimal digits
     */
    public String version(View view) {
        if (!(view instanceof View.ItemView itemView)) {
            return version();
        }
        String known = outline;
        if (known == null) {
            var digest = new ContentDigest().add(info).add(vocabularies.values()).add(menu);
            items.forEach(i -> digest.add(i.type()).add(withoutBody(i.metadata())));
            known = digest.hex();
            outline = known;
        }
        String id = itemView.id();
        return new ContentDigest()
                .add(known)
                .add(byId.containsKey(id) ? itemDigest(id) : new ContentDigest().add(id).hex())
                .hex();
    }

    /** The digest of one item in all its locales; only ids of this snapshot are remembered. */
    private String itemDigest(String id) {
        return itemDigests.computeIfAbsent(
                id, known -> new ContentDigest().add(known).add(byId.get(known).values()).hex());
    }

    private static ItemMetadata withoutBody(ItemMetadata m) {
        return new ItemMetadata(
                m.id(),
                m.locale(),
                m.title(),
                m.summary(),
                RichText.empty(),
                m.order(),
                m.terms(),
                m.links(),
                m.published(),
                m.updated(),
                m.draft(),
                m.related(),
                m.sources());
    }

    /**
     * Returns every item in every locale, drafts included, ordered by type, id and locale.
     *
     * @return all items
     */
    public List<ContentItem> items() {
        return items;
    }

    /**
     * Finds an item in the reader's locale, falling back along the locale chain.
     *
     * @param id the item id
     * @param locale the reader's locale
     * @return the best variant, or empty when there is no item with that id
     */
    public Optional<ContentItem> item(String id, Locale locale) {
        Map<Locale, ContentItem> variants = byId.get(id);
        if (variants == null) {
            return Optional.empty();
        }
        if (variants.size() == 1) {
            return Optional.of(variants.values().iterator().next()); // whatever the chain says
        }
        for (Locale candidate : fallbackChain(locale)) {
            ContentItem item = variants.get(candidate);
            if (item != null) {
                return Optional.of(item);
            }
        }
        return Optional.of(variants.values().iterator().next());
    }

    /**
     * Returns an item that a view names, for renderers.
     *
     * @param id the item id
     * @param locale the reader's locale
     * @return the best variant
     * @throws ToolkitException naming the id when there is no item with it
     */
    public ContentItem requireItem(String id, Locale locale) {
        return item(id, locale)
                .orElseThrow(() -> new ItemNotFoundException(id, "no item with id '" + id + "'"));
    }

    /**
     * Finds an item of a given type.
     *
     * @param type the record class, for example {@code CaseStudy.class}
     * @param id the item id
     * @param locale the reader's locale
     * @param <T> the item type
     * @return the best variant, or empty when there is no item of that type with that id
     */
    public <T extends ContentItem> Optional<T> item(Class<T> type, String id, Locale locale) {
        return item(id, locale).filter(type::isInstance).map(type::cast);
    }

    /**
     * Lists the items of one type in the reader's locale (each item once, in its best variant),
     * drafts excluded, in list order.
     *
     * @param type the item type
     * @param locale the reader's locale
     * @return the items
     */
    public List<ContentItem> list(ItemType type, Locale locale) {
        return listing(type, locale).items();
    }

    private Listing listing(ItemType type, Locale locale) {
        return lists.computeIfAbsent(
                new ListKey(type, locale),
                key -> {
                    var result = new ArrayList<ContentItem>();
                    for (String id : byId.keySet()) {
                        item(id, locale)
                                .filter(i -> i.type() == type && !i.metadata().draft())
                                .ifPresent(result::add);
                    }
                    result.sort(LIST_ORDER);
                    return Listing.of(List.copyOf(result));
                });
    }

    /**
     * Lists the items of one type that pass a term filter.
     *
     * @param type the item type
     * @param filter the terms to match
     * @param locale the reader's locale
     * @return the matching items, in list order
     */
    public List<ContentItem> list(ItemType type, TermFilter filter, Locale locale) {
        if (filter.terms().isEmpty()) {
            return list(type, locale);
        }
        return filteredLists.get(
                new FilteredListKey(type, filter, locale),
                key -> {
                    var matching = new ArrayList<ContentItem>();
                    for (ContentItem item : list(type, locale)) {
                        if (filter.test(item.terms())) {
                            matching.add(item);
                        }
                    }
                    return Collections.unmodifiableList(matching);
                });
    }

    /**
     * Lists the items of one record type.
     *
     * @param type the record class, for example {@code CaseStudy.class}
     * @param locale the reader's locale
     * @param <T> the item type
     * @return the items, in list order
     */
    public <T extends ContentItem> List<T> list(Class<T> type, Locale locale) {
        for (ItemType itemType : ItemType.values()) {
            if (itemType.javaType() == type) {
                return list(itemType, locale).stream().map(type::cast).toList();
            }
        }
        throw new IllegalArgumentException("not an item record type: " + type.getName());
    }

    /**
     * Counts, for each vocabulary and term, the listed items of a type that pass a filter and carry
     * that term. Vocabularies and terms come in declaration order; terms no item carries are
     * counted as 0, so facet lists stay stable. A whole list's (no filter) are counted once per
     * snapshot and locale, as every list page of a type shows them.
     *
     * @param type the item type
     * @param filter the filter already applied
     * @param locale the reader's locale
     * @return counts by vocabulary id, then term id
     */
    public Map<String, Map<String, Integer>> facets(
            ItemType type, TermFilter filter, Locale locale) {
        if (filter.terms().isEmpty()) {
            return wholeListFacets.computeIfAbsent(
                    new ListKey(type, locale), key -> facets(list(type, locale)));
        }
        return facets(list(type, filter, locale));
    }

    private Map<String, Map<String, Integer>> facets(List<ContentItem> items) {
        // One pass over the items and the terms each carries (distinct, as Terms keeps them),
        // rather than one over the items for every declared term: a list page of 100,000 items
        // spent a tenth of an export here (BENCHMARKS.md, history).
        var carried = new HashMap<TermRef, Integer>();
        for (ContentItem item : items) {
            for (TermRef ref : item.terms().all()) {
                carried.merge(ref, 1, Integer::sum);
            }
        }
        var result = new LinkedHashMap<String, Map<String, Integer>>();
        for (Vocabulary vocabulary : vocabularies.values()) {
            var counts = new LinkedHashMap<String, Integer>();
            for (Term term : vocabulary.terms()) {
                counts.put(
                        term.id(), carried.getOrDefault(TermRef.of(vocabulary.id(), term.id()), 0));
            }
            result.put(vocabulary.id(), Collections.unmodifiableMap(counts));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Returns the item before this one in the list of its type.
     *
     * @param item an item of this snapshot
     * @param locale the reader's locale
     * @return the previous item, or empty at the start of the list or for a draft
     */
    public Optional<ContentItem> previous(ContentItem item, Locale locale) {
        return neighbour(item, locale, -1);
    }

    /**
     * Returns the item after this one in the list of its type.
     *
     * @param item an item of this snapshot
     * @param locale the reader's locale
     * @return the next item, or empty at the end of the list or for a draft
     */
    public Optional<ContentItem> next(ContentItem item, Locale locale) {
        return neighbour(item, locale, +1);
    }

    private Optional<ContentItem> neighbour(ContentItem item, Locale locale, int step) {
        Listing listing = listing(item.type(), locale);
        Integer position = listing.positions().get(item.id());
        if (position == null) {
            return Optional.empty();
        }
        int at = position + step;
        List<ContentItem> list = listing.items();
        return at >= 0 && at < list.size() ? Optional.of(list.get(at)) : Optional.empty();
    }

    /**
     * Returns the items an item names as related, in the reader's locale; ids that name no item (it
     * was kept out for errors) are skipped.
     *
     * @param item an item
     * @param locale the reader's locale
     * @return the related items, in the order the content gives
     */
    public List<ContentItem> related(ContentItem item, Locale locale) {
        return item.metadata().related().stream()
                .map(id -> item(id, locale))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Finds a vocabulary.
     *
     * @param id the vocabulary id, for example {@link Vocabulary#PROCUREMENT_ROUTE}
     * @return the vocabulary, or empty when the content declares none with that id
     */
    public Optional<Vocabulary> vocabulary(String id) {
        return Optional.ofNullable(vocabularies.get(id));
    }

    /**
     * Returns every vocabulary in declaration order.
     *
     * @return the vocabularies
     */
    public List<Vocabulary> vocabularies() {
        return List.copyOf(vocabularies.values());
    }

    /**
     * Finds a term.
     *
     * @param ref the vocabulary and term ids
     * @return the term, or empty when it is not declared
     */
    public Optional<Term> term(TermRef ref) {
        return term(ref.vocabulary(), ref.term());
    }

    /**
     * Finds a term by its ids, without building a {@link TermRef}: for renderers, which look up
     * every term of every item they write.
     *
     * @param vocabulary the vocabulary id
     * @param term the term id
     * @return the term, or empty when it is not declared
     */
    public Optional<Term> term(String vocabulary, String term) {
        Map<String, Term> inVocabulary = terms.get(vocabulary);
        return inVocabulary == null
                ? Optional.empty()
                : Optional.ofNullable(inVocabulary.get(term));
    }

    /**
     * Returns the menu.
     *
     * @return the menu, possibly empty
     */
    public Menu menu() {
        return menu;
    }

    /**
     * Finds the item a menu entry opens.
     *
     * @param entry a menu entry
     * @param locale the reader's locale
     * @return the item, or empty for a URL entry or an item that was kept out
     */
    public Optional<ContentItem> target(MenuEntry entry, Locale locale) {
        return entry.itemId().flatMap(id -> item(id, locale));
    }

    /**
     * Returns the locales to try for a reader, as {@link ToolkitInfo#fallbackChain} does.
     *
     * @param locale the reader's locale
     * @return the chain
     */
    public List<Locale> fallbackChain(Locale locale) {
        List<Locale> chain = chains.get(locale);
        return chain != null ? chain : info.fallbackChain(locale);
    }

    @Override
    public String toString() {
        return "Toolkit[" + items.size() + " items, version " + version().substring(0, 12) + "]";
    }
}
