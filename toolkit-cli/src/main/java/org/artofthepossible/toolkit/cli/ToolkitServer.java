package org.artofthepossible.toolkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.artofthepossible.toolkit.PluginException;
import org.artofthepossible.toolkit.RenderCacheStats;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Rendered;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.UnsupportedViewException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.Slugs;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;

/**
 * Serves the site on 127.0.0.1 with the JDK's HTTP server: the same URLs as {@code export} (clean,
 * without {@code index.html}), HTML by default and JSON under {@code /api/} or for {@code Accept:
 * application/json}; ETags with {@code 304 Not Modified}; {@code /healthz}; and the render cache's
 * statistics at {@value #CACHE_PATH}.
 */
final class ToolkitServer implements AutoCloseable {
    /** Where the cache statistics are served, as JSON. */
    static final String CACHE_PATH = "/_toolkit/cache";

    private static final String NOT_FOUND_HTML =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<title>Page not found</title>\n<link rel=\"stylesheet\" href=\"/assets/toolkit.css\">\n"
                    + "</head>\n<body class=\"toolkit\">\n<main id=\"toolkit-main\">\n<h1>Page not found</h1>\n"
                    + "<p>There is no page at this address. <a href=\"/\">Go to the toolkit's home page</a>.</p>\n"
                    + "</main>\n</body>\n</html>\n";

    private final ToolkitEngine engine;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();

    ToolkitServer(ToolkitEngine engine, int port, PrintWriter log) throws IOException {
        this.engine = engine;
        this.log = log;
        this.server =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n", null);
                return;
            }
            route(exchange);
        } catch (RuntimeException e) {
            log.println("error serving " + exchange.getRequestURI() + ": " + e);
            log.flush();
            send(exchange, 500, "text/plain; charset=utf-8", "Internal server error\n", null);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/healthz" -> {
                send(exchange, 200, "text/plain; charset=utf-8", "ok\n", null);
                return;
            }
            case CACHE_PATH -> {
                send(exchange, 200, "application/json", cacheStats(), null);
                return;
            }
            case "/assets/" + HtmlRendererProvider.STYLESHEET -> {
                send(
                        exchange,
                        200,
                        "text/css; charset=utf-8",
                        HtmlRendererProvider.stylesheet(),
                        null);
                return;
            }
            case "/assets/" + HtmlRendererProvider.ICON, "/favicon.ico" -> {
                send(exchange, 200, "image/svg+xml", HtmlRendererProvider.icon(), null);
                return;
            }
            default -> {}
        }
        Toolkit toolkit = engine.toolkit();
        Locale locale = locale(exchange, toolkit);
        boolean api = path.startsWith("/api/") && path.endsWith(".json");
        String sitePath =
                api ? path.substring("/api".length(), path.length() - ".json".length()) : path;
        if (!api && !path.endsWith("/") && SiteLayout.viewOf(path, toolkit, locale).isPresent()) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", "Moved to " + path + "/\n", null);
            return;
        }
        boolean wantsJson = api || accepts(exchange, "application/json");
        Optional<View> view =
                SiteLayout.viewOf(sitePath, toolkit, locale)
                        .map(v -> filtered(v, exchange.getRequestURI().getRawQuery()));
        if (view.isEmpty()) {
            notFound(exchange, wantsJson);
            return;
        }
        String format = wantsJson ? "json" : "html";
        RenderOptions options =
                RenderOptions.defaults()
                        .withLocale(locale)
                        .withMode(
                                wantsJson
                                        ? RenderOptions.Mode.FRAGMENT
                                        : RenderOptions.Mode.DOCUMENT);
        Rendered rendered;
        try {
            rendered = engine.render(view.get(), format, options);
        } catch (UnsupportedViewException | PluginException e) {
            notFound(exchange, wantsJson);
            return;
        }
        String etag =
                "\""
                        + toolkit.version().substring(0, 16)
                        + "-"
                        + Integer.toHexString(Objects.hash(view.get(), format, locale))
                        + "\"";
        exchange.getResponseHeaders().set("Vary", "Accept, Accept-Language");
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, rendered.mediaType(), rendered.content(), etag);
    }

    /**
     * A list view narrowed by the query, for example {@code ?procurement-route=alliance-contract}.
     */
    private static View filtered(View view, String query) {
        if (!(view instanceof View.ListView list) || query == null) {
            return view;
        }
        var terms = new ArrayList<TermRef>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String vocabulary =
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                String term = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (Slugs.isSlug(vocabulary) && Slugs.isSlug(term)) {
                    terms.add(TermRef.of(vocabulary, term));
                }
            }
        }
        return terms.isEmpty()
                ? view
                : View.list(list.type(), TermFilter.allOf(terms.toArray(TermRef[]::new)));
    }

    private static Locale locale(HttpExchange exchange, Toolkit toolkit) {
        String header = exchange.getRequestHeaders().getFirst("Accept-Language");
        if (header != null) {
            try {
                Locale match =
                        Locale.lookup(Locale.LanguageRange.parse(header), toolkit.info().locales());
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is treated as absent.
            }
        }
        return toolkit.info().defaultLocale();
    }

    private static boolean accepts(HttpExchange exchange, String mediaType) {
        List<String> accept = exchange.getRequestHeaders().get("Accept");
        return accept != null
                && accept.stream().anyMatch(a -> a.contains(mediaType))
                && accept.stream().noneMatch(a -> a.contains("text/html"));
    }

    private String cacheStats() {
        RenderCacheStats stats = engine.cacheStats();
        ObjectNode node = json.createObjectNode();
        node.put("hits", stats.hits());
        node.put("misses", stats.misses());
        node.put("evictions", stats.evictions());
        node.put("entries", stats.entries());
        node.put("weightBytes", stats.weightBytes());
        node.put("maxBytes", stats.maxBytes());
        node.put("hitRate", stats.hitRate());
        node.put("contentVersion", engine.toolkit().version());
        return node.toString();
    }

    private static void notFound(HttpExchange exchange, boolean json) throws IOException {
        if (json) {
            send(exchange, 404, "application/json", "{\"error\":\"not found\"}", null);
        } else {
            send(exchange, 404, "text/html; charset=utf-8", NOT_FOUND_HTML, null);
        }
    }

    private static void send(
            HttpExchange exchange, int status, String type, String body, String etag)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", status == 200 ? "no-cache" : "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (etag != null) {
            headers.set("ETag", etag);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
