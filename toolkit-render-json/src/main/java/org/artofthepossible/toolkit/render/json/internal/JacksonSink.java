package org.artofthepossible.toolkit.render.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Canonical JSON through a Jackson generator. */
public final class JacksonSink implements JsonSink {
    private final JsonGenerator out;

    public JacksonSink(JsonGenerator out) {
        this.out = out;
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startObject() {
        write(out::writeStartObject);
    }

    @Override
    public void endObject() {
        write(out::writeEndObject);
    }

    @Override
    public void startArray() {
        write(out::writeStartArray);
    }

    @Override
    public void endArray() {
        write(out::writeEndArray);
    }

    @Override
    public void name(String name) {
        write(() -> out.writeFieldName(name));
    }

    @Override
    public void string(String value) {
        write(() -> out.writeString(value));
    }

    @Override
    public void number(long value) {
        write(() -> out.writeNumber(value));
    }

    @Override
    public void number(BigDecimal value) {
        write(() -> out.writeNumber(value));
    }

    @Override
    public void bool(boolean value) {
        write(() -> out.writeBoolean(value));
    }
}
