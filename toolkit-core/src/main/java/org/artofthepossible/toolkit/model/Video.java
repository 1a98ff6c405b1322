package org.artofthepossible.toolkit.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A video about a case study.
 *
 * @param provider who hosts it, for example {@code youtube} or {@code vimeo}
 * @param reference the provider's video id, or the video's URL
 * @param title the title, also the accessible name of its play button
 * @param presenter who speaks in it
 * @param duration how long it runs
 * @param captionsUrl where its captions are
 * @param transcript its transcript, as text
 */
public record Video(
        String provider,
        String reference,
        String title,
        Optional<String> presenter,
        Optional<Duration> duration,
        Optional<String> captionsUrl,
        Optional<String> transcript) {
    /** Checks the parts. */
    public Video {
        Slugs.requireSlug(provider, "video provider");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(presenter, "presenter");
        duration.ifPresent(
                d -> {
                    if (d.isNegative()) {
                        throw new IllegalArgumentException("duration must not be negative: " + d);
                    }
                });
        Objects.requireNonNull(captionsUrl, "captionsUrl");
        Objects.requireNonNull(transcript, "transcript");
    }

    /**
     * Tells whether the reference is the video's URL rather than its id at the provider: ids have
     * no colon, URLs do.
     *
     * @return true when {@link #reference()} is a URL
     */
    public boolean referenceIsUrl() {
        return reference.contains(":");
    }
}
