package org.artofthepossible.toolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.artofthepossible.toolkit.model.AccessibilityStatement;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.CitedText;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.DisputedFact;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Money;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.Place;
import org.artofthepossible.toolkit.model.Qualifier;
import org.artofthepossible.toolkit.model.RouteToday;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.TodaysLaw;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Video;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;

/**
 * Turns a tree that passed the schema into model values. The schema has settled every shape and
 * type, so what can still fail here is a value no pattern catches (a 30 February, an unknown
 * currency, a locale fallback cycle): each becomes an {@code invalid-value} diagnostic at its
 * field.
 */
final class ItemReader {
    private final LocatedTree tree;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ItemReader(LocatedTree tree) {
        this.tree = tree;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Reads toolkit.yaml. */
    LoadedContent toolkit() {
        JsonNode root = tree.root();
        Locale defaultLocale = locale(root.get("defaultLocale").asText());
        var locales = new ArrayList<Locale>();
        root.path("locales").forEach(l -> locales.add(locale(l.asText())));
        var fallbacks = new LinkedHashMap<Locale, Locale>();
        root.path("fallbacks")
                .properties()
                .forEach(e -> fallbacks.put(locale(e.getKey()), locale(e.getValue().asText())));
        var content = LoadedContent.builder();
        LocalizedText title = text(root.get("title"), defaultLocale);
        Optional<AccessibilityStatement> accessibility =
                root.has("accessibility")
                        ? attempt(
                                "accessibility",
                                () -> accessibility(root.get("accessibility"), defaultLocale))
                        : Optional.empty();
        attempt(
                        "fallbacks",
                        () ->
                                new ToolkitInfo(
                                        title,
                                        root.get("publisher").asText(),
                                        defaultLocale,
                                        locales,
                                        fallbacks,
                                        law(root.get("law"), defaultLocale),
                                        accessibility))
                .ifPresent(content::info);
        JsonNode vocabularies = root.path("vocabularies");
        for (int v = 0; v < vocabularies.size(); v++) {
            String path = "vocabularies[" + v + "]";
            JsonNode node = vocabularies.get(v);
            var terms = new ArrayList<Term>();
            for (JsonNode term : node.get("terms")) {
                var attributes = new LinkedHashMap<String, String>();
                term.path("attributes")
                        .properties()
                        .forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
                terms.add(
                        new Term(
                                term.get("id").asText(),
                                text(term.get("label"), defaultLocale),
                                optionalText(term, "parent"),
                                attributes));
            }
            attempt(
                            path,
                            () ->
                                    new Vocabulary(
                                            node.get("id").asText(),
                                            text(node.get("label"), defaultLocale),
                                            terms))
                    .ifPresent(content::vocabulary);
        }
        if (root.has("menu") || root.has("footer")) {
            content.menu(
                    new Menu(
                            menuEntries(root.path("menu"), defaultLocale),
                            menuEntries(root.path("footer"), defaultLocale)));
        }
        return content.diagnostics(diagnostics).build();
    }

    /** The law section of toolkit.yaml, which the schema check has checked the shape of. */
    private Optional<TodaysLaw> law(JsonNode law, Locale defaultLocale) {
        if (law == null) {
            return Optional.empty();
        }
        Optional<LocalDate> asOf =
                attempt("law.asOf", () -> LocalDate.parse(law.path("asOf").asText()));
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        var routes = new LinkedHashMap<String, RouteToday>();
        law.path("routes")
                .properties()
                .forEach(
                        e -> {
                            JsonNode route = e.getValue();
                            routes.put(
                                    e.getKey(),
                                    new RouteToday(
                                            text(route.get("then"), defaultLocale),
                                            texts(route.path("now")),
                                            text(route.get("changed"), defaultLocale),
                                            route.path("confirmed").asBoolean(false),
                                            route.has("caveat")
                                                    ? Optional.of(
                                                            text(
                                                                    route.get("caveat"),
                                                                    defaultLocale))
                                                    : Optional.empty(),
                                            texts(route.path("cites"))));
                        });
        var regions = new LinkedHashMap<String, CitedText>();
        law.path("regions")
                .properties()
                .forEach(e -> regions.put(e.getKey(), citedText(e.getValue(), defaultLocale)));
        return Optional.of(
                new TodaysLaw(
                        asOf.get(),
                        citedText(law.get("summary"), defaultLocale),
                        citedText(law.get("transition"), defaultLocale),
                        routes,
                        regions,
                        sources(law.path("sources"))));
    }

    /**
     * The accessibility section of toolkit.yaml, which the schema check has checked the shape of;
     * the statement's own checks (dates in order, a partial status that says what fails) throw.
     */
    private static AccessibilityStatement accessibility(JsonNode node, Locale defaultLocale) {
        JsonNode contact = node.get("contact");
        return new AccessibilityStatement(
                AccessibilityStatement.Status.valueOf(
                        node.get("status").asText().toUpperCase(Locale.ROOT)),
                localizedTexts(node.path("nonCompliant"), defaultLocale),
                localizedTexts(node.path("disproportionateBurden"), defaultLocale),
                localizedTexts(node.path("outOfScope"), defaultLocale),
                new AccessibilityStatement.Contact(
                        optionalText(contact, "email"),
                        optionalText(contact, "url").map(URI::create)),
                AccessibilityStatement.Enforcement.valueOf(
                        node.get("enforcement")
                                .asText()
                                .toUpperCase(Locale.ROOT)
                                .replace('-', '_')),
                text(node.get("method"), defaultLocale),
                LocalDate.parse(node.get("prepared").asText()),
                LocalDate.parse(node.get("reviewed").asText()));
    }

    private static List<LocalizedText> localizedTexts(JsonNode list, Locale defaultLocale) {
        var result = new ArrayList<LocalizedText>();
        list.forEach(t -> result.add(text(t, defaultLocale)));
        return result;
    }

    /** Sources with their ids, or ids by position where the content gives none. */
    private static List<Source> sources(JsonNode list) {
        var sources = new ArrayList<Source>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode source = list.get(i);
            sources.add(
                    new Source(
                            optionalText(source, "id").orElse(Source.positionalId(i)),
                            source.get("label").asText(),
                            source.get("url").asText()));
        }
        return sources;
    }

    private static CitedText citedText(JsonNode node, Locale defaultLocale) {
        return new CitedText(text(node.get("text"), defaultLocale), texts(node.path("cites")));
    }

    private List<MenuEntry> menuEntries(JsonNode entries, Locale defaultLocale) {
        var result = new ArrayList<MenuEntry>();
        for (JsonNode entry : entries) {
            Optional<ItemType> list =
                    optionalText(entry, "list")
                            .flatMap(
                                    plural ->
                                            Arrays.stream(ItemType.values())
                                                    .filter(t -> t.plural().equals(plural))
                                                    .findFirst());
            result.add(
                    new MenuEntry(
                            text(entry.get("label"), defaultLocale),
                            optionalText(entry, "item"),
                            list,
                            optionalText(entry, "url"),
                            menuEntries(entry.path("children"), defaultLocale),
                            optionalText(entry, "icon")));
        }
        return result;
    }

    /** Reads an item of the given type; empty when a value could not be used. */
    Optional<ContentItem> item(ItemType type, String id, Locale locale, String body) {
        JsonNode root = tree.root();
        ItemMetadata metadata = metadata(root, id, locale, body);
        Optional<? extends ContentItem> item =
                switch (type) {
                    case CASE_STUDY -> caseStudy(root, metadata);
                    case FAQ ->
                            Optional.of(
                                    new Faq(
                                            metadata,
                                            optionalText(root, "category")
                                                    .map(
                                                            c ->
                                                                    TermRef.of(
                                                                            Vocabulary.FAQ_CATEGORY,
                                                                            c)),
                                            date(root, "asked"),
                                            optionalText(root, "answeredBy"),
                                            optionalText(root, "origin")
                                                    .filter("community"::equals)
                                                    .map(o -> Faq.Origin.COMMUNITY)
                                                    .orElse(Faq.Origin.TOOLKIT)));
                    case MODEL_DOCUMENT ->
                            Optional.of(
                                    new ModelDocument(
                                            metadata,
                                            root.get("kind").asText(),
                                            optionalText(root, "fileFormat"),
                                            root.has("sizeBytes")
                                                    ? OptionalLong.of(
                                                            root.get("sizeBytes").asLong())
                                                    : OptionalLong.empty(),
                                            optionalText(root, "version"),
                                            optionalText(root, "licence"),
                                            date(root, "lastReviewed"),
                                            optionalText(root, "location"),
                                            texts(root.path("checklist"))));
                    case PAGE -> Optional.of(Page.of(metadata));
                };
        return diagnostics.stream().anyMatch(Diagnostic::isError)
                ? Optional.empty()
                : item.map(i -> i);
    }

    private ItemMetadata metadata(JsonNode root, String id, Locale locale, String body) {
        ItemMetadata.Builder builder =
                ItemMetadata.builder(id, root.path("title").asText())
                        .locale(locale)
                        .summary(root.path("summary").asText(""))
                        .body(root.has("body") ? root.get("body").asText() : body)
                        .order(root.path("order").asInt(0))
                        .draft(root.path("draft").asBoolean(false));
        root.path("terms")
                .properties()
                .forEach(e -> e.getValue().forEach(t -> builder.term(e.getKey(), t.asText())));
        links(root.path("links")).forEach(builder::link);
        sources(root.path("sources")).forEach(builder::source);
        root.path("related").forEach(r -> builder.related(r.asText()));
        date(root, "published").ifPresent(builder::published);
        date(root, "updated").ifPresent(builder::updated);
        return builder.build();
    }

    private Optional<CaseStudy> caseStudy(JsonNode root, ItemMetadata metadata) {
        CaseStudy.Builder builder = CaseStudy.builder(metadata);
        organisations(root.path("commissioners")).forEach(builder::commissioner);
        organisations(root.path("partners")).forEach(builder::partner);
        if (root.has("place")) {
            JsonNode place = root.get("place");
            builder.place(
                    new Place(
                            place.get("name").asText(),
                            optionalText(place, "region"),
                            optionalText(place, "nation")));
        }
        if (root.has("contract")) {
            JsonNode contract = root.get("contract");
            Optional<Money> value = Optional.empty();
            if (contract.has("value")) {
                JsonNode money = contract.get("value");
                value =
                        attempt(
                                "contract.value.currency",
                                () ->
                                        new Money(
                                                new BigDecimal(money.get("amount").asText()),
                                                currency(money.get("currency").asText())));
            }
            builder.contract(
                    new Contract(
                            contract.has("startYear")
                                    ? OptionalInt.of(contract.get("startYear").asInt())
                                    : OptionalInt.empty(),
                            contract.has("termYears")
                                    ? OptionalInt.of(contract.get("termYears").asInt())
                                    : OptionalInt.empty(),
                            value,
                            optionalText(contract, "note"),
                            qualifiers(contract.path("qualifiers")),
                            contractCites(contract.path("cites"))));
        }
        statements(root.path("outcomes")).forEach(builder::outcome);
        statements(root.path("context")).forEach(builder::context);
        JsonNode videos = root.path("videos");
        for (int i = 0; i < videos.size(); i++) {
            JsonNode video = videos.get(i);
            Optional<Duration> duration =
                    video.has("duration")
                            ? attempt(
                                    "videos[" + i + "].duration",
                                    () -> Duration.parse(video.get("duration").asText()))
                            : Optional.empty();
            builder.video(
                    new Video(
                            video.get("provider").asText(),
                            video.get("reference").asText(),
                            video.get("title").asText(),
                            optionalText(video, "presenter"),
                            duration,
                            optionalText(video, "captionsUrl"),
                            optionalText(video, "transcript")));
        }
        for (JsonNode disputed : root.path("disputed")) {
            var claims = new ArrayList<DisputedFact.Claim>();
            disputed.get("claims")
                    .forEach(
                            c ->
                                    claims.add(
                                            new DisputedFact.Claim(
                                                    c.get("value").asText(),
                                                    texts(c.get("cites")))));
            builder.disputedFact(new DisputedFact(disputed.get("field").asText(), claims));
        }
        root.path("inferred").forEach(f -> builder.inferred(f.asText()));
        return Optional.of(builder.build());
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + code + "' is not an ISO 4217 currency code", e);
        }
    }

    private static List<Organisation> organisations(JsonNode list) {
        var result = new ArrayList<Organisation>();
        for (JsonNode o : list) {
            result.add(
                    new Organisation(
                            o.get("name").asText(),
                            o.get("kind").asText(),
                            optionalText(o, "url"),
                            optionalText(o, "role"),
                            texts(o.path("cites"))));
        }
        return result;
    }

    private static List<Outcome> statements(JsonNode list) {
        var result = new ArrayList<Outcome>();
        for (JsonNode statement : list) {
            result.add(
                    new Outcome(
                            statement.get("text").asText(),
                            optionalText(statement, "figure"),
                            texts(statement.path("cites"))));
        }
        return result;
    }

    /**
     * The qualifiers of the contract's figures; the schema check has reported a key that names no
     * figure and a value that names no qualifier, and both are left out here.
     */
    private static Map<String, Qualifier> qualifiers(JsonNode node) {
        Map<String, Qualifier> result = new LinkedHashMap<>();
        for (String field : Contract.FIGURES) {
            JsonNode qualifier = node.get(field);
            if (qualifier != null) {
                Qualifier.fromId(qualifier.asText()).ifPresent(q -> result.put(field, q));
            }
        }
        return result;
    }

    /** The sources of each contract fact; the schema check has reported any other key. */
    private static Map<String, List<String>> contractCites(JsonNode node) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String field : Contract.FIELDS) {
            if (node.has(field)) {
                result.put(field, texts(node.get(field)));
            }
        }
        return result;
    }

    private static List<Link> links(JsonNode list) {
        var result = new ArrayList<Link>();
        list.forEach(l -> result.add(Link.of(l.get("label").asText(), l.get("url").asText())));
        return result;
    }

    private static List<String> texts(JsonNode list) {
        var result = new ArrayList<String>();
        list.forEach(t -> result.add(t.asText()));
        return result;
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? Optional.empty() : Optional.of(value.asText());
    }

    private Optional<LocalDate> date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        return attempt(field, () -> LocalDate.parse(value.asText()));
    }

    private static LocalizedText text(JsonNode node, Locale defaultLocale) {
        if (node.isTextual()) {
            return LocalizedText.of(defaultLocale, node.asText());
        }
        Map<Locale, String> values = new LinkedHashMap<>();
        node.properties()
                .forEach(e -> values.put(Locale.forLanguageTag(e.getKey()), e.getValue().asText()));
        return new LocalizedText(values);
    }

    private static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    /** Runs a conversion; a failure becomes an invalid-value error at the field. */
    private <T> Optional<T> attempt(String field, Supplier<T> conversion) {
        try {
            return Optional.of(conversion.get());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            diagnostics.add(
                    Diagnostic.error(DiagnosticCodes.INVALID_VALUE, message)
                            .withLocation(tree.locationOf(field))
                            .withField(field));
            return Optional.empty();
        }
    }
}
