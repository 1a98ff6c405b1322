package org.artofthepossible.toolkit;

import java.util.Objects;

/**
 * A rendered view, naming the snapshot it was rendered from: a host that renders with {@link
 * ToolkitEngine#render(View, String, RenderOptions)} can build its ETag from {@code version}, and
 * it always matches the content even when a reload happened meanwhile.
 *
 * @param format the format it was rendered in, for example {@code html}
 * @param mediaType its media type, for a {@code Content-Type} header
 * @param content the text
 * @param version the {@linkplain Toolkit#version() version} of the snapshot it was rendered from
 */
public record Rendered(String format, String mediaType, String content, String version) {
    /** Checks the parts. */
    public Rendered {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
