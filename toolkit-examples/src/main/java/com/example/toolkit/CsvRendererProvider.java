package com.example.toolkit;

import java.util.Set;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/** Renders lists as CSV (RFC 4180): one row an item, with its id, title and link. */
public final class CsvRendererProvider implements RendererProvider {
    /**
     * Creates the plugin; found through ServiceLoader, or registered with {@code
     * builder.renderer(...)}.
     */
    public CsvRendererProvider() {}

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Renderer create(RendererContext context) {
        return new Renderer() {
            @Override
            public String mediaType() {
                return "text/csv; charset=utf-8";
            }

            @Override
            public Set<View.Kind> supportedViews() {
                return Set.of(View.Kind.LIST);
            }

            @Override
            public String render(View view, Toolkit toolkit, RenderOptions options) {
                View.ListView list = (View.ListView) view;
                var csv = new StringBuilder("id,title,href\r\n");
                for (ContentItem item :
                        toolkit.list(list.type(), list.filter(), options.locale())) {
                    csv.append(field(item.id())).append(',');
                    csv.append(field(item.title())).append(',');
                    csv.append(field(options.links().href(item))).append("\r\n");
                }
                return csv.toString();
            }
        };
    }

    /** Quotes a field, doubling its quotes; a leading = + - @ is defused for spreadsheets. */
    private static String field(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
