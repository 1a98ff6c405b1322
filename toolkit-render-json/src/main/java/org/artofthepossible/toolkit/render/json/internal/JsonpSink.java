package org.artofthepossible.toolkit.render.json.internal;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/** Canonical JSON through a Jakarta JSON-P generator, as JSON-B serializers receive one. */
public final class JsonpSink implements JsonSink {
    private final JsonGenerator out;

    public JsonpSink(JsonGenerator out) {
        this.out = out;
    }

    @Override
    public void startObject() {
        out.writeStartObject();
    }

    @Override
    public void endObject() {
        out.writeEnd();
    }

    @Override
    public void startArray() {
        out.writeStartArray();
    }

    @Override
    public void endArray() {
        out.writeEnd();
    }

    @Override
    public void name(String name) {
        out.writeKey(name);
    }

    @Override
    public void string(String value) {
        out.write(value);
    }

    @Override
    public void number(long value) {
        out.write(value);
    }

    @Override
    public void number(BigDecimal value) {
        out.write(value);
    }

    @Override
    public void bool(boolean value) {
        out.write(value);
    }
}
