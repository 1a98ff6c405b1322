package org.artofthepossible.toolkit.spring;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.CleanUrls;
import org.artofthepossible.toolkit.ItemNotFoundException;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Rendered;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.UnsupportedViewException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The site's pages served by the application under {@code toolkit.web.path}: the clean URLs of
 * {@link CleanUrls} as HTML, the same under {@code api/} as JSON ({@code
 * /toolkit/api/case-studies/plymouth-alliance.json}), a list's query as its filter, and the theme's
 * stylesheet and the icon under {@code assets/}. Pages carry an ETag and answer {@code 304} to a
 * matching {@code If-None-Match}; a path without its trailing slash is redirected to it.
 */
final class ToolkitRoutes {
    private static final String ASSETS = "/assets/";

    private final ToolkitEngine engine;
    private final ToolkitRenderOptions options;
    private final String prefix;
    private final LinkResolver links;

    ToolkitRoutes(ToolkitEngine engine, ToolkitRenderOptions options, String prefix) {
        this.engine = engine;
        this.options = options;
        this.prefix = prefix;
        this.links = new PrefixedLinks(prefix);
    }

    RouterFunction<ServerResponse> routes() {
        RouterFunctions.Builder routes = RouterFunctions.route();
        if (!prefix.isEmpty()) {
            routes.GET(prefix, this::page);
        }
        return routes.GET(prefix + "/**", this::page).build();
    }

    private ServerResponse page(ServerRequest request) {
        String rest = request.path().substring(prefix.length());
        if (rest.startsWith(ASSETS)) {
            for (HtmlRendererProvider.Asset asset :
                    HtmlRendererProvider.assets(options.get().theme())) {
                if (rest.equals(ASSETS + asset.name())) {
                    return asset(asset.mediaType(), asset.text());
                }
            }
        }
        // One snapshot for the whole request: the view, the page and its ETag agree.
        Toolkit toolkit = engine.toolkit();
        RenderOptions base = options.get().withLinks(links);
        Locale locale = base.locale();
        boolean api = rest.startsWith("/api/") && rest.endsWith(".json");
        String sitePath =
                api ? rest.substring("/api".length(), rest.length() - ".json".length()) : rest;
        Optional<View> view =
                CleanUrls.view(sitePath, request.uri().getRawQuery(), toolkit, locale);
        if (view.isEmpty()) {
            return ServerResponse.notFound().build();
        }
        if (!api && !rest.endsWith("/")) {
            // Built from the path's own segments below the prefix: always a local path.
            String trimmed = rest.replaceAll("^/+|/+$", "");
            String canonical = prefix + "/" + (trimmed.isEmpty() ? "" : trimmed + "/");
            return ServerResponse.status(301).header(HttpHeaders.LOCATION, canonical).build();
        }
        String format = api ? "json" : "html";
        Rendered rendered;
        try {
            rendered =
                    engine.render(
                            toolkit,
                            view.get(),
                            format,
                            api ? base : base.withMode(RenderOptions.Mode.DOCUMENT));
        } catch (ItemNotFoundException | UnsupportedViewException e) {
            return ServerResponse.notFound().build();
        }
        String etag =
                "\""
                        + rendered.version().substring(0, 16)
                        + "-"
                        + Integer.toHexString(Objects.hash(view.get(), format, locale))
                        + "\"";
        return request.checkNotModified(etag)
                .orElseGet(
                        () ->
                                ServerResponse.ok()
                                        .eTag(etag)
                                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                                        .contentType(MediaType.parseMediaType(rendered.mediaType()))
                                        .body(rendered.content()));
    }

    private static ServerResponse asset(String type, String content) {
        return ServerResponse.ok().contentType(MediaType.parseMediaType(type)).body(content);
    }

    /** The clean URLs of {@link LinkResolver#CLEAN_URLS}, below the path the site is served at. */
    private record PrefixedLinks(String prefix) implements LinkResolver {
        @Override
        public String href(ContentItem item) {
            return prefix + CLEAN_URLS.href(item);
        }

        @Override
        public String listHref(ItemType type) {
            return prefix + "/" + type.plural() + "/";
        }

        @Override
        public String homeHref() {
            return prefix + "/";
        }

        @Override
        public String menuHref() {
            return prefix + "/menu/";
        }

        @Override
        public String accessibilityHref() {
            return prefix + "/accessibility/";
        }

        @Override
        public String assetHref(String name) {
            return prefix + "/assets/" + name;
        }
    }
}
