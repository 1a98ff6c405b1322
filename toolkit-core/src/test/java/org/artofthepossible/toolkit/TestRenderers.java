package org.artofthepossible.toolkit;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/** Renderer providers for registry and engine tests; public so that ServiceLoader can make them. */
public final class TestRenderers {
    private TestRenderers() {}

    /** Renders items and lists as one line of plain text and counts its renders. */
    public static final class Text implements RendererProvider {
        final AtomicInteger renders = new AtomicInteger();

        /** Needed by ServiceLoader. */
        public Text() {}

        @Override
        public String format() {
            return "text";
        }

        @Override
        public Renderer create(RendererContext context) {
            return new Renderer() {
                @Override
                public String mediaType() {
                    return "text/plain; charset=utf-8";
                }

                @Override
                public Set<View.Kind> supportedViews() {
                    return EnumSet.of(View.Kind.ITEM, View.Kind.LIST);
                }

                @Override
                public String render(View view, Toolkit toolkit, RenderOptions options) {
                    renders.incrementAndGet();
                    if (view instanceof View.ItemView item) {
                        return toolkit.item(item.id(), options.locale())
                                .map(i -> i.title() + " @ " + toolkit.version(view).substring(0, 8))
                                .orElseThrow(() -> new ToolkitException("no item " + item.id()));
                    }
                    var list = (View.ListView) view;
                    return list.type().plural()
                            + ": "
                            + toolkit.list(list.type(), list.filter(), options.locale()).size();
                }
            };
        }
    }

    /** A second provider of the {@code text} format, to make discovery ambiguous. */
    public static final class OtherText implements RendererProvider {
        /** Needed by ServiceLoader. */
        public OtherText() {}

        @Override
        public String format() {
            return "text";
        }

        @Override
        public Renderer create(RendererContext context) {
            return new Text().create(context);
        }
    }

    /** A provider whose constructor fails, as a plugin with a missing dependency would. */
    public static final class Broken implements RendererProvider {
        /** Always throws. */
        public Broken() {
            throw new IllegalStateException("needs a licence key");
        }

        @Override
        public String format() {
            return "broken";
        }

        @Override
        public Renderer create(RendererContext context) {
            throw new AssertionError("never created");
        }
    }

    /** A provider that throws when asked its format. */
    public static final class NoFormat implements RendererProvider {
        /** Needed by ServiceLoader. */
        public NoFormat() {}

        @Override
        public String format() {
            throw new IllegalStateException("no format today");
        }

        @Override
        public Renderer create(RendererContext context) {
            throw new AssertionError("never created");
        }
    }

    /** A provider whose renderer renders no kind of view. */
    public static final class NoViews implements RendererProvider {
        /** Needed by ServiceLoader. */
        public NoViews() {}

        @Override
        public String format() {
            return "empty";
        }

        @Override
        public Renderer create(RendererContext context) {
            return new Renderer() {
                @Override
                public String mediaType() {
                    return "text/plain";
                }

                @Override
                public Set<View.Kind> supportedViews() {
                    return Set.of();
                }

                @Override
                public String render(View view, Toolkit toolkit, RenderOptions options) {
                    return "never";
                }
            };
        }
    }

    /** A provider whose create() throws. */
    public static final class FailsToCreate implements RendererProvider {
        /** Needed by ServiceLoader. */
        public FailsToCreate() {}

        @Override
        public String format() {
            return "fragile";
        }

        @Override
        public Renderer create(RendererContext context) {
            throw new IllegalStateException("missing template");
        }
    }
}
