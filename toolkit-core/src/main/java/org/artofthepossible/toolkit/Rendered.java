package org.artofthepossible.toolkit;

import java.util.Objects;

/**
 * A rendered view.
 *
 * @param format the format it was rendered in, for example {@code html}
 * @param mediaType its media type, for a {@code Content-Type} header
 * @param content the text
 */
public record Rendered(String format, String mediaType, String content) {
    /** Checks the parts. */
    public Rendered {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
