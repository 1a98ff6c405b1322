package org.artofthepossible.toolkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a case study takes place.
 *
 * @param name the place name, for example {@code Oldham}
 * @param region a term of the {@value Vocabulary#REGION} vocabulary, for example {@code
 *     greater-manchester}
 * @param nation the nation, for example {@code England}
 */
public record Place(String name, Optional<String> region, Optional<String> nation) {
    /** Checks the parts. */
    public Place {
        Objects.requireNonNull(name, "name");
        region.ifPresent(r -> Slugs.requireSlug(r, "region term"));
        Objects.requireNonNull(nation, "nation");
    }
}
