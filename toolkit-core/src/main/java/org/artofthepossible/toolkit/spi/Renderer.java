package org.artofthepossible.toolkit.spi;

import java.util.Set;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;

/**
 * Turns a {@link View} of a {@link Toolkit} into text of one media type. Must be thread-safe and
 * deterministic: the same view, snapshot and options give the same text, since results are cached.
 *
 * <p>A render is kept for as long as what it shows is unchanged, as {@link Toolkit#version(View)}
 * tells: across a reload by the engine's cache, and across exports by {@code toolkit export}. So
 * the page of one item shows other items by their metadata alone (titles, summaries, terms), never
 * their bodies, nor anything else of the snapshot as a whole such as its version; whatever shows
 * more of other items belongs in a list view, whose version is the whole snapshot's.
 */
public interface Renderer {

    /**
     * Returns the media type of what it renders.
     *
     * @return for example {@code text/html; charset=utf-8}
     */
    String mediaType();

    /**
     * Returns the kinds of view it renders; the engine refuses the others with an {@link
     * org.artofthepossible.toolkit.UnsupportedViewException} before calling {@link #render}.
     *
     * @return the supported kinds
     */
    Set<View.Kind> supportedViews();

    /**
     * Renders a view.
     *
     * @param view the view, of a supported kind
     * @param toolkit the snapshot to render from
     * @param options locale, mode, theme and links
     * @return the rendered text, never empty
     * @throws org.artofthepossible.toolkit.ToolkitException when the view names something the
     *     snapshot does not hold
     */
    String render(View view, Toolkit toolkit, RenderOptions options);
}
