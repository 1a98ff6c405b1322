package org.artofthepossible.toolkit.content;

import org.artofthepossible.toolkit.spi.ContentSource;

/**
 * E3M's <i>From Procurement to Partnership: a Practical Toolkit for Commissioners</i>, shipped
 * inside this module: nine case studies, expert answers, model documents, the introduction,
 * correctives and principles, and the toolkit menu.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().source(BundledToolkit.source()).build();
 * }</pre>
 */
public final class BundledToolkit {
    /**
     * The resource folder the content lives in; not a package name, so readable from any module.
     */
    public static final String ROOT = "toolkit-content/e3m";

    private BundledToolkit() {}

    /**
     * Returns the source of the bundled content.
     *
     * @return a source reading the content from this module's resources
     */
    public static ContentSource source() {
        return ClasspathSource.of(ROOT, BundledToolkit.class.getClassLoader());
    }
}
