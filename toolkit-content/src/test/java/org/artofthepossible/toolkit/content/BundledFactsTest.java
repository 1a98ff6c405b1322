package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.DisputedFact;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.Qualifier;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The bundled case studies' facts as a commissioner reads them: each backed by a named source, each
 * figure as firm as its source states it, and the corrections made to the first version kept.
 */
class BundledFactsTest {
    private static final Locale EN = Locale.ENGLISH;

    private final Toolkit toolkit =
            ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build().toolkit();

    private CaseStudy study(String id) {
        return toolkit.item(CaseStudy.class, id, EN).orElseThrow();
    }

    @Test
    void everyOrganisationOutcomeContextAndClaimCitesASourceAndEveryContractCitesOne() {
        for (CaseStudy study : toolkit.list(CaseStudy.class, EN)) {
            assertThat(study.commissioners())
                    .as("commissioners of %s", study.id())
                    .allSatisfy(o -> assertThat(o.cites()).isNotEmpty());
            assertThat(study.partners())
                    .as("partners of %s", study.id())
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.cites()).isNotEmpty());
            assertThat(study.outcomes())
                    .as("outcomes of %s", study.id())
                    .allSatisfy(o -> assertThat(o.cites()).isNotEmpty());
            assertThat(study.context())
                    .as("context of %s", study.id())
                    .allSatisfy(o -> assertThat(o.cites()).isNotEmpty());
            assertThat(study.disputedFacts().stream().flatMap(f -> f.claims().stream()))
                    .allSatisfy(c -> assertThat(c.cites()).isNotEmpty());
            assertThat(Contract.FIELDS.stream().map(f -> study.contract().cites(f)))
                    .as("contract of %s", study.id())
                    .anySatisfy(cites -> assertThat(cites).isNotEmpty());
            assertThat(study.citations().values())
                    .as("every citation of %s names one of its sources", study.id())
                    .allSatisfy(id -> assertThat(study.metadata().source(id)).isPresent());
        }
    }

    @Test
    void everyCaseStudyButKirkleesHasCitedOutcomes() {
        // The sources seen for Kirklees report no results; its page says what it does instead.
        assertThat(toolkit.list(CaseStudy.class, EN))
                .filteredOn(s -> !s.id().equals("kirklees-kilt"))
                .allSatisfy(s -> assertThat(s.outcomes()).as(s.id()).isNotEmpty());
    }

    @Test
    void everySourceLabelNamesItsPublisherAndAWholeTitle() {
        for (ContentItem study : toolkit.items()) {
            for (Source source : study.metadata().sources()) {
                String label = source.label();
                assertThat(label)
                        .as("the label of %s in %s", source.url(), study.id())
                        .contains(": ");
                String title = label.substring(label.indexOf(": ") + 2);
                assertThat(title.split(" ")).as(label).hasSizeGreaterThanOrEqualTo(2);
                String path = URI.create(source.url()).getPath().replaceAll("/+$", "");
                String slug = path.substring(path.lastIndexOf('/') + 1).replace('-', ' ');
                assertThat(title.toLowerCase(Locale.ROOT))
                        .as("a title cut where its address was cut: %s", label)
                        .isNotEqualTo(slug.length() >= 150 ? slug : "");
                // Words that lost their apostrophe or capital to the address they were built from.
                assertThat(title)
                        .as(label)
                        .doesNotContainPattern(
                                "\\b(Leicestershires|childrens|Oldhams|Kibbles|Hct|st mirren)\\b");
            }
        }
    }

    @Test
    void everyFaqSaysItIsASummaryLinksTheOriginalAndNamesWhoAnswered() {
        List<Faq> faqs = toolkit.list(Faq.class, EN);

        assertThat(faqs).hasSize(7);
        for (Faq faq : faqs) {
            String original =
                    faq.metadata().links().stream()
                            .filter(l -> l.label().equals("The question on E3M"))
                            .findFirst()
                            .orElseThrow()
                            .url();
            assertThat(faq.metadata().body().markdown())
                    .as(faq.id())
                    .startsWith(
                            "*Summary of E3M's answer; [E3M's full answer to “"
                                    + faq.title()
                                    + "”]("
                                    + original
                                    + ").*");
            assertThat(faq.answeredBy()).as(faq.id()).contains("E3M");
            assertThat(faq.metadata().draft()).isFalse();
        }
        assertThat(toolkit.item("where-successful", EN)).isEmpty();
    }

    @Test
    void noPageShowsAResearchNoteOrClaimsSectionsTheOriginalDoesNotHave() {
        for (ContentItem item : toolkit.items()) {
            String text = item.summary() + "\n" + item.metadata().body().markdown();
            assertThat(text)
                    .as(item.id())
                    .doesNotContain(
                            "spelt", "split into Outcomes", "Outcomes, Process, Principles");
        }
    }

    @Test
    void figuresAreAsFirmAsTheirSources() {
        Contract leicestershire = study("leicestershire-cip").contract();
        Contract croydon = study("one-croydon-alliance").contract();

        assertThat(leicestershire.qualifier(Contract.VALUE)).contains(Qualifier.UP_TO);
        assertThat(leicestershire.qualifier(Contract.TERM_YEARS)).contains(Qualifier.UP_TO);
        assertThat(croydon.qualifier(Contract.VALUE)).contains(Qualifier.ESTIMATE);
    }

    @Test
    void contextIsNotAnOutcome() {
        assertThat(texts(study("oldham-social-prescribing").context()))
                .anyMatch(t -> t.contains("lonely"));
        assertThat(texts(study("oldham-social-prescribing").outcomes()))
                .noneMatch(t -> t.contains("lonely"));
        assertThat(texts(study("hct-travel-training").context()))
                .anyMatch(t -> t.contains("£6,000"));
        assertThat(texts(study("hct-travel-training").outcomes()))
                .noneMatch(t -> t.contains("£6,000") || t.contains("aimed"));
        assertThat(texts(study("plymouth-alliance").context()))
                .anyMatch(t -> t.contains("Meant to counter"));
        assertThat(texts(study("plymouth-alliance").outcomes()))
                .noneMatch(t -> t.contains("Meant to"));
        assertThat(texts(study("one-croydon-alliance").context()))
                .anyMatch(t -> t.contains("over 65"));
    }

    @Test
    void hctsPlaceCoversLondonAndItsFactsAreTheSources() {
        CaseStudy hct = study("hct-travel-training");

        assertThat(hct.terms().in(Vocabulary.REGION)).containsExactly("east-of-england", "london");
        assertThat(hct.place().orElseThrow().region()).isEmpty();
        assertThat(hct.regions()).containsExactly("east-of-england", "london");
        assertThat(study("kibble-st-mirren").regions()).containsExactly("scotland");
        assertThat(hct.commissioners())
                .extracting(Organisation::name)
                .contains("Surrey County Council")
                .doesNotContain("Surrey Council");
        assertThat(hct.contract().note().orElseThrow())
                .contains("5-year contract")
                .doesNotContain("ran for");
        // The closure date came from a page about another council's programme: it is not kept.
        assertThat(texts(hct.outcomes())).noneMatch(t -> t.contains("closed"));
        assertThat(hct.metadata().sources()).noneMatch(s -> s.url().contains("hctgroup.org"));
    }

    @Test
    void disagreementsAreMarkedAndMissingFactsAdded() {
        assertThat(study("leicestershire-cip").disputedFacts())
                .extracting(DisputedFact::field)
                .containsExactly("contract.startYear", "Liz Perfect's role");
        assertThat(study("plymouth-alliance").disputedFacts())
                .extracting(DisputedFact::field)
                .containsExactly("contract.value", "partners");
        assertThat(study("plymouth-alliance").partners())
                .extracting(Organisation::name)
                .contains("LH Alliances");
        assertThat(study("oldham-social-prescribing").videos())
                .allSatisfy(
                        v -> assertThat(v.presenter().orElseThrow()).contains("Oldham Council"));
    }

    private static List<String> texts(List<Outcome> statements) {
        return statements.stream().map(Outcome::text).toList();
    }
}
