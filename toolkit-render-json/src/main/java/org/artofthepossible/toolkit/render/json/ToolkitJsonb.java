package org.artofthepossible.toolkit.render.json;

import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ModelDocument;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.render.json.internal.CanonicalJson;
import org.artofthepossible.toolkit.render.json.internal.JsonpSink;

/**
 * A Jakarta JSON Binding configuration that writes toolkit items in the canonical JSON shape, the
 * same bytes as the {@code json} renderer and {@link ToolkitJacksonModule}. The JSON-B API is an
 * optional dependency of this module: add it (and an implementation such as Yasson) to use this
 * class.
 *
 * <pre>{@code
 * Jsonb jsonb = JsonbBuilder.create(ToolkitJsonb.config(toolkit, Locale.ENGLISH));
 * String json = jsonb.toJson(caseStudy);
 * }</pre>
 */
public final class ToolkitJsonb {
    private ToolkitJsonb() {}

    /**
     * A configuration whose terms carry labels from the given snapshot in the given locale.
     *
     * @param toolkit the snapshot the items belong to
     * @param locale the reader's locale
     * @return a new configuration, to extend further if needed
     */
    public static JsonbConfig config(Toolkit toolkit, Locale locale) {
        return config(new CanonicalJson(Optional.of(toolkit), locale));
    }

    /**
     * A configuration whose terms carry only their ids.
     *
     * @return a new configuration
     */
    public static JsonbConfig config() {
        return config(new CanonicalJson(Optional.empty(), Locale.ROOT));
    }

    private static JsonbConfig config(CanonicalJson json) {
        return new JsonbConfig()
                .withSerializers(
                        new CaseStudySerializer(json),
                        new FaqSerializer(json),
                        new ModelDocumentSerializer(json),
                        new PageSerializer(json));
    }

    private abstract static class ItemSerializer<T extends ContentItem>
            implements JsonbSerializer<T> {
        private final CanonicalJson json;

        ItemSerializer(CanonicalJson json) {
            this.json = json;
        }

        @Override
        public void serialize(T item, JsonGenerator generator, SerializationContext context) {
            json.item(item, new JsonpSink(generator));
        }
    }

    // One class per record: JSON-B finds a serializer by the type argument of its class.

    private static final class CaseStudySerializer extends ItemSerializer<CaseStudy> {
        CaseStudySerializer(CanonicalJson json) {
            super(json);
        }
    }

    private static final class FaqSerializer extends ItemSerializer<Faq> {
        FaqSerializer(CanonicalJson json) {
            super(json);
        }
    }

    private static final class ModelDocumentSerializer extends ItemSerializer<ModelDocument> {
        ModelDocumentSerializer(CanonicalJson json) {
            super(json);
        }
    }

    private static final class PageSerializer extends ItemSerializer<Page> {
        PageSerializer(CanonicalJson json) {
            super(json);
        }
    }
}
