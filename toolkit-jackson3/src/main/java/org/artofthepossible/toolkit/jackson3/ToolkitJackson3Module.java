package org.artofthepossible.toolkit.jackson3;

import java.util.function.Supplier;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.render.json.internal.ModuleContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@code ToolkitJacksonModule} for Jackson 3 ({@code tools.jackson}): the same canonical JSON, byte
 * for byte, for items and, when made for an engine, views. It is registered in {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}, so {@code
 * JsonMapper.builder().findAndAddModules()} picks it up.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(ToolkitJackson3Module.of(engine, options)).build();
 * String json = mapper.writeValueAsString(caseStudy); // terms with labels
 * }</pre>
 *
 * Jackson 3 is an optional dependency of this module: add {@code
 * tools.jackson.core:jackson-databind} (Spring Boot 4 brings it).
 */
public final class ToolkitJackson3Module extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The writer attribute holding the {@code Toolkit} the items belong to. */
    public static final String TOOLKIT = ModuleContext.TOOLKIT;

    /** The writer attribute holding the reader's {@code Locale}. */
    public static final String LOCALE = ModuleContext.LOCALE;

    /**
     * Creates the module on its own, as ServiceLoader does: it writes items, with term labels when
     * the writer has the {@link #TOOLKIT} and {@link #LOCALE} attributes, else ids only.
     */
    public ToolkitJackson3Module() {
        this(ModuleContext.standalone());
    }

    private ToolkitJackson3Module(ModuleContext context) {
        super("toolkit", Version.unknownVersion());
        addSerializer(ContentItem.class, new ItemSerializer(context));
        addSerializer(View.class, new ViewSerializer(context));
    }

    /**
     * A module for one engine: items carry labels from its current snapshot in the options' locale
     * (the writer's attributes still win), and views are written by its {@code json} renderer.
     *
     * @param engine the engine
     * @param options asked at each write, so it can follow the request (its locale, its links)
     * @return the module
     */
    public static ToolkitJackson3Module of(ToolkitEngine engine, Supplier<RenderOptions> options) {
        return new ToolkitJackson3Module(ModuleContext.of(engine, options));
    }

    private static final class ItemSerializer extends StdSerializer<ContentItem> {
        private final transient ModuleContext context;

        ItemSerializer(ModuleContext context) {
            super(ContentItem.class);
            this.context = context;
        }

        @Override
        public void serialize(
                ContentItem item, JsonGenerator generator, SerializationContext serialization) {
            context.item(item, serialization::getAttribute, new Jackson3Sink(generator));
        }
    }

    private static final class ViewSerializer extends StdSerializer<View> {
        private final transient ModuleContext context;

        ViewSerializer(ModuleContext context) {
            super(View.class);
            this.context = context;
        }

        @Override
        public void serialize(
                View view, JsonGenerator generator, SerializationContext serialization) {
            generator.writeRawValue(context.view(view));
        }
    }
}
