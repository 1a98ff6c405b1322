package org.artofthepossible.toolkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a procurement route was under the Public Contracts Regulations 2015 and what it would be
 * under the law in force now.
 *
 * @param then what the route was, for example which regulation it was, or that it was a contract
 *     model or a safeguard rather than a procedure
 * @param now its nearest equivalents today: terms of the {@value Vocabulary#PROCEDURE_TODAY}
 *     vocabulary, possibly none
 * @param changed what changed, in a sentence or two
 * @param confirmed true when a source states the mapping; false when it is inferred, which readers
 *     must be told
 * @param caveat what a source does not state, even where the mapping is confirmed
 * @param cites ids of the {@link TodaysLaw#sources() sources} that state it
 */
public record RouteToday(
        LocalizedText then,
        List<String> now,
        LocalizedText changed,
        boolean confirmed,
        Optional<LocalizedText> caveat,
        List<String> cites) {
    /** Checks the parts. */
    public RouteToday {
        Objects.requireNonNull(then, "then");
        now = List.copyOf(now);
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(caveat, "caveat");
        cites = List.copyOf(cites);
    }
}
