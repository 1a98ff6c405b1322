package org.artofthepossible.toolkit.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;

/** Every view of the bundled toolkit, for tests that check all pages. */
final class BundledPages {
    private static final ToolkitEngine ENGINE =
            ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build();

    private BundledPages() {}

    static ToolkitEngine engine() {
        return ENGINE;
    }

    static List<View> views() {
        var views = new ArrayList<View>();
        views.add(View.home());
        views.add(View.menu());
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
        }
        for (ContentItem item : ENGINE.toolkit().items()) {
            if (item.locale().equals(Locale.ENGLISH)) {
                views.add(View.item(item.id()));
            }
        }
        return views;
    }

    static String render(View view, RenderOptions options) {
        return ENGINE.render(view, "html", options).content();
    }
}
