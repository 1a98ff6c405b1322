package org.artofthepossible.toolkit.render.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON written into a string as {@code ObjectMapper.writeValueAsString} does it: a segmented writer
 * over the factory's pooled buffers builds the string once. A {@code StringWriter} grew, widened
 * and copied its buffer, and allocated two and a half times as much (JsonBenchmark, -prof gc).
 */
final class JsonText {
    private JsonText() {}

    /** What writes the JSON. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    /**
     * Writes JSON into a string.
     *
     * @param factory the factory whose generator and settings to use
     * @param body writes the JSON through the generator
     * @return the JSON
     */
    static String write(JsonFactory factory, Body body) {
        BufferRecycler buffers = factory._getBufferRecycler();
        try {
            var text = new SegmentedStringWriter(buffers);
            try (JsonGenerator out = factory.createGenerator(text)) {
                body.write(out);
            }
            return text.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }
}
