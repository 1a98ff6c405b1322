package org.artofthepossible.toolkit.render.json.internal;

import java.math.BigDecimal;

/**
 * Where canonical JSON is written: a Jackson generator or a Jakarta JSON-P generator. Both are
 * driven by the one {@link CanonicalJson} walker, which is why the Jackson module, the JSON-B
 * configuration and the renderer produce the same bytes.
 */
public interface JsonSink {
    void startObject();

    void endObject();

    void startArray();

    void endArray();

    void name(String name);

    void string(String value);

    void number(long value);

    void number(BigDecimal value);

    void bool(boolean value);
}
