package org.artofthepossible.toolkit.render.html.internal;

import java.util.List;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.model.AccessibilityStatement;
import org.artofthepossible.toolkit.model.LocalizedText;

/**
 * The accessibility statement's page, in the order of the model statement the regulations follow:
 * compliance status, non-accessible content, how to report a problem, the enforcement procedure,
 * and how the statement was prepared.
 */
final class AccessibilityMarkup {
    /** Where a complaint goes when the publisher's answer does not satisfy, by enforcement body. */
    private static final String EASS = "https://www.equalityadvisoryservice.com/";

    private static final String ECNI = "https://www.equalityni.org/Home";

    private AccessibilityMarkup() {}

    /** The statement of the toolkit being rendered. */
    static AccessibilityStatement statement(PageContext page) {
        return page.toolkit
                .info()
                .accessibility()
                .orElseThrow(
                        () ->
                                new ToolkitException(
                                        "the toolkit has no accessibility statement: add an"
                                                + " accessibility section to toolkit.yaml"));
    }

    /** What the statement is of, and who publishes it: its first paragraph and its description. */
    static String intro(PageContext page) {
        return page.labels.format(
                "accessibility.intro", page.toolkitTitle(), page.toolkit.info().publisher());
    }

    static void write(
            Markup html, PageContext page, AccessibilityStatement statement, String intro) {
        html.element("h1", page.labels.get("accessibility.title")).nl();
        html.element(QuestionMarkup.SUMMARY, intro).nl();

        html.element("h2", page.labels.get("accessibility.status")).nl();
        html.element(
                        "p",
                        page.labels.get(
                                "accessibility.status."
                                        + statement
                                                .status()
                                                .name()
                                                .toLowerCase(java.util.Locale.ROOT)))
                .nl();

        if (!statement.nonCompliant().isEmpty()
                || !statement.disproportionateBurden().isEmpty()
                || !statement.outOfScope().isEmpty()) {
            html.element("h2", page.labels.get("accessibility.nonAccessible")).nl();
            section(html, page, "accessibility.nonCompliant", statement.nonCompliant());
            section(html, page, "accessibility.burden", statement.disproportionateBurden());
            section(html, page, "accessibility.outOfScope", statement.outOfScope());
        }

        html.element("h2", page.labels.get("accessibility.report")).nl();
        html.element("p", page.labels.get("accessibility.reportText")).nl();
        html.open("ul").nl();
        statement
                .contact()
                .email()
                .ifPresent(
                        email -> html.open("li").link("mailto:" + email, email).close("li").nl());
        statement
                .contact()
                .url()
                .ifPresent(
                        url ->
                                html.open("li")
                                        .link(
                                                url.toString(),
                                                page.labels.get("accessibility.contactPage"))
                                        .close("li")
                                        .nl());
        html.close("ul").nl();

        html.element("h2", page.labels.get("accessibility.enforcement")).nl();
        boolean northernIreland =
                statement.enforcement() == AccessibilityStatement.Enforcement.NORTHERN_IRELAND;
        html.open("p")
                .text(
                        page.labels.get(
                                northernIreland
                                        ? "accessibility.enforcement.ni"
                                        : "accessibility.enforcement.gb"))
                .text(" ")
                .link(
                        northernIreland ? ECNI : EASS,
                        page.labels.get(
                                northernIreland
                                        ? "accessibility.enforcement.niLink"
                                        : "accessibility.enforcement.gbLink"))
                .text(".")
                .close("p")
                .nl();

        html.element("h2", page.labels.get("accessibility.preparation")).nl();
        html.element(
                        "p",
                        page.labels.format(
                                "accessibility.prepared",
                                page.date(statement.prepared()),
                                page.date(statement.reviewed())))
                .nl();
        html.element(
                        "p",
                        statement.method().resolve(page.chain),
                        "lang",
                        page.lang(statement.method()))
                .nl();
    }

    /** A part of the non-accessible content, under its own heading, when it lists anything. */
    private static void section(
            Markup html, PageContext page, String heading, List<LocalizedText> entries) {
        if (entries.isEmpty()) {
            return;
        }
        html.element("h3", page.labels.get(heading)).nl();
        html.open("ul").nl();
        for (LocalizedText entry : entries) {
            html.element("li", entry.resolve(page.chain), "lang", page.lang(entry)).nl();
        }
        html.close("ul").nl();
    }
}
