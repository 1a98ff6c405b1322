package org.artofthepossible.toolkit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A real partnership between public commissioners and purpose-aligned partners.
 *
 * @param metadata the shared fields; the procurement routes are its {@value
 *     Vocabulary#PROCUREMENT_ROUTE} terms and the themes its {@value Vocabulary#THEME} terms
 * @param commissioners the public bodies that commissioned the service
 * @param partners the organisations they partnered with
 * @param place where it happens
 * @param contract facts about the contract
 * @param outcomes what it achieved
 * @param context facts that frame it without being its results: the need it met, what it aimed at,
 *     what the service cost before
 * @param videos videos about it
 * @param disputedFacts facts on which sources disagree, each with every claim
 * @param inferredFacts paths of the fields whose values are inferred rather than stated by a
 *     source, for example {@code contract.startYear}; readers should be told they are unconfirmed
 */
public record CaseStudy(
        ItemMetadata metadata,
        List<Organisation> commissioners,
        List<Organisation> partners,
        Optional<Place> place,
        Contract contract,
        List<Outcome> outcomes,
        List<Outcome> context,
        List<Video> videos,
        List<DisputedFact> disputedFacts,
        List<String> inferredFacts)
        implements ContentItem {

    /** Copies the lists. */
    public CaseStudy {
        Objects.requireNonNull(metadata, "metadata");
        commissioners = List.copyOf(commissioners);
        partners = List.copyOf(partners);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(contract, "contract");
        outcomes = List.copyOf(outcomes);
        context = List.copyOf(context);
        videos = List.copyOf(videos);
        disputedFacts = List.copyOf(disputedFacts);
        inferredFacts = List.copyOf(inferredFacts);
    }

    @Override
    public ItemType type() {
        return ItemType.CASE_STUDY;
    }

    /**
     * Returns the procurement routes the partnership used.
     *
     * @return term ids of the {@value Vocabulary#PROCUREMENT_ROUTE} vocabulary
     */
    public List<String> procurementRoutes() {
        return metadata.terms().in(Vocabulary.PROCUREMENT_ROUTE);
    }

    /**
     * Returns the regions the case study is in: its place's region, or, for a place in several
     * regions, the item's {@value Vocabulary#REGION} terms.
     *
     * @return term ids of the {@value Vocabulary#REGION} vocabulary, possibly none
     */
    public List<String> regions() {
        return place.flatMap(Place::region)
                .map(List::of)
                .orElseGet(() -> metadata.terms().in(Vocabulary.REGION));
    }

    /**
     * Tells whether a field's value is inferred rather than stated by a source.
     *
     * @param fieldPath a path such as {@code contract.startYear}
     * @return true when the content flags it as inferred
     */
    public boolean isInferred(String fieldPath) {
        return inferredFacts.contains(fieldPath);
    }

    /**
     * Returns every citation of the case study's facts with the field path of the citing fact, for
     * example {@code outcomes[2].cites[0]} or {@code contract.cites.value[0]} to {@code
     * norfolk-award}, in the order of the content.
     *
     * @return source ids by the path of the citation
     */
    public Map<String, String> citations() {
        Map<String, String> citations = new LinkedHashMap<>();
        BiConsumer<String, List<String>> add =
                (path, cites) -> {
                    for (int i = 0; i < cites.size(); i++) {
                        citations.put(path + "[" + i + "]", cites.get(i));
                    }
                };
        for (int i = 0; i < commissioners.size(); i++) {
            add.accept("commissioners[" + i + "].cites", commissioners.get(i).cites());
        }
        for (int i = 0; i < partners.size(); i++) {
            add.accept("partners[" + i + "].cites", partners.get(i).cites());
        }
        for (String field : Contract.FIELDS) {
            add.accept("contract.cites." + field, contract.cites(field));
        }
        for (int i = 0; i < outcomes.size(); i++) {
            add.accept("outcomes[" + i + "].cites", outcomes.get(i).cites());
        }
        for (int i = 0; i < context.size(); i++) {
            add.accept("context[" + i + "].cites", context.get(i).cites());
        }
        for (int i = 0; i < disputedFacts.size(); i++) {
            List<DisputedFact.Claim> claims = disputedFacts.get(i).claims();
            for (int j = 0; j < claims.size(); j++) {
                add.accept("disputed[" + i + "].claims[" + j + "].cites", claims.get(j).cites());
            }
        }
        return citations;
    }

    /**
     * Starts a builder with the given metadata and no other facts.
     *
     * @param metadata the shared fields
     * @return a new builder
     */
    public static Builder builder(ItemMetadata metadata) {
        return new Builder(metadata);
    }

    /** Builds a {@link CaseStudy}; reusable after {@link #build()}. */
    public static final class Builder {
        private final ItemMetadata metadata;
        private final List<Organisation> commissioners = new ArrayList<>();
        private final List<Organisation> partners = new ArrayList<>();
        private Optional<Place> place = Optional.empty();
        private Contract contract = Contract.unknown();
        private final List<Outcome> outcomes = new ArrayList<>();
        private final List<Outcome> context = new ArrayList<>();
        private final List<Video> videos = new ArrayList<>();
        private final List<DisputedFact> disputedFacts = new ArrayList<>();
        private final List<String> inferredFacts = new ArrayList<>();

        private Builder(ItemMetadata metadata) {
            this.metadata = metadata;
        }

        /**
         * Adds a commissioner.
         *
         * @param organisation the commissioner
         * @return this builder
         */
        public Builder commissioner(Organisation organisation) {
            commissioners.add(organisation);
            return this;
        }

        /**
         * Adds a partner.
         *
         * @param organisation the partner
         * @return this builder
         */
        public Builder partner(Organisation organisation) {
            partners.add(organisation);
            return this;
        }

        /**
         * Sets the place.
         *
         * @param place the place
         * @return this builder
         */
        public Builder place(Place place) {
            this.place = Optional.of(place);
            return this;
        }

        /**
         * Sets the contract facts.
         *
         * @param contract the contract
         * @return this builder
         */
        public Builder contract(Contract contract) {
            this.contract = contract;
            return this;
        }

        /**
         * Adds an outcome.
         *
         * @param outcome the outcome
         * @return this builder
         */
        public Builder outcome(Outcome outcome) {
            outcomes.add(outcome);
            return this;
        }

        /**
         * Adds a fact of its context.
         *
         * @param fact the need, aim or circumstance, with its figure and sources
         * @return this builder
         */
        public Builder context(Outcome fact) {
            context.add(fact);
            return this;
        }

        /**
         * Adds a video.
         *
         * @param video the video
         * @return this builder
         */
        public Builder video(Video video) {
            videos.add(video);
            return this;
        }

        /**
         * Records a fact on which sources disagree.
         *
         * @param fact the fact with every claim
         * @return this builder
         */
        public Builder disputedFact(DisputedFact fact) {
            disputedFacts.add(fact);
            return this;
        }

        /**
         * Flags a field as inferred.
         *
         * @param fieldPath the field path, for example {@code contract.startYear}
         * @return this builder
         */
        public Builder inferred(String fieldPath) {
            inferredFacts.add(fieldPath);
            return this;
        }

        /**
         * Builds the case study.
         *
         * @return the case study
         */
        public CaseStudy build() {
            return new CaseStudy(
                    metadata,
                    commissioners,
                    partners,
                    place,
                    contract,
                    outcomes,
                    context,
                    videos,
                    disputedFacts,
                    inferredFacts);
        }
    }
}
