package org.artofthepossible.toolkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.artofthepossible.toolkit.validation.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code toolkit export}: the whole toolkit as a static site. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Renders every view of the toolkit into a folder: HTML pages with clean URLs, JSON under"
                    + " api/, a page per term for the lists' filters, the stylesheet, a search page"
                    + " that searches in the browser once `npx pagefind --site DIR` has indexed the"
                    + " folder and, with --base-url, sitemap.xml and an Atom feed of case studies.",
            "Every file is written beside the folder first, and the folder changes only once the"
                    + " whole site is rendered, so a failed export leaves it as it was. Content"
                    + " with errors writes nothing (unless --keep-going), and the folder must be"
                    + " new, empty or a previous export of this tool (unless --force): no other"
                    + " file is ever replaced.",
            "Exporting again into a previous export renders only the pages whose content or"
                    + " settings changed, and moves into the folder only the files whose bytes"
                    + " changed; the rest are left as they are, with their modification times."
                    + " An export killed while moving them leaves some files new and some old;"
                    + " the next export completes it. When the content (without diagnostics),"
                    + " the settings and the tool are those of the last export, and the site is"
                    + " as it left it, nothing is loaded or rendered."
        })
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ContentOption content;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Where to write the site.")
    Path out;

    @Option(
            names = "--force",
            description =
                    "Replace the folder even when it holds files this tool did not export. Never"
                            + " the current folder, the content or a file.")
    boolean force;

    @Option(
            names = "--keep-going",
            description =
                    "Write the site even when some items have errors, leaving those items out"
                            + " (the exit status is still 1).")
    boolean keepGoing;

    @Mixin ThemeOption theme;

    @Option(
            names = "--locale",
            description =
                    "The language of the site's root, such as en or cy (default: the toolkit's"
                            + " default language). Each other language of the toolkit is written"
                            + " in a folder named by its tag, such as cy/, and every page links to"
                            + " itself in the others.")
    String locale;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "The absolute URL the site will live at, such as https://toolkit.example.org/,"
                            + " for what must be absolute: canonical links, structured data's URLs,"
                            + " sitemap.xml and feed.xml. Without it those are left out, and the"
                            + " summary line says so.")
    URI baseUrl;

    @Option(
            names = "--questions-url",
            paramLabel = "URL",
            description =
                    "The question form of a running serve, such as"
                            + " https://toolkit.example.org/questions/new, for the FAQ pages' 'Ask a"
                            + " question' link; without it the static site has no such link, since it"
                            + " has no server to take questions.")
    Optional<URI> questionsUrl = Optional.empty();

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> questions = questionsUrl.map(URI::toString);
        if (questionsUrl.isPresent()
                && !(questionsUrl.get().isAbsolute()
                        && List.of("https", "http").contains(questionsUrl.get().getScheme())
                        && questionsUrl.get().getHost() != null)) {
            err.println(
                    "export: --questions-url must be the absolute http or https address of"
                            + " a question form, not "
                            + TerminalText.safe(questionsUrl.get()));
            return 2;
        }
        Optional<URI> base =
                Optional.ofNullable(baseUrl)
                        .map(u -> u.toString().endsWith("/") ? u : URI.create(u + "/"));
        var inputs =
                new ExportInputs(
                        content.source(),
                        List.of(
                                theme.id(),
                                Objects.toString(locale, ""),
                                base.map(URI::toString).orElse(""),
                                questions.orElse(""),
                                keepGoing));
        // When the last export recorded its inputs, read the content for their digest while the
        // folder is checked: the two are independent, and together all an unchanged export does.
        CompletableFuture<Optional<String>> read =
                SiteFolder.recordsInputs(out)
                        ? CompletableFuture.supplyAsync(inputs::read)
                        : CompletableFuture.completedFuture(Optional.empty());
        SiteFolder folder;
        try {
            folder = SiteFolder.check(out, content.path(), Path.of(""), force);
        } catch (SiteFolder.RefusedException e) {
            read.join(); // no reading left running after the command
            err.println("export: " + e.getMessage());
            return 2;
        }
        Optional<String> last = read.join();
        boolean existed = Files.exists(folder.target());
        int stale = folder.removeStaleStaging();
        if (stale > 0) {
            err.println(
                    "Removed "
                            + stale
                            + " staging folder(s) that an interrupted export left beside "
                            + out);
        }
        if (folder.inputs().isPresent() && folder.untouched() && folder.inputs().equals(last)) {
            return unchanged(folder, base.isPresent(), started);
        }
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(inputs.source())
                        .cacheBytes(0) // every page is rendered once
                        .build();
        engine.diagnostics().forEach(d -> err.println(TerminalText.safe(d)));
        long errors = engine.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0 && !keepGoing) {
            err.println(
                    "The export was not written: the content has "
                            + errors
                            + " error(s)."
                            + (existed ? " The site in " + out + " is left as it was." : "")
                            + " --keep-going writes the site without the items in error.");
            return 1;
        }
        Toolkit toolkit = engine.toolkit();
        List<SiteLayout.Language> languages =
                SiteLayout.languages(
                        toolkit,
                        locale == null
                                ? toolkit.info().defaultLocale()
                                : Locale.forLanguageTag(locale));
        // Recorded only for content without a diagnostic, which an export may skip: nothing it
        // would print is lost.
        Optional<String> made = engine.diagnostics().isEmpty() ? inputs.digest() : Optional.empty();

        Staging staging = Staging.open(folder); // Ctrl+C or kill: leave no staging folder
        var site = new SiteFiles(staging, folder);
        var code = new HashSet<Class<?>>(List.of(ExportCommand.class, Toolkit.class));
        code.add(engine.plugins().renderer("html").getClass());
        boolean json = engine.plugins().formats().contains("json");
        if (json) {
            code.add(engine.plugins().renderer("json").getClass());
        }
        String languageTags =
                languages.stream()
                        .map(l -> l.locale().toLanguageTag())
                        .collect(Collectors.joining(","));
        boolean replaced;
        boolean moving = false; // whether files are being moved into the site
        try (staging) {
            var pages = new ArrayList<LanguagePage>();
            var sitemap = new ArrayList<SiteLayout.Page>();
            for (SiteLayout.Language language : languages) {
                RenderOptions options = languageOptions(language, base);
                var keys =
                        new RenderKeys(
                                toolkit,
                                List.of(
                                        theme.id(),
                                        language.locale().toLanguageTag(),
                                        languageTags,
                                        base.map(URI::toString).orElse(""),
                                        questions.orElse("")),
                                code);
                for (SiteLayout.Page page : SiteLayout.pages(toolkit, language.locale())) {
                    pages.add(new LanguagePage(language, page, options, keys));
                    sitemap.add(new SiteLayout.Page(page.view(), language.folderOf(page)));
                }
            }
            var progress = new Progress(err, pages.size(), System.console() != null);
            // Pages are independent and the engine is thread-safe: render them on every core.
            pages.parallelStream()
                    .forEach(
                            p -> {
                                SiteLayout.Page page = p.page();
                                String path = p.language().folderOf(page);
                                site.write(
                                        index(path),
                                        p.keys().of(page.view(), "html"),
                                        () ->
                                                engine.render(
                                                                page.view(),
                                                                "html",
                                                                pageOptions(
                                                                        p, languages, base,
                                                                        questions))
                                                        .content());
                                // Lists and items also go out as JSON under api/.
                                if (json
                                        && (page.view().kind() == View.Kind.ITEM
                                                || page.view().kind() == View.Kind.LIST)) {
                                    site.write(
                                            p.language().folder()
                                                    + "api/"
                                                    + page.folder()
                                                    + ".json",
                                            p.keys().of(page.view(), "json"),
                                            () ->
                                                    engine.render(page.view(), "json", p.options())
                                                            .content());
                                }
                                progress.step();
                            });
            progress.done();
            for (SiteLayout.Language language : languages) {
                var search =
                        new SiteLayout.Page(
                                View.search(SearchResults.notSearched(toolkit, language.locale())),
                                SiteLayout.SEARCH_FOLDER);
                var links = SiteLayout.RelativeLinks.from(language, search, questions);
                RenderOptions options = languageOptions(language, base).withLinks(links);
                site.write(
                        index(language.folderOf(search)),
                        withSearchScript(
                                engine.render(search.view(), "html", options).content(),
                                links.assetHref(SEARCH_SCRIPT)));
                // A feed holds absolute URLs only: without a base URL there is none.
                if (base.isPresent()) {
                    site.write(
                            language.folder() + "feed.xml",
                            Feeds.atom(
                                    root(base, language).orElseThrow(),
                                    toolkit,
                                    language.locale()));
                }
            }
            site.write("assets/" + SEARCH_SCRIPT, searchScript());
            for (HtmlRendererProvider.Asset asset : HtmlRendererProvider.assets(theme.id())) {
                site.write("assets/" + asset.name(), asset.text());
            }
            site.write("robots.txt", Feeds.robots(base));
            if (base.isPresent()) {
                site.write("sitemap.xml", Feeds.sitemap(base.get(), sitemap));
            }
            replaced = site.written() > 0 || !folder.unchangedBy(site.entries());
            if (!replaced) {
                folder.record(site.entries(), made); // the site is already what this export writes
            } else if (folder.updatable()) {
                moving = true;
                staging.write(
                        files -> folder.update(files, site.writtenPaths(), site.entries(), made));
            } else {
                staging.write(files -> folder.publish(files, site.entries(), made));
            }
            if (!replaced || moving) {
                staging.remove(); // unless it became the site: its marker and empty folders
            }
        } catch (IOException | RuntimeException e) {
            staging.remove();
            err.println(
                    "The export failed: "
                            + e
                            + (moving
                                    ? "; some files in "
                                            + out
                                            + " may be new and some old: export again to"
                                            + " complete the site"
                                    : existed
                                            ? "; the site in " + out + " is left as it was"
                                            : ""));
            return 1;
        }
        summary(
                site.pages(),
                site.files(),
                site.bytes(),
                started,
                !existed || site.written() == site.files()
                        ? "all written"
                        : replaced
                                ? site.written()
                                        + " written, "
                                        + (site.files() - site.written())
                                        + " as they were"
                                : "unchanged, nothing written",
                (errors == 0 ? "" : " (" + errors + " content errors: those items were left out)")
                        + withoutBase(base.isPresent()));
        return errors == 0 ? 0 : 1;
    }

    /**
     * Reports an export that had nothing to do: the folder holds the last export as it left it,
     * made from the same content, settings and code.
     */
    private Integer unchanged(SiteFolder folder, boolean based, long started) {
        Map<String, SiteFolder.Entry> files = folder.listed();
        summary(
                (int) files.keySet().stream().filter(SiteFiles::isPage).count(),
                files.size(),
                files.values().stream().mapToLong(SiteFolder.Entry::size).sum(),
                started,
                "unchanged, nothing written: the content, settings and code of the last export",
                withoutBase(based));
        return 0;
    }

    private void summary(
            int pages, int files, long bytes, long started, String outcome, String notes) {
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Exported %d pages, %d files, %d bytes in %.2f s to %s (%s)%s%n",
                        pages,
                        files,
                        bytes,
                        (System.nanoTime() - started) / 1e9,
                        out,
                        outcome,
                        notes);
    }

    private static String withoutBase(boolean based) {
        return based
                ? ""
                : "; without --base-url there are no canonical links, structured data URLs,"
                        + " sitemap.xml or feed.xml";
    }

    /** The script that runs the search page with Pagefind's index, once Pagefind has made it. */
    static final String SEARCH_SCRIPT = "toolkit-search.js";

    /** One page of one language, with the options and keys of that language. */
    private record LanguagePage(
            SiteLayout.Language language,
            SiteLayout.Page page,
            RenderOptions options,
            RenderKeys keys) {}

    /** The options of a language's pages, before each page's links. */
    private RenderOptions languageOptions(SiteLayout.Language language, Optional<URI> base) {
        RenderOptions plain =
                RenderOptions.defaults()
                        .withMode(RenderOptions.Mode.DOCUMENT)
                        .withLocale(language.locale())
                        .withTheme(theme.id());
        return root(base, language).map(plain::withBaseUrl).orElse(plain);
    }

    /** The absolute URL of a language's root: the site's base URL and the language's folder. */
    private static Optional<URI> root(Optional<URI> base, SiteLayout.Language language) {
        return base.map(b -> b.resolve(language.folder()));
    }

    /**
     * A page's options: its language's, with links from its folder, and where the page is in every
     * other language of the site.
     */
    private static RenderOptions pageOptions(
            LanguagePage page,
            List<SiteLayout.Language> languages,
            Optional<URI> base,
            Optional<String> questions) {
        var links = SiteLayout.RelativeLinks.from(page.language(), page.page(), questions);
        var translations = new LinkedHashMap<Locale, RenderOptions.Translation>();
        for (SiteLayout.Language other : languages) {
            if (!other.equals(page.language())) {
                translations.put(
                        other.locale(),
                        new RenderOptions.Translation(links.to(other), root(base, other)));
            }
        }
        return page.options().withLinks(links).withTranslations(translations);
    }

    /** The search page, which the renderer wrote for the server, with the script that runs it. */
    private static String withSearchScript(String page, String scriptHref) {
        String script = "<script src=\"" + scriptHref + "\" defer></script>\n";
        return page.replace("</head>", script + "</head>");
    }

    private static String searchScript() throws IOException {
        try (InputStream in = ExportCommand.class.getResourceAsStream(SEARCH_SCRIPT)) {
            if (in == null) {
                throw new IOException(SEARCH_SCRIPT + " is missing from the toolkit jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String index(String folder) {
        return folder.isEmpty() ? "index.html" : folder + "/index.html";
    }

    /** A progress bar on standard error, drawn only on a terminal. */
    private static final class Progress {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private int done;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        synchronized void step() {
            done++;
            if (terminal) {
                int filled = total == 0 ? WIDTH : done * WIDTH / total;
                err.print(
                        "\r["
                                + "#".repeat(filled)
                                + " ".repeat(WIDTH - filled)
                                + "] "
                                + done
                                + "/"
                                + total);
                err.flush();
            }
        }

        void done() {
            if (terminal) {
                err.println();
            }
        }
    }
}
