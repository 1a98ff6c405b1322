package org.artofthepossible.toolkit.render.html;

import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;

/**
 * Replaces the markup of some views, for example every case study page, without forking the
 * renderer. The renderer still draws the page around it (breadcrumbs, menu, document head); the
 * override writes the main content through a safe {@link HtmlWriter}.
 *
 * <p>Register overrides with {@link HtmlRendererProvider#HtmlRendererProvider(java.util.List)} on
 * the engine builder, or list them in {@code
 * META-INF/services/org.artofthepossible.toolkit.render.html.MarkupOverride} (and {@code provides}
 * in {@code module-info.java}) to have the default provider find them. The first override that
 * handles a view wins.
 *
 * <pre>{@code
 * MarkupOverride cards =
 *         MarkupOverride.forItems(ItemType.CASE_STUDY, (html, study, toolkit, options) ->
 *                 html.open("div", "class", "council-card")
 *                         .element("h1", study.title())
 *                         .element("p", study.summary())
 *                         .close("div"));
 * ToolkitEngine engine = ToolkitEngine.builder()
 *         .source(BundledToolkit.source())
 *         .renderer(new HtmlRendererProvider(List.of(cards)))
 *         .build();
 * }</pre>
 */
public interface MarkupOverride {

    /**
     * Tells whether this override writes a view.
     *
     * @param view the view
     * @param toolkit the snapshot it is rendered from
     * @return true to write it with {@link #write}
     */
    boolean handles(View view, Toolkit toolkit);

    /**
     * Writes the main content of a view.
     *
     * @param html where to write
     * @param view the view
     * @param toolkit the snapshot
     * @param options locale, mode and links
     */
    void write(HtmlWriter html, View view, Toolkit toolkit, RenderOptions options);

    /** Writes the main content of one item. */
    @FunctionalInterface
    interface ItemWriter {
        /**
         * Writes an item.
         *
         * @param html where to write
         * @param item the item, in the reader's locale
         * @param toolkit the snapshot
         * @param options locale, mode and links
         */
        void write(HtmlWriter html, ContentItem item, Toolkit toolkit, RenderOptions options);
    }

    /**
     * An override of the pages of every item of one type.
     *
     * @param type the item type, for example {@link ItemType#CASE_STUDY}
     * @param writer what to write instead
     * @return the override
     */
    static MarkupOverride forItems(ItemType type, ItemWriter writer) {
        return new MarkupOverride() {
            @Override
            public boolean handles(View view, Toolkit toolkit) {
                return view instanceof View.ItemView item
                        && toolkit.item(item.id(), toolkit.info().defaultLocale())
                                .filter(i -> i.type() == type)
                                .isPresent();
            }

            @Override
            public void write(HtmlWriter html, View view, Toolkit toolkit, RenderOptions options) {
                String id = ((View.ItemView) view).id();
                writer.write(
                        html, toolkit.item(id, options.locale()).orElseThrow(), toolkit, options);
            }
        };
    }
}
