package org.artofthepossible.toolkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation taking part in a case study: a commissioner or a partner.
 *
 * @param name the organisation's name
 * @param kind a term of the {@value Vocabulary#ORGANISATION_KIND} vocabulary, for example {@code
 *     charity}
 * @param url its web site
 * @param role what it did in the partnership, as the sources describe it
 * @param cites ids of the item's {@link Source sources} that name it in that role
 */
public record Organisation(
        String name, String kind, Optional<String> url, Optional<String> role, List<String> cites) {
    /** Checks the parts. */
    public Organisation {
        Objects.requireNonNull(name, "name");
        Slugs.requireSlug(kind, "organisation kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(role, "role");
        cites = List.copyOf(cites);
    }

    /**
     * Creates an organisation that cites no source.
     *
     * @param name the name
     * @param kind the kind term
     * @param url its web site
     * @param role what it did
     */
    public Organisation(String name, String kind, Optional<String> url, Optional<String> role) {
        this(name, kind, url, role, List.of());
    }

    /**
     * Creates an organisation with no URL, role or citation.
     *
     * @param name the name
     * @param kind the kind term
     * @return the organisation
     */
    public static Organisation of(String name, String kind) {
        return new Organisation(name, kind, Optional.empty(), Optional.empty());
    }
}
