package org.artofthepossible.toolkit.jackson3;

import java.math.BigDecimal;
import org.artofthepossible.toolkit.render.json.internal.JsonSink;
import tools.jackson.core.JsonGenerator;

/** Canonical JSON through a Jackson 3 generator, whose errors are already unchecked. */
final class Jackson3Sink implements JsonSink {
    private final JsonGenerator out;

    Jackson3Sink(JsonGenerator out) {
        this.out = out;
    }

    @Override
    public void startObject() {
        out.writeStartObject();
    }

    @Override
    public void endObject() {
        out.writeEndObject();
    }

    @Override
    public void startArray() {
        out.writeStartArray();
    }

    @Override
    public void endArray() {
        out.writeEndArray();
    }

    @Override
    public void name(String name) {
        out.writeName(name);
    }

    @Override
    public void string(String value) {
        out.writeString(value);
    }

    @Override
    public void number(long value) {
        out.writeNumber(value);
    }

    @Override
    public void number(BigDecimal value) {
        out.writeNumber(value);
    }

    @Override
    public void bool(boolean value) {
        out.writeBoolean(value);
    }
}
