package org.artofthepossible.toolkit.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Supplier;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.render.json.internal.JacksonSink;
import org.artofthepossible.toolkit.render.json.internal.ModuleContext;

/**
 * A Jackson 2 module that writes toolkit items ({@code CaseStudy}, {@code Faq}, ...) in the
 * canonical JSON shape of {@code docs/json.md}, the same bytes the {@code json} renderer writes. It
 * is registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@code
 * ObjectMapper.findAndRegisterModules()} picks it up. {@code ToolkitJackson3Module}, in {@code
 * toolkit-jackson3}, is the same for Jackson 3.
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
 * Without them, terms carry only their ids, unless the module was made for an engine with {@link
 * #of(ToolkitEngine, Supplier)}: then labels come from the engine's current snapshot, and views
 * ({@code View.list(...)}, {@code View.home()}, ...) are written too.
 */
public final class ToolkitJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The writer attribute holding the {@link Toolkit} the items belong to. */
    public static final String TOOLKIT = ModuleContext.TOOLKIT;

    /** The writer attribute holding the reader's {@code Locale}; the default locale if absent. */
    public static final String LOCALE = ModuleContext.LOCALE;

    /** Creates the module on its own, for items; ServiceLoader calls this. */
    public ToolkitJacksonModule() {
        this(ModuleContext.standalone());
    }

    private ToolkitJacksonModule(ModuleContext context) {
        super("toolkit", Version.unknownVersion());
        addSerializer(ContentItem.class, new ItemSerializer(context));
        addSerializer(View.class, new ViewSerializer(context));
    }

    /**
     * A module for one engine: items carry labels from its current snapshot in the options' locale
     * (the writer's attributes still win), and views are written by its {@code json} renderer,
     * through its cache.
     *
     * @param engine the engine
     * @param options asked at each write, so it can follow the request (its locale, its links)
     * @return the module
     */
    public static ToolkitJacksonModule of(ToolkitEngine engine, Supplier<RenderOptions> options) {
        return new ToolkitJacksonModule(ModuleContext.of(engine, options));
    }

    private static final class ItemSerializer extends StdSerializer<ContentItem> {
        private static final long serialVersionUID = 1L;
        private final transient ModuleContext context;

        ItemSerializer(ModuleContext context) {
            super(ContentItem.class);
            this.context = context;
        }

        @Override
        public void serialize(
                ContentItem item, JsonGenerator generator, SerializerProvider provider) {
            context.item(item, provider::getAttribute, new JacksonSink(generator));
        }
    }

    private static final class ViewSerializer extends StdSerializer<View> {
        private static final long serialVersionUID = 1L;
        private final transient ModuleContext context;

        ViewSerializer(ModuleContext context) {
            super(View.class);
            this.context = context;
        }

        @Override
        public void serialize(View view, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeRawValue(context.view(view));
        }
    }
}
