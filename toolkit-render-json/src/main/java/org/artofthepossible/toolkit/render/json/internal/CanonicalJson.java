package org.artofthepossible.toolkit.render.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.DisputedFact;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.Place;
import org.artofthepossible.toolkit.model.Video;
import org.artofthepossible.toolkit.model.Vocabulary;

/**
 * Writes the canonical JSON of the model, documented in {@code docs/json.md}: properties in a fixed
 * order, ISO-8601 dates and durations, BCP 47 locales, terms as {@code {id, label}} objects, and
 * absent values (empty optionals, empty lists) left out rather than written as null.
 *
 * <p>Labels need the snapshot the item belongs to and a locale; without a snapshot, terms carry
 * only their id.
 */
public final class CanonicalJson {
    private final Optional<Toolkit> toolkit;
    private final List<Locale> chain;

    public CanonicalJson(Optional<Toolkit> toolkit, Locale locale) {
        this.toolkit = toolkit;
        this.chain = toolkit.map(t -> t.fallbackChain(locale)).orElse(List.of(locale));
    }

    public void item(ContentItem item, JsonSink out) {
        ItemMetadata m = item.metadata();
        out.startObject();
        text(out, "type", item.type().id());
        text(out, "id", m.id());
        text(out, "locale", m.locale().toLanguageTag());
        text(out, "title", m.title());
        nonEmpty(out, "summary", m.summary());
        nonEmpty(out, "body", m.body().markdown());
        out.name("order");
        out.number(m.order());
        if (m.draft()) {
            out.name("draft");
            out.bool(true);
        }
        terms(out, item);
        m.published().ifPresent(d -> text(out, "published", d.toString()));
        m.updated().ifPresent(d -> text(out, "updated", d.toString()));
        strings(out, "related", m.related());
        links(out, "links", m.links());
        list(
                out,
                "sources",
                m.sources(),
                source -> {
                    out.startObject();
                    text(out, "id", source.id());
                    text(out, "label", source.label());
                    text(out, "url", source.url());
                    out.endObject();
                });
        if (item instanceof CaseStudy study) {
            caseStudy(out, study);
        } else if (item instanceof Faq faq) {
            faq.category().ifPresent(c -> term(out, "category", c.vocabulary(), c.term()));
            faq.asked().ifPresent(d -> text(out, "asked", d.toString()));
            if (faq.origin() == Faq.Origin.COMMUNITY) {
                text(out, "origin", "community");
            }
            faq.answeredBy().ifPresent(a -> text(out, "answeredBy", a));
        } else if (item instanceof ModelDocument document) {
            term(out, "kind", Vocabulary.DOCUMENT_KIND, document.kind());
            document.fileFormat().ifPresent(f -> text(out, "fileFormat", f));
            if (document.sizeBytes().isPresent()) {
                out.name("sizeBytes");
                out.number(document.sizeBytes().getAsLong());
            }
            document.version().ifPresent(v -> text(out, "version", v));
            document.licence().ifPresent(l -> text(out, "licence", l));
            document.lastReviewed().ifPresent(d -> text(out, "lastReviewed", d.toString()));
            document.location().ifPresent(l -> text(out, "location", l));
            strings(out, "checklist", document.checklist());
        }
        out.endObject();
    }

    private void caseStudy(JsonSink out, CaseStudy study) {
        list(out, "commissioners", study.commissioners(), o -> organisation(out, o));
        list(out, "partners", study.partners(), o -> organisation(out, o));
        study.place().ifPresent(p -> place(out, p));
        contract(out, study.contract());
        list(out, "outcomes", study.outcomes(), o -> statement(out, o));
        list(out, "context", study.context(), o -> statement(out, o));
        list(out, "videos", study.videos(), v -> video(out, v));
        list(out, "disputed", study.disputedFacts(), f -> disputed(out, f));
        strings(out, "inferred", study.inferredFacts());
    }

    private void terms(JsonSink out, ContentItem item) {
        if (item.terms().isEmpty()) {
            return;
        }
        out.name("terms");
        out.startObject();
        for (String vocabulary : item.terms().vocabularies()) {
            out.name(vocabulary);
            out.startArray();
            for (String term : item.terms().in(vocabulary)) {
                termValue(out, vocabulary, term);
            }
            out.endArray();
        }
        out.endObject();
    }

    private void term(JsonSink out, String name, String vocabulary, String term) {
        out.name(name);
        termValue(out, vocabulary, term);
    }

    // Looked up by vocabulary and id, without a TermRef: its constructor checks both slugs, which
    // content already passed.
    private void termValue(JsonSink out, String vocabulary, String term) {
        out.startObject();
        text(out, "id", term);
        if (toolkit.isPresent()) {
            toolkit.get()
                    .term(vocabulary, term)
                    .ifPresent(t -> text(out, "label", t.label().resolve(chain)));
        }
        out.endObject();
    }

    private void organisation(JsonSink out, Organisation organisation) {
        out.startObject();
        text(out, "name", organisation.name());
        term(out, "kind", Vocabulary.ORGANISATION_KIND, organisation.kind());
        organisation.url().ifPresent(u -> text(out, "url", u));
        organisation.role().ifPresent(r -> text(out, "role", r));
        strings(out, "cites", organisation.cites());
        out.endObject();
    }

    private void place(JsonSink out, Place place) {
        out.name("place");
        out.startObject();
        text(out, "name", place.name());
        place.region().ifPresent(r -> term(out, "region", Vocabulary.REGION, r));
        place.nation().ifPresent(n -> text(out, "nation", n));
        out.endObject();
    }

    private static void contract(JsonSink out, Contract contract) {
        if (contract.equals(Contract.unknown())) {
            return;
        }
        out.name("contract");
        out.startObject();
        if (contract.startYear().isPresent()) {
            out.name("startYear");
            out.number(contract.startYear().getAsInt());
        }
        if (contract.termYears().isPresent()) {
            out.name("termYears");
            out.number(contract.termYears().getAsInt());
        }
        contract.value()
                .ifPresent(
                        money -> {
                            out.name("value");
                            out.startObject();
                            out.name("amount");
                            out.number(plain(money.amount()));
                            text(out, "currency", money.currency().getCurrencyCode());
                            out.endObject();
                        });
        contract.note().ifPresent(n -> text(out, "note", n));
        if (!contract.qualifiers().isEmpty()) {
            out.name("qualifiers");
            out.startObject();
            for (String field : Contract.FIGURES) {
                contract.qualifier(field).ifPresent(q -> text(out, field, q.id()));
            }
            out.endObject();
        }
        if (!contract.cites().isEmpty()) {
            out.name("cites");
            out.startObject();
            for (String field : Contract.FIELDS) {
                strings(out, field, contract.cites(field));
            }
            out.endObject();
        }
        out.endObject();
    }

    /** A number without an exponent, which every JSON writer prints alike. */
    private static BigDecimal plain(BigDecimal amount) {
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    private static void statement(JsonSink out, Outcome statement) {
        out.startObject();
        text(out, "text", statement.text());
        statement.figure().ifPresent(f -> text(out, "figure", f));
        strings(out, "cites", statement.cites());
        out.endObject();
    }

    private static void video(JsonSink out, Video video) {
        out.startObject();
        text(out, "provider", video.provider());
        text(out, "reference", video.reference());
        text(out, "title", video.title());
        video.presenter().ifPresent(p -> text(out, "presenter", p));
        video.duration().ifPresent(d -> text(out, "duration", d.toString()));
        video.captionsUrl().ifPresent(u -> text(out, "captionsUrl", u));
        video.transcript().ifPresent(t -> text(out, "transcript", t));
        out.endObject();
    }

    private static void disputed(JsonSink out, DisputedFact fact) {
        out.startObject();
        text(out, "field", fact.field());
        list(
                out,
                "claims",
                fact.claims(),
                claim -> {
                    out.startObject();
                    text(out, "value", claim.value());
                    strings(out, "cites", claim.cites());
                    out.endObject();
                });
        out.endObject();
    }

    private static void links(JsonSink out, String name, List<Link> links) {
        list(
                out,
                name,
                links,
                link -> {
                    out.startObject();
                    text(out, "label", link.label());
                    text(out, "url", link.url());
                    out.endObject();
                });
    }

    private static void strings(JsonSink out, String name, List<String> values) {
        list(out, name, values, out::string);
    }

    private static <T> void list(JsonSink out, String name, List<T> values, Consumer<T> each) {
        if (values.isEmpty()) {
            return;
        }
        out.name(name);
        out.startArray();
        values.forEach(each);
        out.endArray();
    }

    static void text(JsonSink out, String name, String value) {
        out.name(name);
        out.string(value);
    }

    private static void nonEmpty(JsonSink out, String name, String value) {
        if (!value.isEmpty()) {
            text(out, name, value);
        }
    }
}
