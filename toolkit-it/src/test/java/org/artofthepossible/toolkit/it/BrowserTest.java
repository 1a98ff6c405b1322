package org.artofthepossible.toolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.cli.Main;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.render.html.XssContent;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.test.XssVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The exported site in both themes and both locales, in a real headless Chromium: on every page,
 * 1280 and 320 px wide, axe-core finds no violation of WCAG 2.2 A or AA nor of its best practices,
 * nothing scrolls sideways (WCAG 1.4.10, reflow), and no page logs a console error (a missing
 * stylesheet, icon or script among them); no input of the XSS matrix fires a dialog; the question
 * form, exported and served, likewise. Needs Debian's chromium and chromium-driver and {@code npm
 * install} in this module; run with {@code -Pbrowser}.
 */
@Tag("browser")
class BrowserTest {
    private static final List<String> AXE_TAGS =
            List.of(
                    "wcag2a",
                    "wcag2aa",
                    "wcag21a",
                    "wcag21aa",
                    "wcag22a",
                    "wcag22aa",
                    "best-practice");

    /**
     * The exported variants, each a folder of {@link #sites} named by its theme, each with the
     * toolkit's English pages at its root and its Welsh pages under {@code cy/}.
     */
    private static final List<String> VARIANTS = List.of("default", "govuk");

    /** A desktop, and the 320 CSS px of WCAG 1.4.10 (a 1280 px screen zoomed to 400 %). */
    private static final List<Integer> WIDTHS = List.of(1280, 320);

    private static final int HEIGHT = 900;
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    private static final Path PAGEFIND = Path.of("node_modules/.bin/pagefind");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path sites;
    private static ChromeDriver browser;
    private static HttpServer server;
    private static String axe;

    /** Serves the exported sites on loopback, as a web server would: file URLs are not the web. */
    private static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(
                "/",
                exchange -> {
                    try (exchange) {
                        Path file =
                                sites.resolve(exchange.getRequestURI().getPath().substring(1))
                                        .normalize();
                        if (Files.isDirectory(file)) {
                            file = file.resolve("index.html");
                        }
                        if (!file.startsWith(sites) || !Files.isRegularFile(file)) {
                            exchange.sendResponseHeaders(404, -1);
                            return;
                        }
                        String name = file.getFileName().toString();
                        String type =
                                name.endsWith(".css")
                                        ? "text/css"
                                        : name.endsWith(".json")
                                                ? "application/json"
                                                : name.endsWith(".js")
                                                        ? "text/javascript"
                                                        : name.endsWith(".wasm")
                                                                ? "application/wasm"
                                                                : name.endsWith(".html")
                                                                        ? "text/html; charset=utf-8"
                                                                        : "application/octet-stream";
                        byte[] body = Files.readAllBytes(file);
                        exchange.getResponseHeaders().set("Content-Type", type);
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                });
        server.start();
    }

    private static String url(Path page) {
        return "http://127.0.0.1:"
                + server.getAddress().getPort()
                + "/"
                + sites.relativize(page).toString().replace('\\', '/');
    }

    @BeforeAll
    static void exportAndStartTheBrowser() throws IOException {
        for (String variant : VARIANTS) {
            assertThat(
                            Main.execute(
                                    "export",
                                    "--out",
                                    sites.resolve(variant).toString(),
                                    "--theme",
                                    variant))
                    .isZero();
        }
        axe = Files.readString(AXE);
        indexWithPagefind(sites.resolve("default"));
        serve();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280," + HEIGHT);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Runs the README's {@code npx pagefind --site DIR}, with the Pagefind npm installed here. */
    private static void indexWithPagefind(Path site) throws IOException {
        Process pagefind =
                new ProcessBuilder(PAGEFIND.toAbsolutePath().toString(), "--site", site.toString())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(pagefind.getInputStream().readAllBytes());
        try {
            assertThat(pagefind.waitFor()).as(output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(output).contains("Indexed");
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(sites)) {
            // Only the exported sites: the XSS pages are hostile on purpose, and the question
            // form's pages have a test of their own.
            return files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> VARIANTS.contains(sites.relativize(p).getName(0).toString()))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageOfEveryVariantHasNoViolationAtEitherWidthAndNoConsoleError()
            throws IOException {
        List<Path> pages = pages();
        System.out.printf(
                "Browser: %d pages of %s, each at %s px wide%n", pages.size(), VARIANTS, WIDTHS);
        var tests = new ArrayList<DynamicTest>();
        for (Path page : pages) {
            tests.add(
                    DynamicTest.dynamicTest(sites.relativize(page).toString(), () -> check(page)));
        }
        return tests.stream();
    }

    private static void check(Path page) throws IOException {
        check(url(page));
    }

    /** Opens the page and checks it at each width, as {@link #checkOpenPage()} does. */
    private static void check(String url) throws IOException {
        browser.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        browser.get(url);
        checkOpenPage();
    }

    /**
     * Checks the page the browser shows now at each of {@link #WIDTHS}: no axe violation, nothing
     * wider than the window, no console error.
     */
    private static void checkOpenPage() throws IOException {
        try {
            for (int width : WIDTHS) {
                browser.manage().window().setSize(new Dimension(width, HEIGHT));
                assertThat(axeViolations()).as("axe violations at %d px", width).isEmpty();
                Object overflow =
                        browser.executeScript(
                                "const page = document.documentElement;"
                                        + " return page.scrollWidth - page.clientWidth;");
                assertThat(((Number) overflow).intValue())
                        .as("pixels scrolled sideways at %d px wide", width)
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(WIDTHS.get(0), HEIGHT));
        }
        List<String> errors =
                browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        .map(LogEntry::getMessage)
                        .toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    /** What axe-core finds on the page the browser shows, one line per rule broken. */
    private static List<String> axeViolations() throws IOException {
        browser.executeScript(axe);
        Object result =
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                                        + ".then(r => done(JSON.stringify(r.violations)))"
                                        + ".catch(e => done('axe failed: ' + e));",
                                AXE_TAGS);
        JsonNode violations = JSON.readTree(String.valueOf(result));
        var problems = new ArrayList<String>();
        for (JsonNode violation : violations) {
            var targets = new ArrayList<String>();
            violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
            problems.add(
                    violation.path("id").asText()
                            + ": "
                            + violation.path("help").asText()
                            + " at "
                            + targets);
        }
        return problems;
    }

    /** Opens the exported search page for some words and waits for Pagefind to answer. */
    private static List<String> staticSearch(String words) throws InterruptedException {
        return staticSearch("search/index.html", words);
    }

    /** Opens an exported search page, such as the Welsh {@code cy/search/index.html}. */
    private static List<String> staticSearch(String page, String words)
            throws InterruptedException {
        browser.get(
                url(sites.resolve("default").resolve(page))
                        + "?q="
                        + URLEncoder.encode(words, StandardCharsets.UTF_8));
        awaitWithin30s(
                "Pagefind answered",
                () ->
                        !browser.findElements(
                                        By.cssSelector("#toolkit-search-results [role=status]"))
                                .isEmpty());
        return browser
                .findElements(By.cssSelector("#toolkit-search-results .toolkit-result h2 a"))
                .stream()
                .map(link -> link.getAttribute("href"))
                .toList();
    }

    @Test
    void theStaticSearchFindsTheAllianceCaseStudiesOncePagefindHasIndexedTheSite()
            throws InterruptedException {
        List<String> found = staticSearch("alliance");

        // The site is served under /default/: links must keep that prefix to lead to the pages.
        String site = url(sites.resolve("default/index.html")).replace("index.html", "");
        assertThat(found)
                .contains(
                        site + "case-studies/plymouth-alliance/",
                        site + "case-studies/one-croydon-alliance/");
        assertThat(browser.findElement(By.id("toolkit-search-q")).getAttribute("value"))
                .isEqualTo("alliance");
        assertThat(staticSearch("zzqxv")).isEmpty();
        assertThat(
                        browser.findElement(By.cssSelector("#toolkit-search-results [role=status]"))
                                .getText())
                .isEqualTo("No results for “zzqxv”.");
    }

    @Test
    void theWelshSearchPageFindsTheWelshPages() throws InterruptedException {
        List<String> found = staticSearch("cy/search/index.html", "alliance");

        String site = url(sites.resolve("default/index.html")).replace("index.html", "");
        assertThat(found)
                .isNotEmpty()
                .contains(site + "cy/case-studies/plymouth-alliance/")
                .allSatisfy(link -> assertThat(link).startsWith(site + "cy/"));
    }

    @Test
    void theStaticSearchIndexesTheVocabulariesAsFilters() {
        browser.get(url(sites.resolve("default/search/index.html")));
        Object filters =
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "import('/default/pagefind/pagefind.js')"
                                        + ".then(p => p.filters()).then(f => done(JSON.stringify(f)))"
                                        + ".catch(e => done('failed: ' + e));");
        assertThat(String.valueOf(filters))
                .contains("\"Procurement routes\"", "\"Alliance contract\"", "\"Themes\"");
    }

    @Test
    void theStaticSearchPageWithResultsHasNoAccessibilityViolation() throws IOException {
        check(url(sites.resolve("default/search/index.html")) + "?q=alliance");
    }

    @Test
    void noHostileInputFromTheXssMatrixFiresADialog() throws IOException {
        Path folder = sites.resolve("xss");
        Files.createDirectories(folder);
        var fired = new ArrayList<String>();
        List<String> vectors = XssVectors.all();
        RenderOptions page = RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);
        for (int i = 0; i < vectors.size(); i++) {
            ToolkitEngine engine =
                    ToolkitEngine.builder()
                            .source(ContentSource.of("xss", XssContent.of(vectors.get(i))))
                            .build();
            String evil = vectors.get(i);
            var typed = new EnumMap<QuestionForm.Field, String>(QuestionForm.Field.class);
            for (QuestionForm.Field field : QuestionForm.Field.values()) {
                typed.put(field, evil);
            }
            // A case study, the home page, a question published from the community (the
            // content's question is one), and the question form sent back with the input.
            View form =
                    View.questionForm(
                            new QuestionForm(
                                    "/questions",
                                    typed,
                                    List.of(
                                            new QuestionForm.Error(
                                                    QuestionForm.Field.QUESTION,
                                                    QuestionForm.Problem.TOO_LONG)),
                                    Map.of("token", evil)));
            for (View view :
                    List.of(View.item("study"), View.home(), View.item("question"), form)) {
                Path file =
                        folder.resolve(
                                i
                                        + "-"
                                        + view.kind()
                                        + "-"
                                        + (view instanceof View.ItemView v ? v.id() : "page")
                                        + ".html");
                Files.writeString(file, engine.render(view, "html", page).content());
                browser.get(url(file));
                try {
                    Alert alert = browser.switchTo().alert();
                    fired.add(vectors.get(i) + " in " + view + ": " + alert.getText());
                    alert.dismiss();
                } catch (NoAlertPresentException expected) {
                    // nothing ran
                }
            }
        }
        System.out.printf(
                "XSS in the browser: %d hostile inputs x 4 pages, %d dialogs%n",
                vectors.size(), fired.size());
        assertThat(fired).isEmpty();
    }

    /** The question form, new and sent back with problems, in both locales and both themes. */
    @TestFactory
    Stream<DynamicTest> theQuestionFormHasNoAccessibilityViolationInEitherThemeOrLocale()
            throws IOException {
        ToolkitEngine engine = ToolkitEngine.builder().source(BundledToolkit.source()).build();
        Path folder = Files.createDirectories(sites.resolve("questions"));
        var withErrors =
                new QuestionForm(
                        "/questions",
                        Map.of(QuestionForm.Field.EMAIL, "not an address"),
                        List.of(
                                new QuestionForm.Error(
                                        QuestionForm.Field.QUESTION, QuestionForm.Problem.MISSING),
                                new QuestionForm.Error(
                                        QuestionForm.Field.EMAIL,
                                        QuestionForm.Problem.NOT_AN_EMAIL)),
                        Map.of("token", "t"));
        var tests = new ArrayList<DynamicTest>();
        for (String theme : List.of("default", "govuk")) {
            for (String locale : List.of("en", "cy")) {
                // The assets of the exported site of that theme, so the pages are styled as served.
                String assets = "../" + theme + "/assets/";
                LinkResolver links =
                        new LinkResolver() {
                            @Override
                            public String href(ContentItem item) {
                                return LinkResolver.CLEAN_URLS.href(item);
                            }

                            @Override
                            public String assetHref(String name) {
                                return assets + name;
                            }
                        };
                for (QuestionForm form :
                        List.of(
                                QuestionForm.empty("/questions", Map.of("token", "t")),
                                withErrors)) {
                    String name =
                            theme + "-" + locale + (form.errors().isEmpty() ? "-new" : "-errors");
                    Path file = folder.resolve(name + ".html");
                    RenderOptions options =
                            RenderOptions.defaults()
                                    .withMode(RenderOptions.Mode.DOCUMENT)
                                    .withTheme(theme)
                                    .withLocale(Locale.forLanguageTag(locale))
                                    .withLinks(links);
                    Files.writeString(
                            file,
                            engine.render(View.questionForm(form), "html", options).content());
                    tests.add(DynamicTest.dynamicTest(name, () -> check(url(file))));
                }
            }
        }
        return tests.stream();
    }

    /**
     * A visitor without a script asks a question of a running {@code serve}: sends the form empty,
     * lands on the error summary, fixes it and sees the confirmation with its reference; every page
     * on the way has no accessibility violation.
     */
    @Test
    void aVisitorAsksAQuestionOfARunningServer() throws Exception {
        Path data = Files.createDirectories(sites.resolve("toolkit-data"));
        try (var serve = RunningServer.start("--data", data.toString())) {
            askAQuestion(serve.root());
        }
    }

    private static void askAQuestion(String root) throws Exception {
        check(root + "/questions/new");
        submitTheQuestionForm();

        assertThat(browser.getTitle()).startsWith("Error: Ask a question");
        assertThat(
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return document.activeElement.classList.contains("
                                                + "'toolkit-error-summary')"))
                .as("the error summary has the focus")
                .isEqualTo(true);
        checkOpenPage();
        assertThat(
                        browser.findElement(By.cssSelector(".toolkit-error-summary a"))
                                .getAttribute("href"))
                .endsWith("#question");
        browser.findElement(By.id("question")).sendKeys("How should we share risk in an alliance?");
        Thread.sleep(3_100); // as long as a person takes at least, or the question is spam
        submitTheQuestionForm();

        assertThat(browser.getCurrentUrl()).matches(".*/questions/received/Q-[0-9A-Z]{4}");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Question received");
        checkOpenPage();
    }

    /**
     * Sends the question form and waits until the page that answers it has loaded: a click does not
     * always wait for the navigation it starts, and the answer's title was then read from the
     * form's page. The form's page is marked first; the answer is loaded once a page without the
     * mark is complete.
     */
    private static void submitTheQuestionForm() throws InterruptedException {
        browser.executeScript("window.toolkitFormPage = true;");
        browser.findElement(By.cssSelector("form.toolkit-ask-form button[type=submit]")).click();
        awaitWithin30s("the answer loaded", BrowserTest::answerLoaded);
    }

    /** Waits until something the browser shows comes true, failing after 30 s. */
    private static void awaitWithin30s(String what, BooleanSupplier done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean answerLoaded() {
        try {
            return Boolean.TRUE.equals(
                    browser.executeScript(
                            "return window.toolkitFormPage === undefined"
                                    + " && document.readyState === 'complete';"));
        } catch (WebDriverException e) {
            return false; // between the two pages: ask again
        }
    }

    /**
     * Screenshots of the home page, the case-study list, a case study and the FAQs in both themes,
     * on a desktop and a phone, into {@code target/screenshots} (those in {@code docs/} are
     * copies); on each, the page's heading is on the first screen.
     */
    @TestFactory
    Stream<DynamicTest> screenshotsOfBothThemesShowEachPagesHeadingOnTheFirstScreen() {
        Map<String, String> shown =
                Map.of(
                        "home", "index.html",
                        "case-studies", "case-studies/index.html",
                        "case-study", "case-studies/plymouth-alliance/index.html",
                        "faqs", "faqs/index.html");
        var tests = new ArrayList<DynamicTest>();
        for (String theme : List.of("default", "govuk")) {
            for (var page : shown.entrySet()) {
                for (int width : List.of(1280, 375)) {
                    String name = theme + "-" + page.getKey() + "-" + width;
                    tests.add(
                            DynamicTest.dynamicTest(
                                    name,
                                    () ->
                                            screenshot(
                                                    sites.resolve(theme).resolve(page.getValue()),
                                                    width,
                                                    Path.of(
                                                            "target/screenshots/"
                                                                    + name
                                                                    + ".png"))));
                }
            }
        }
        return tests.stream();
    }

    private static void screenshot(Path page, int width, Path png) throws IOException {
        try {
            browser.manage().window().setSize(new Dimension(width, HEIGHT));
            browser.get(url(page));
            Object headingTop =
                    browser.executeScript(
                            "return document.querySelector('h1').getBoundingClientRect().top;");
            assertThat(((Number) headingTop).doubleValue())
                    .as("the h1's distance from the top of the window")
                    .isLessThan(HEIGHT - 100);
            byte[] bytes = browser.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(png.getParent());
            Files.write(png, bytes);
            assertThat(bytes).hasSizeGreaterThan(10_000);
        } finally {
            browser.manage().window().setSize(new Dimension(WIDTHS.get(0), HEIGHT));
        }
    }
}
