package org.artofthepossible.toolkit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Terms;
import org.artofthepossible.toolkit.model.TodaysLaw;
import org.artofthepossible.toolkit.model.Video;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.spi.ValidationContext;
import org.artofthepossible.toolkit.spi.ValidationRule;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.UrlPolicy;

/**
 * The rules every toolkit's content must pass, whatever plugins add. Each check reports every
 * problem it finds; see {@code docs/diagnostics.md} for the codes.
 */
public final class CoreRules implements ValidationRule {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Clock clock;

    /**
     * Creates the rules.
     *
     * @param clock where today's date comes from, for dates in the future
     */
    public CoreRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void validate(ValidationContext context) {
        checkIdsAndLocales(context);
        Set<String> knownIds =
                context.items().stream().map(i -> i.item().id()).collect(Collectors.toSet());
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        for (LoadedItem loaded : context.items()) {
            checkRequired(context, loaded);
            checkTerms(context, loaded);
            checkUrls(context, loaded);
            checkDates(context, loaded, latest);
            checkSources(context, loaded);
            checkRoutesToday(context, loaded);
            List<String> related = loaded.item().metadata().related();
            for (int i = 0; i < related.size(); i++) {
                if (!knownIds.contains(related.get(i))) {
                    context.report(
                            loaded,
                            "related[" + i + "]",
                            Diagnostic.error(
                                    DiagnosticCodes.DANGLING_REFERENCE,
                                    "related item '" + related.get(i) + "' does not exist"));
                }
            }
        }
        checkMenu(context, knownIds);
        context.info().law().ifPresent(law -> checkLaw(context, law));
    }

    private static void checkIdsAndLocales(ValidationContext context) {
        Set<String> defaultLocaleIds = new HashSet<>();
        Locale defaultLocale = context.info().defaultLocale();
        for (LoadedItem loaded : context.items()) {
            if (loaded.item().locale().equals(defaultLocale)) {
                defaultLocaleIds.add(loaded.item().id());
            }
        }
        Map<String, List<LoadedItem>> byKey = new HashMap<>();
        for (LoadedItem loaded : context.items()) {
            byKey.computeIfAbsent(
                            loaded.item().id() + "@" + loaded.item().locale().toLanguageTag(),
                            k -> new ArrayList<>())
                    .add(loaded);
        }
        for (LoadedItem loaded : context.items()) {
            String id = loaded.item().id();
            Locale locale = loaded.item().locale();
            List<LoadedItem> sharing = byKey.get(id + "@" + locale.toLanguageTag());
            if (sharing.size() > 1) {
                // Neither wins: which file came first in path order is no reason to keep it.
                context.report(
                        loaded,
                        "id",
                        Diagnostic.error(
                                DiagnosticCodes.DUPLICATE_ID,
                                "id '"
                                        + id
                                        + "' in locale "
                                        + locale.toLanguageTag()
                                        + " is also used by "
                                        + sharing.stream()
                                                .filter(other -> other != loaded)
                                                .map(other -> other.location().toString())
                                                .collect(Collectors.joining(", "))
                                        + "; every item with this id is kept out until one is"
                                        + " renamed"));
            }
            if (!context.info().locales().contains(locale)) {
                context.report(
                        loaded,
                        "locale",
                        Diagnostic.error(
                                DiagnosticCodes.UNKNOWN_LOCALE,
                                "locale "
                                        + locale.toLanguageTag()
                                        + " is not among the toolkit's locales "
                                        + context.info().locales().stream()
                                                .map(Locale::toLanguageTag)
                                                .toList()));
            } else if (!locale.equals(defaultLocale) && !defaultLocaleIds.contains(id)) {
                context.report(
                        loaded,
                        "locale",
                        Diagnostic.error(
                                DiagnosticCodes.ORPHAN_LOCALE_VARIANT,
                                "this "
                                        + locale.toLanguageTag()
                                        + " variant has no item '"
                                        + id
                                        + "' in the default locale "
                                        + defaultLocale.toLanguageTag()));
            }
        }
    }

    private static void checkRequired(ValidationContext context, LoadedItem loaded) {
        ItemMetadata metadata = loaded.item().metadata();
        if (metadata.title().isBlank()) {
            context.report(loaded, "title", required("title"));
        }
        boolean needsSummary =
                loaded.item() instanceof CaseStudy || loaded.item() instanceof ModelDocument;
        if (needsSummary && metadata.summary().isBlank()) {
            context.report(loaded, "summary", required("summary"));
        }
        if (metadata.summary().length() > DiagnosticCodes.SUMMARY_LIMIT) {
            context.report(
                    loaded,
                    "summary",
                    Diagnostic.warning(
                            DiagnosticCodes.SUMMARY_TOO_LONG,
                            "summary has "
                                    + metadata.summary().length()
                                    + " characters; keep it within "
                                    + DiagnosticCodes.SUMMARY_LIMIT
                                    + " and move the rest to the body"));
        }
    }

    private static void checkSources(ValidationContext context, LoadedItem loaded) {
        Set<String> ids =
                sourceIds(
                        loaded.item().metadata().sources(),
                        "this item",
                        (field, d) -> context.report(loaded, "sources" + field, d));
        if (!(loaded.item() instanceof CaseStudy study)) {
            return;
        }
        Map<String, String> citations = study.citations();
        citations.forEach(
                (path, id) -> {
                    if (!ids.contains(id)) {
                        context.report(
                                loaded,
                                path,
                                Diagnostic.error(
                                        DiagnosticCodes.UNKNOWN_SOURCE,
                                        "'"
                                                + id
                                                + "' is not the id of a source of this item"
                                                + (ids.isEmpty()
                                                        ? ", which lists none"
                                                        : "; its sources are "
                                                                + String.join(", ", ids))));
                    }
                });
        boolean hasFacts =
                !study.commissioners().isEmpty()
                        || !study.partners().isEmpty()
                        || !study.outcomes().isEmpty()
                        || !study.context().isEmpty()
                        || !study.contract().equals(Contract.unknown());
        if (hasFacts && citations.isEmpty()) {
            context.report(
                    loaded,
                    "sources",
                    Diagnostic.warning(
                            DiagnosticCodes.UNCITED_FACTS,
                            "no fact of this case study cites a source: give its partners,"
                                    + " contract and outcomes the ids of the sources that"
                                    + " state them, in 'cites'"));
        }
    }

    /**
     * Returns the ids of sources, reporting each id a source before it already has.
     *
     * @param whose what holds the sources, as messages name it: "this item", "the law"
     * @param report takes the field below the sources, such as {@code [2].id}, and the diagnostic
     */
    private static Set<String> sourceIds(
            List<Source> sources, String whose, BiConsumer<String, Diagnostic> report) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            String id = sources.get(i).id();
            if (!ids.add(id)) {
                report.accept(
                        "[" + i + "].id",
                        Diagnostic.error(
                                DiagnosticCodes.DUPLICATE_SOURCE,
                                "another source of " + whose + " has the id '" + id + "'"));
            }
        }
        return ids;
    }

    /** Every mapping names a declared route and today's terms, and cites the law's sources. */
    private static void checkLaw(ValidationContext context, TodaysLaw law) {
        Set<String> ids =
                sourceIds(
                        law.sources(),
                        "the law",
                        (field, d) -> context.report(d.withField("law.sources" + field)));
        for (int i = 0; i < law.sources().size(); i++) {
            String url = law.sources().get(i).url();
            if (!UrlPolicy.isAllowed(url)) {
                context.report(disallowedUrl(url).withField("law.sources[" + i + "].url"));
            }
        }
        BiConsumer<String, List<String>> cites =
                (path, list) -> {
                    for (int i = 0; i < list.size(); i++) {
                        if (!ids.contains(list.get(i))) {
                            context.report(
                                    Diagnostic.error(
                                                    DiagnosticCodes.UNKNOWN_SOURCE,
                                                    "'"
                                                            + list.get(i)
                                                            + "' is not the id of a source of the"
                                                            + " law")
                                            .withField(path + ".cites[" + i + "]"));
                        }
                    }
                };
        cites.accept("law.summary", law.summary().cites());
        cites.accept("law.transition", law.transition().cites());
        law.regions()
                .forEach(
                        (region, text) -> {
                            lawTerm(context, "law.regions." + region, Vocabulary.REGION, region);
                            cites.accept("law.regions." + region, text.cites());
                        });
        law.routes()
                .forEach(
                        (route, today) -> {
                            String path = "law.routes." + route;
                            lawTerm(context, path, Vocabulary.PROCUREMENT_ROUTE, route);
                            for (int i = 0; i < today.now().size(); i++) {
                                lawTerm(
                                        context,
                                        path + ".now[" + i + "]",
                                        Vocabulary.PROCEDURE_TODAY,
                                        today.now().get(i));
                            }
                            cites.accept(path, today.cites());
                        });
    }

    private static void lawTerm(
            ValidationContext context, String field, String vocabulary, String term) {
        checkTerm(context, TermRef.of(vocabulary, term), d -> context.report(d.withField(field)));
    }

    /** With the law stated, each route a case study used says what it would be today. */
    private static void checkRoutesToday(ValidationContext context, LoadedItem loaded) {
        Optional<TodaysLaw> law = context.info().law();
        if (law.isEmpty() || !(loaded.item() instanceof CaseStudy study)) {
            return;
        }
        List<String> routes = study.procurementRoutes();
        for (int i = 0; i < routes.size(); i++) {
            if (law.get().route(routes.get(i)).isEmpty()) {
                context.report(
                        loaded,
                        "terms.procurement-route[" + i + "]",
                        Diagnostic.warning(
                                DiagnosticCodes.ROUTE_WITHOUT_TODAYS_LAW,
                                "the law in toolkit.yaml does not say what route '"
                                        + routes.get(i)
                                        + "' would be today; add it under law.routes"));
            }
        }
    }

    private static Diagnostic required(String field) {
        return Diagnostic.error(
                DiagnosticCodes.REQUIRED_FIELD, field + " is required and must not be blank");
    }

    private static void checkTerms(ValidationContext context, LoadedItem loaded) {
        Terms terms = loaded.item().terms();
        for (String vocabulary : terms.vocabularies()) {
            String field = "terms." + vocabulary;
            if (context.vocabulary(vocabulary).isEmpty()) {
                context.report(loaded, field, unknownVocabulary(vocabulary));
            } else {
                List<String> named = terms.in(vocabulary);
                for (int i = 0; i < named.size(); i++) {
                    checkTerm(
                            context,
                            loaded,
                            field + "[" + i + "]",
                            TermRef.of(vocabulary, named.get(i)));
                }
            }
        }
        if (loaded.item() instanceof CaseStudy study) {
            study.place()
                    .flatMap(p -> p.region())
                    .ifPresent(
                            region ->
                                    checkTerm(
                                            context,
                                            loaded,
                                            "place.region",
                                            TermRef.of(Vocabulary.REGION, region)));
            checkOrganisationKinds(context, loaded, "commissioners", study.commissioners());
            checkOrganisationKinds(context, loaded, "partners", study.partners());
        } else if (loaded.item() instanceof ModelDocument document) {
            checkTerm(
                    context, loaded, "kind", TermRef.of(Vocabulary.DOCUMENT_KIND, document.kind()));
        } else if (loaded.item() instanceof Faq faq) {
            faq.category().ifPresent(c -> checkTerm(context, loaded, "category", c));
        }
    }

    private static void checkOrganisationKinds(
            ValidationContext context,
            LoadedItem loaded,
            String field,
            List<Organisation> organisations) {
        for (int i = 0; i < organisations.size(); i++) {
            checkTerm(
                    context,
                    loaded,
                    field + "[" + i + "].kind",
                    TermRef.of(Vocabulary.ORGANISATION_KIND, organisations.get(i).kind()));
        }
    }

    private static void checkTerm(
            ValidationContext context, LoadedItem loaded, String field, TermRef ref) {
        checkTerm(context, ref, d -> context.report(loaded, field, d));
    }

    /**
     * Reports a term that its vocabulary does not declare, or a vocabulary that is not declared.
     */
    private static void checkTerm(
            ValidationContext context, TermRef ref, Consumer<Diagnostic> report) {
        Optional<Vocabulary> vocabulary = context.vocabulary(ref.vocabulary());
        if (vocabulary.isEmpty()) {
            report.accept(unknownVocabulary(ref.vocabulary()));
        } else if (vocabulary.get().term(ref.term()).isEmpty()) {
            report.accept(
                    Diagnostic.error(
                            DiagnosticCodes.UNKNOWN_TERM,
                            "term '"
                                    + ref.term()
                                    + "' is not in vocabulary '"
                                    + ref.vocabulary()
                                    + "'; declared terms: "
                                    + vocabulary.get().terms().stream().map(t -> t.id()).toList()));
        }
    }

    private static Diagnostic unknownVocabulary(String vocabulary) {
        return Diagnostic.error(
                DiagnosticCodes.UNKNOWN_VOCABULARY,
                "vocabulary '" + vocabulary + "' is not declared in toolkit.yaml");
    }

    private static void checkUrls(ValidationContext context, LoadedItem loaded) {
        ItemMetadata metadata = loaded.item().metadata();
        checkLinks(context, loaded, "links", metadata.links());
        List<Source> sources = metadata.sources();
        for (int i = 0; i < sources.size(); i++) {
            checkUrl(context, loaded, "sources[" + i + "].url", sources.get(i).url());
        }
        if (loaded.item() instanceof CaseStudy study) {
            checkOrganisationUrls(context, loaded, "commissioners", study.commissioners());
            checkOrganisationUrls(context, loaded, "partners", study.partners());
            List<Video> videos = study.videos();
            for (int i = 0; i < videos.size(); i++) {
                String prefix = "videos[" + i + "]";
                Video video = videos.get(i);
                if (video.referenceIsUrl()) {
                    checkUrl(context, loaded, prefix + ".reference", video.reference());
                }
                video.captionsUrl()
                        .ifPresent(u -> checkUrl(context, loaded, prefix + ".captionsUrl", u));
            }
        } else if (loaded.item() instanceof ModelDocument document) {
            document.location().ifPresent(u -> checkUrl(context, loaded, "location", u));
        }
    }

    private static void checkOrganisationUrls(
            ValidationContext context,
            LoadedItem loaded,
            String field,
            List<Organisation> organisations) {
        for (int i = 0; i < organisations.size(); i++) {
            String path = field + "[" + i + "].url";
            organisations.get(i).url().ifPresent(u -> checkUrl(context, loaded, path, u));
        }
    }

    private static void checkLinks(
            ValidationContext context, LoadedItem loaded, String field, List<Link> links) {
        for (int i = 0; i < links.size(); i++) {
            checkUrl(context, loaded, field + "[" + i + "].url", links.get(i).url());
        }
    }

    private static void checkUrl(
            ValidationContext context, LoadedItem loaded, String field, String url) {
        if (!UrlPolicy.isAllowed(url)) {
            context.report(loaded, field, disallowedUrl(url));
        }
    }

    private static Diagnostic disallowedUrl(String url) {
        return Diagnostic.error(
                DiagnosticCodes.DISALLOWED_URL_SCHEME,
                "URL '"
                        + url
                        + "' is not allowed: use an http, https or mailto URL, or a relative one");
    }

    private static void checkDates(ValidationContext context, LoadedItem loaded, LocalDate latest) {
        ItemMetadata metadata = loaded.item().metadata();
        metadata.published().ifPresent(d -> checkDate(context, loaded, "published", d, latest));
        metadata.updated().ifPresent(d -> checkDate(context, loaded, "updated", d, latest));
        if (metadata.published().isPresent()
                && metadata.updated().isPresent()
                && metadata.updated().get().isBefore(metadata.published().get())) {
            context.report(
                    loaded,
                    "updated",
                    Diagnostic.warning(
                            DiagnosticCodes.IMPLAUSIBLE_DATE,
                            "updated "
                                    + metadata.updated().get()
                                    + " is before published "
                                    + metadata.published().get()));
        }
        if (loaded.item() instanceof Faq faq) {
            faq.asked().ifPresent(d -> checkDate(context, loaded, "asked", d, latest));
        } else if (loaded.item() instanceof ModelDocument document) {
            document.lastReviewed()
                    .ifPresent(d -> checkDate(context, loaded, "lastReviewed", d, latest));
        }
    }

    private static void checkDate(
            ValidationContext context,
            LoadedItem loaded,
            String field,
            LocalDate date,
            LocalDate latest) {
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            context.report(
                    loaded,
                    field,
                    Diagnostic.warning(
                            DiagnosticCodes.IMPLAUSIBLE_DATE,
                            field + " " + date + " is before " + EARLIEST + " or in the future"));
        }
    }

    private static void checkMenu(ValidationContext context, Set<String> knownIds) {
        for (MenuEntry entry : context.menu().flatten()) {
            String label = entry.label().resolve(List.of());
            entry.itemId()
                    .filter(id -> !knownIds.contains(id))
                    .ifPresent(
                            id ->
                                    context.report(
                                            Diagnostic.error(
                                                            DiagnosticCodes.DANGLING_REFERENCE,
                                                            "menu entry '"
                                                                    + label
                                                                    + "' opens item '"
                                                                    + id
                                                                    + "', which does not exist")
                                                    .withField("menu")));
            entry.url()
                    .filter(u -> !UrlPolicy.isAllowed(u))
                    .ifPresent(u -> context.report(disallowedUrl(u).withField("menu")));
        }
    }
}
