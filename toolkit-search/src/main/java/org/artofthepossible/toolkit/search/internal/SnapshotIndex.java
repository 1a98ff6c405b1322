package org.artofthepossible.toolkit.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The search index of one snapshot: one in-memory Lucene index per locale of the toolkit, holding
 * every published item as that locale shows it (its own variant or the one it falls back to).
 * Immutable once built, and safe to search from many threads.
 */
public final class SnapshotIndex {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String WORDS = "words";
    static final String TERM = "term";

    /** The text fields searched and how much a match in each counts. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, NAMES, 2f, SUMMARY, 2f, BODY, 1f);

    /** Stored, with offsets in the postings, so snippets need no second analysis. */
    private static final FieldType HIGHLIGHTED = highlighted();

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private final String version;
    private final Map<Locale, LocaleIndex> byLocale;

    // Holds no reference to the snapshot: a cache keyed weakly by the snapshot can let both go.
    private SnapshotIndex(String version, Map<Locale, LocaleIndex> byLocale) {
        this.version = version;
        this.byLocale = byLocale;
    }

    /**
     * Indexes a snapshot.
     *
     * @param toolkit the snapshot
     * @return its index
     */
    public static SnapshotIndex build(Toolkit toolkit) {
        var byLocale = new LinkedHashMap<Locale, LocaleIndex>();
        for (Locale locale : toolkit.info().locales()) {
            byLocale.put(locale, index(toolkit, locale));
        }
        return new SnapshotIndex(toolkit.version(), byLocale);
    }

    /**
     * The size of the index files of every locale, as they would take on disk; the search
     * benchmarks report it per item.
     *
     * @return the size in bytes
     */
    public long sizeBytes() {
        return byLocale.values().stream().mapToLong(LocaleIndex::sizeBytes).sum();
    }

    /**
     * Answers a search.
     *
     * @param toolkit the snapshot this index was built from, for the items it found
     * @param request the words, filter, locale and page
     * @return the page of results
     * @throws IllegalArgumentException when the snapshot is of another content version
     */
    public SearchResults search(Toolkit toolkit, SearchRequest request) {
        if (!toolkit.version().equals(version)) {
            throw new IllegalArgumentException(
                    "this index is of content version " + version + ", not " + toolkit.version());
        }
        Locale locale =
                request.locale()
                        .filter(byLocale::containsKey)
                        .orElse(toolkit.info().defaultLocale());
        return byLocale.get(locale).search(toolkit, request, locale);
    }

    private static LocaleIndex index(Toolkit toolkit, Locale locale) {
        Analyzer analyzer =
                new PerFieldAnalyzerWrapper(
                        Analyzers.text(locale), Map.of(WORDS, Analyzers.words()));
        var facets = new FacetsConfig();
        toolkit.vocabularies().forEach(v -> facets.setMultiValued(v.id(), true));
        var directory = new ByteBuffersDirectory();
        boolean anyTerms = false;
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ItemType type : ItemType.values()) {
                for (ContentItem item : toolkit.list(type, locale)) {
                    writer.addDocument(facets.build(document(toolkit, item, locale)));
                    anyTerms |= !item.terms().isEmpty();
                }
            }
            writer.commit();
        } catch (IOException e) {
            // An in-memory directory does no I/O.
            throw new UncheckedIOException(e);
        }
        try {
            return new LocaleIndex(DirectoryReader.open(directory), analyzer, facets, anyTerms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Toolkit toolkit, ContentItem item, Locale locale) {
        List<Locale> chain = toolkit.fallbackChain(locale);
        var doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, item.title(), Field.Store.NO));
        doc.add(new Field(SUMMARY, item.summary(), HIGHLIGHTED));
        String body = body(item);
        doc.add(new Field(BODY, body, HIGHLIGHTED));
        var names = new ArrayList<String>();
        if (item instanceof CaseStudy study) {
            study.commissioners().stream().map(Organisation::name).forEach(names::add);
            study.partners().stream().map(Organisation::name).forEach(names::add);
            study.place()
                    .ifPresent(
                            place -> {
                                names.add(place.name());
                                place.region().ifPresent(names::add);
                                place.nation().ifPresent(names::add);
                            });
        }
        for (TermRef ref : item.terms().all()) {
            doc.add(new StringField(TERM, ref.toString(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ref.vocabulary(), ref.term()));
            toolkit.term(ref).ifPresent(term -> names.add(term.label().resolve(chain)));
        }
        String joinedNames = String.join("\n", names);
        doc.add(new TextField(NAMES, joinedNames, Field.Store.NO));
        doc.add(
                new TextField(
                        WORDS,
                        String.join("\n", item.title(), item.summary(), body, joinedNames),
                        Field.Store.NO));
        return doc;
    }

    /**
     * The item's text as a reader sees it: its Markdown body as plain text, its context and
     * outcomes.
     */
    private static String body(ContentItem item) {
        var text =
                new StringBuilder(
                        PLAIN_TEXT.render(MARKDOWN.parse(item.metadata().body().markdown())));
        if (item instanceof CaseStudy study) {
            for (Outcome statement : study.context()) {
                text.append('\n').append(statement.text());
            }
            for (Outcome outcome : study.outcomes()) {
                text.append('\n').append(outcome.text());
            }
        }
        return text.toString();
    }

    private static FieldType highlighted() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
