package org.artofthepossible.toolkit.render.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.EnumSet;
import java.util.Set;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.spi.Renderer;

/** Renders items and lists with one shared, thread-safe Jackson mapper. */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new Jdk8Module())
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                    .defaultPropertyInclusion(
                            JsonInclude.Value.construct(
                                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                    .build();

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public Set<View.Kind> supportedViews() {
        return EnumSet.of(View.Kind.ITEM, View.Kind.LIST);
    }

    @Override
    public String render(View view, Toolkit toolkit, RenderOptions options) {
        ObjectNode root = MAPPER.createObjectNode();
        if (view instanceof View.ItemView itemView) {
            ContentItem item =
                    toolkit.item(itemView.id(), options.locale())
                            .orElseThrow(
                                    () ->
                                            new ToolkitException(
                                                    "no item with id '" + itemView.id() + "'"));
            root.put("type", item.type().id());
            root.set("item", MAPPER.valueToTree(item));
        } else if (view instanceof View.ListView list) {
            root.put("type", list.type().id());
            root.set(
                    "items",
                    MAPPER.valueToTree(toolkit.list(list.type(), list.filter(), options.locale())));
        } else {
            throw new IllegalArgumentException("unsupported view " + view);
        }
        root.put("locale", options.locale().toLanguageTag());
        root.put("version", toolkit.version());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new ToolkitException("could not write " + view + " as JSON", e);
        }
    }
}
