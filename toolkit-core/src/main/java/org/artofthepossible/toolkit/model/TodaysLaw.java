package org.artofthepossible.toolkit.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.internal.Immutables;

/**
 * The law in force now that a reader of an older case study needs: what each procurement route
 * would be today, the rule for procurements begun under the old law, and the regimes of nations
 * with rules of their own.
 *
 * @param asOf the date the law is stated at
 * @param summary which law governs new procurements, and where
 * @param transition what happens to procurements and contracts begun under the old law
 * @param routes by {@value Vocabulary#PROCUREMENT_ROUTE} term, what each route would be today
 * @param regions by {@value Vocabulary#REGION} term, the regime of a region or nation with its own
 *     rules, shown instead of the summary for case studies placed there
 * @param sources where all of it comes from, cited by id
 */
public record TodaysLaw(
        LocalDate asOf,
        CitedText summary,
        CitedText transition,
        Map<String, RouteToday> routes,
        Map<String, CitedText> regions,
        List<Source> sources) {
    /** Copies the collections. */
    public TodaysLaw {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(transition, "transition");
        // In key order, so that a snapshot's version is the same in every run.
        routes = Immutables.sortedCopy(routes, Comparator.naturalOrder());
        regions = Immutables.sortedCopy(regions, Comparator.naturalOrder());
        sources = List.copyOf(sources);
    }

    /**
     * Returns what a route would be today.
     *
     * @param route a {@value Vocabulary#PROCUREMENT_ROUTE} term
     * @return the mapping, or empty when the content gives none
     */
    public Optional<RouteToday> route(String route) {
        return Optional.ofNullable(routes.get(route));
    }

    /**
     * Returns the source with an id.
     *
     * @param sourceId the id a passage cites
     * @return the first source with that id (validation reports a second one), or empty
     */
    public Optional<Source> source(String sourceId) {
        for (Source source : sources) {
            if (source.id().equals(sourceId)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
