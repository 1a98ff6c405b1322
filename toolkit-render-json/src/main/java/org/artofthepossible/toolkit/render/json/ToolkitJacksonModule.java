package org.artofthepossible.toolkit.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.render.json.internal.CanonicalJson;
import org.artofthepossible.toolkit.render.json.internal.JacksonSink;

/**
 * A Jackson module that writes toolkit items ({@code CaseStudy}, {@code Faq}, ...) in the canonical
 * JSON shape of {@code docs/json.md}, the same bytes the {@code json} renderer writes. It is
 * registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@code
 * ObjectMapper.findAndRegisterModules()} picks it up.
 *
 * <p>Terms are written with their labels when the writer knows the snapshot and the locale:
 *
 * <pre>{@code
 * String json = mapper.writer()
 *         .withAttribute(ToolkitJacksonModule.TOOLKIT, toolkit)
 *         .withAttribute(ToolkitJacksonModule.LOCALE, Locale.ENGLISH)
 *         .writeValueAsString(caseStudy);
 * }</pre>
 *
 * Without them, terms carry only their ids.
 */
public final class ToolkitJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The writer attribute holding the {@link Toolkit} the items belong to. */
    public static final String TOOLKIT = "org.artofthepossible.toolkit.Toolkit";

    /** The writer attribute holding the reader's {@link Locale}; the default locale if absent. */
    public static final String LOCALE = "org.artofthepossible.toolkit.Locale";

    /** Creates the module; ServiceLoader calls this. */
    public ToolkitJacksonModule() {
        super("toolkit", Version.unknownVersion());
        addSerializer(ContentItem.class, new ItemSerializer());
    }

    private static final class ItemSerializer extends StdSerializer<ContentItem> {
        private static final long serialVersionUID = 1L;

        ItemSerializer() {
            super(ContentItem.class);
        }

        @Override
        public void serialize(
                ContentItem item, JsonGenerator generator, SerializerProvider provider) {
            Optional<Toolkit> toolkit =
                    Optional.ofNullable((Toolkit) provider.getAttribute(TOOLKIT));
            Locale locale =
                    Optional.ofNullable((Locale) provider.getAttribute(LOCALE))
                            .orElseGet(
                                    () ->
                                            toolkit.map(t -> t.info().defaultLocale())
                                                    .orElse(item.locale()));
            new CanonicalJson(toolkit, locale).item(item, new JacksonSink(generator));
        }
    }
}
