package org.artofthepossible.toolkit.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact on which the sources disagree. The toolkit keeps every claim with its sources instead of
 * silently choosing one, so that a reader sees the disagreement.
 *
 * @param field the field the fact belongs to, as a path, for example {@code contract.value}
 * @param claims what each source says; at least two
 */
public record DisputedFact(String field, List<Claim> claims) {
    /** Checks there is a disagreement to record. */
    public DisputedFact {
        Objects.requireNonNull(field, "field");
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException(
                    "a disputed fact needs at least two claims, got "
                            + claims.size()
                            + " for "
                            + field);
        }
    }

    /**
     * One source's version of a disputed fact.
     *
     * @param value the value as that source states it, for example {@code "£1.25m"}
     * @param cites ids of the item's {@link Source sources} that state it; at least one
     */
    public record Claim(String value, List<String> cites) {
        /** Checks the claim cites a source. */
        public Claim {
            Objects.requireNonNull(value, "value");
            cites = List.copyOf(cites);
            if (cites.isEmpty()) {
                throw new IllegalArgumentException("a claim needs a source: " + value);
            }
        }
    }
}
