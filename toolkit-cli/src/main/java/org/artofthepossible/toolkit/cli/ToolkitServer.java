package org.artofthepossible.toolkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.CleanUrls;
import org.artofthepossible.toolkit.ItemNotFoundException;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.PluginException;
import org.artofthepossible.toolkit.RenderCacheStats;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Rendered;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.UnsupportedViewException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.questions.QuestionIntake;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.artofthepossible.toolkit.search.ToolkitSearch;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves the site with Jetty: the same URLs as {@code export} (clean, without {@code index.html}),
 * HTML by default and JSON under {@code /api/} or for {@code Accept: application/json}; ETags with
 * {@code 304 Not Modified} as RFC 9110 compares them; {@code /healthz}; the render cache's
 * statistics at {@value #CACHE_PATH}; and, given an intake, the question pages ({@link
 * QuestionPages}).
 *
 * <p>Fit to face the public: requests must arrive within the idle timeout and within the header
 * limit, connections are read without a thread each, the pool is bounded, responses are gzipped for
 * clients that ask, and every response, Jetty's own errors included, carries the security headers
 * of {@link #SECURITY_HEADERS}.
 */
final class ToolkitServer implements AutoCloseable {
    /** Where the search page is served; its JSON is under {@code /api}, as every view's. */
    static final String SEARCH_PATH = "/search";

    /** Where the cache statistics are served, as JSON. */
    static final String CACHE_PATH = "/_toolkit/cache";

    /** How long a connection may stay silent, mid-request or between requests. */
    static final long IDLE_TIMEOUT_MILLIS = 10_000;

    /** The largest request line and headers taken; larger ones are answered 431. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** The most threads serving requests at once. */
    static final int MAX_THREADS = 32;

    /** The headers every response carries. */
    static final List<HttpField> SECURITY_HEADERS =
            List.of(
                    new PreEncodedHttpField(
                            "Content-Security-Policy",
                            "default-src 'self'; script-src 'none'; object-src 'none';"
                                    + " base-uri 'none'; form-action 'self'; frame-ancestors"
                                    + " 'none'; img-src 'self' https: data:"),
                    new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
                    new PreEncodedHttpField("X-Frame-Options", "DENY"),
                    new PreEncodedHttpField("Referrer-Policy", "strict-origin-when-cross-origin"));

    private static final String NOT_FOUND_HTML =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>Page not found</title>\n"
                    + "</head>\n<body class=\"toolkit\">\n<main id=\"toolkit-main\">\n<h1>Page not found</h1>\n"
                    + "<p>There is no page at this address. <a href=\"/\">Go to the toolkit's home page</a>.</p>\n"
                    + "</main>\n</body>\n</html>\n";

    private final ToolkitEngine engine;
    private final PrintWriter log;
    private final Server server;
    private final ServerConnector connector;
    private final ObjectMapper json = new ObjectMapper();
    private final ToolkitSearch search = ToolkitSearch.create();
    private final LinkResolver links;
    private final String theme;
    private final Map<String, HtmlRendererProvider.Asset> assets;

    /**
     * Creates a server; {@link #start()} binds it.
     *
     * @param engine the content to serve
     * @param host the address to bind, such as {@code 127.0.0.1}
     * @param port the port, 0 for a free one
     * @param log where request failures are reported
     * @param questions the intake of the question pages; empty for a site that takes none
     */
    ToolkitServer(
            ToolkitEngine engine,
            String theme,
            String host,
            int port,
            PrintWriter log,
            Optional<QuestionIntake> questions) {
        this.engine = engine;
        this.theme = theme;
        this.assets = new HashMap<>();
        for (HtmlRendererProvider.Asset asset : HtmlRendererProvider.assets(theme)) {
            assets.put("/assets/" + asset.name(), asset);
        }
        assets.put("/favicon.ico", assets.get("/assets/" + HtmlRendererProvider.ICON));
        this.log = log;
        this.links =
                questions.isPresent()
                        ? SiteLayout.SERVED_LINKS.withQuestions(QuestionPages.FORM_PATH)
                        : SiteLayout.SERVED_LINKS;
        var threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("toolkit-serve");
        threads.setDaemon(true);
        this.server = new Server(threads);
        var http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        Handler site =
                questions.isPresent()
                        ? new Handler.Sequence(
                                new QuestionPages(engine, questions.get(), this), new SiteHandler())
                        : new SiteHandler();
        // Every response the pages give carries the security headers, whichever handler gives it.
        var secured =
                new Handler.Wrapper(site) {
                    @Override
                    public boolean handle(Request request, Response response, Callback callback)
                            throws Exception {
                        secure(response);
                        return super.handle(request, response, callback);
                    }
                };
        var compression = new CompressionHandler(secured);
        compression.putCompression(new GzipCompression());
        server.setHandler(compression);
        server.setErrorHandler(new SecureErrorHandler());
        server.setStopTimeout(1_000);
    }

    /** Binds the port and starts answering. */
    void start() throws Exception {
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.println("stopping the server failed: " + e);
            log.flush();
        }
    }

    private static void secure(Response response) {
        HttpFields.Mutable headers = response.getHeaders();
        SECURITY_HEADERS.forEach(headers::put);
    }

    /** Jetty's own error pages (a malformed request, headers too large) with the same headers. */
    private static final class SecureErrorHandler extends ErrorHandler {
        SecureErrorHandler() {
            setShowStacks(false);
            setShowMessageInTitle(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback)
                throws Exception {
            secure(response);
            return super.handle(request, response, callback);
        }
    }

    private final class SiteHandler extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                String method = request.getMethod();
                if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
                    notAllowed(request, response, callback, "GET, HEAD");
                } else {
                    route(request, response, callback);
                }
            } catch (RuntimeException | StackOverflowError e) {
                log.println("error serving " + TerminalText.safe(request.getHttpURI()) + ": " + e);
                log.flush();
                send(
                        request,
                        response,
                        callback,
                        500,
                        "text/plain; charset=utf-8",
                        "Internal server error\n",
                        null);
            }
            return true;
        }
    }

    private void route(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        switch (path) {
            case "/robots.txt" -> {
                send(request, response, callback, 200, "text/plain; charset=utf-8", ROBOTS, null);
                return;
            }
            case "/healthz" -> {
                send(request, response, callback, 200, "text/plain; charset=utf-8", "ok\n", null);
                return;
            }
            case CACHE_PATH -> {
                send(request, response, callback, 200, "application/json", cacheStats(), null);
                return;
            }
            default -> {}
        }
        HtmlRendererProvider.Asset asset = assets.get(path);
        if (asset != null) {
            send(request, response, callback, 200, asset.mediaType(), asset.text(), null);
            return;
        }
        // One snapshot for the whole request: the view, the page, its ETag and the redirect agree,
        // whatever a reload does meanwhile.
        Toolkit toolkit = engine.toolkit();
        // A page below a language's folder, /cy/case-studies/, is in that language; any other
        // is in the one the reader's browser asks for.
        Optional<Locale> chosen = language(path, toolkit);
        String folder = chosen.map(l -> "/" + l.toLanguageTag()).orElse("");
        path = path.substring(folder.length());
        Locale locale = chosen.orElseGet(() -> locale(request, toolkit));
        LinkResolver pageLinks =
                chosen.isPresent() ? new SiteLayout.LanguageLinks(links, folder) : links;
        if (path.equals(SEARCH_PATH) || path.equals(SEARCH_PATH + "/")) {
            search(
                    request,
                    response,
                    callback,
                    toolkit,
                    options(toolkit, locale, accepts(request, "application/json"), pageLinks));
            return;
        }
        if (path.equals("/api" + SEARCH_PATH + ".json")) {
            search(request, response, callback, toolkit, options(toolkit, locale, true, pageLinks));
            return;
        }
        boolean api = path.startsWith("/api/") && path.endsWith(".json");
        String sitePath =
                api ? path.substring("/api".length(), path.length() - ".json".length()) : path;
        Optional<View> view =
                CleanUrls.view(sitePath, request.getHttpURI().getQuery(), toolkit, locale);
        if (!api && !path.endsWith("/") && view.isPresent()) {
            // Built from the path's own segments, so it is always one local path: never "//host".
            String trimmed = path.replaceAll("^/+|/+$", "");
            String canonical = folder + "/" + (trimmed.isEmpty() ? "" : trimmed + "/");
            response.getHeaders().put(HttpHeader.LOCATION, canonical);
            send(
                    request,
                    response,
                    callback,
                    301,
                    "text/plain; charset=utf-8",
                    "Moved to " + canonical + "\n",
                    null);
            return;
        }
        boolean wantsJson = api || accepts(request, "application/json");
        if (view.isEmpty()) {
            notFound(request, response, callback, wantsJson, toolkit, locale);
            return;
        }
        String format = wantsJson ? "json" : "html";
        RenderOptions options = options(toolkit, locale, wantsJson, pageLinks);
        Rendered rendered;
        try {
            rendered = engine.render(toolkit, view.get(), format, options);
        } catch (ItemNotFoundException | UnsupportedViewException | PluginException e) {
            notFound(request, response, callback, wantsJson, toolkit, locale);
            return;
        }
        String etag =
                "\""
                        + rendered.version().substring(0, 16)
                        + "-"
                        + Integer.toHexString(Objects.hash(view.get(), format, locale))
                        + "\"";
        response.getHeaders().put(HttpHeader.VARY, "Accept, Accept-Language");
        if (noneMatch(request, etag)) {
            send(request, response, callback, 200, rendered.mediaType(), rendered.content(), etag);
        } else {
            response.setStatus(304);
            response.getHeaders().put(HttpHeader.ETAG, etag);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
            callback.succeeded();
        }
    }

    /**
     * Whether {@code If-None-Match} lets the response through: RFC 9110 13.1.2, with {@code *}, a
     * list of tags, and the weak comparison (a {@code W/} prefix does not count).
     */
    static boolean noneMatch(Request request, String etag) {
        String ours = opaque(etag);
        for (String header : request.getHeaders().getValuesList(HttpHeader.IF_NONE_MATCH)) {
            if (header.strip().equals("*") || entityTags(header).contains(ours)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The opaque tags of an {@code If-None-Match} list, {@code W/} dropped. Read by the grammar of
     * RFC 9110 8.8.3 rather than split at commas, since a tag may itself hold a comma; anything
     * malformed ends the list.
     */
    static List<String> entityTags(String header) {
        var tags = new ArrayList<String>();
        int at = 0;
        while (at < header.length()) {
            char c = header.charAt(at);
            if (c == ' ' || c == '\t' || c == ',') {
                at++;
                continue;
            }
            if (header.startsWith("W/", at)) {
                at += 2;
            }
            int close =
                    at < header.length() && header.charAt(at) == '"'
                            ? header.indexOf('"', at + 1)
                            : -1;
            if (close < 0) {
                break;
            }
            tags.add(opaque(header.substring(at, close + 1)));
            at = close + 1;
        }
        return tags;
    }

    private static String opaque(String tag) {
        // Jetty's compression handler marks the tags of compressed responses ("...--gzip"); they
        // name the same content.
        int suffix = tag.indexOf("--");
        return suffix < 0 ? tag : tag.substring(0, suffix) + "\"";
    }

    RenderOptions options(Locale locale, boolean json) {
        return options(engine.toolkit(), locale, json, links);
    }

    /**
     * The options of a page of a snapshot with the given links, and where the page is in every
     * other language of the snapshot: below that language's folder.
     */
    private RenderOptions options(
            Toolkit toolkit, Locale locale, boolean json, LinkResolver pageLinks) {
        var translations = new LinkedHashMap<Locale, RenderOptions.Translation>();
        for (Locale other : toolkit.info().locales()) {
            if (!other.equals(locale)) {
                translations.put(
                        other,
                        new RenderOptions.Translation(
                                new SiteLayout.LanguageLinks(links, "/" + other.toLanguageTag()),
                                Optional.empty()));
            }
        }
        return RenderOptions.defaults()
                .withTheme(theme)
                .withLocale(locale)
                .withLinks(pageLinks)
                .withMode(json ? RenderOptions.Mode.FRAGMENT : RenderOptions.Mode.DOCUMENT)
                .withTranslations(translations);
    }

    /** The language whose folder a path is in, such as cy for /cy/case-studies/, if any. */
    private static Optional<Locale> language(String path, Toolkit toolkit) {
        return toolkit.info().locales().stream()
                .filter(
                        l -> {
                            String folder = "/" + l.toLanguageTag();
                            return path.equals(folder) || path.startsWith(folder + "/");
                        })
                .findFirst();
    }

    /**
     * The search page, {@code /search?q=alliance&theme=health&page=2}, as HTML, or as JSON at
     * {@code /api/search.json}. Each search is its own, so it has no ETag; any words are answered.
     */
    private void search(
            Request request,
            Response response,
            Callback callback,
            Toolkit toolkit,
            RenderOptions options) {
        Locale locale = options.locale();
        boolean json = options.mode() == RenderOptions.Mode.FRAGMENT;
        Fields parameters;
        try {
            parameters = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // Jetty reports a malformed escape or invalid UTF-8 as one of its HttpExceptions.
            if (!(e instanceof HttpException) && !(e instanceof IllegalArgumentException)) {
                throw e;
            }
            send(
                    request,
                    response,
                    callback,
                    400,
                    "text/plain; charset=utf-8",
                    "Bad request: the search words are not valid UTF-8 URL encoding\n",
                    null);
            return;
        }
        String words = Objects.requireNonNullElse(parameters.getValue("q"), "");
        var searchRequest =
                SearchRequest.of(words)
                        .withFilter(CleanUrls.filter(request.getHttpURI().getQuery(), toolkit))
                        .withLocale(locale)
                        .withPage(page(parameters.getValue("page")));
        SearchResults results = search.search(toolkit, searchRequest);
        Rendered rendered =
                engine.render(toolkit, View.search(results), json ? "json" : "html", options);
        response.getHeaders().put(HttpHeader.VARY, "Accept, Accept-Language");
        send(request, response, callback, 200, rendered.mediaType(), rendered.content(), null);
    }

    /** The page asked for: from 1, and no further than a search lists; 1 for anything else. */
    private static int page(String value) {
        if (value == null || !value.matches("[0-9]{1,4}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }

    /**
     * The terms of a query, {@code ?procurement-route=alliance-contract}, among the toolkit's own
     * vocabularies: other parameters ({@code q}, {@code page}, a host's) are not terms.
     */
    static Locale locale(Request request, Toolkit toolkit) {
        String header = request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE);
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

    private static boolean accepts(Request request, String mediaType) {
        List<String> accept = request.getHeaders().getValuesList(HttpHeader.ACCEPT);
        return accept.stream().anyMatch(a -> a.contains(mediaType))
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

    /**
     * {@code 404 Not Found}: JSON for a client that asked for it, else the site's own page for it,
     * with its header, menu and footer, or a plain one should rendering that fail too.
     */
    private void notFound(
            Request request,
            Response response,
            Callback callback,
            boolean json,
            Toolkit toolkit,
            Locale locale) {
        if (json) {
            send(
                    request,
                    response,
                    callback,
                    404,
                    "application/json",
                    "{\"error\":\"not found\"}",
                    null);
        } else {
            send(
                    request,
                    response,
                    callback,
                    404,
                    "text/html; charset=utf-8",
                    notFoundPage(toolkit, locale),
                    null);
        }
    }

    private String notFoundPage(Toolkit toolkit, Locale locale) {
        try {
            return engine.render(toolkit, View.notFound(), "html", options(locale, false))
                    .content();
        } catch (RuntimeException e) {
            log.println("serve: the not-found page failed to render: " + e);
            log.flush();
            return NOT_FOUND_HTML;
        }
    }

    /** What crawlers may index: the pages, not the cache statistics or the question form. */
    static final String ROBOTS =
            "User-agent: *\nDisallow: " + CACHE_PATH + "\nDisallow: /questions/\n";

    /** {@code 405 Method Not Allowed}, with the methods the path takes. */
    static void notAllowed(Request request, Response response, Callback callback, String allow) {
        response.getHeaders().put(HttpHeader.ALLOW, allow);
        send(
                request,
                response,
                callback,
                405,
                "text/plain; charset=utf-8",
                "Method not allowed\n",
                null);
    }

    static void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            String type,
            String body,
            String etag) {
        send(
                request,
                response,
                callback,
                status,
                type,
                body,
                etag,
                status == 200 ? "no-cache" : "no-store");
    }

    static void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            String type,
            String body,
            String etag,
            String cacheControl) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, type);
        headers.put(HttpHeader.CACHE_CONTROL, cacheControl);
        if (etag != null) {
            headers.put(HttpHeader.ETAG, etag);
        }
        if (HttpMethod.HEAD.is(request.getMethod())) {
            // The length the GET would have, without the body (RFC 9110 9.3.2).
            headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(bytes), callback);
        }
    }
}
