package org.artofthepossible.toolkit.render.html.internal;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.QuestionForm.Field;
import org.artofthepossible.toolkit.QuestionForm.Problem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * The pages on which a visitor asks the community a question, after the GOV.UK question-page
 * pattern: an error summary whose messages link to their fields, each field with its label, hint
 * and error message, a privacy notice, and a confirmation panel with the reference. Everything
 * works without JavaScript. And the "Ask a question" box on the FAQ pages.
 */
final class QuestionMarkup {
    // Opening tags of constant attributes, written once per theme (see Markup.Tag).
    private static final Markup.Tag ASK_BOX = new Markup.Tag("div", "class", "toolkit-ask-box");
    private static final Markup.Tag ASK = new Markup.Tag("section", "class", "toolkit-ask");
    private static final Markup.Tag PANEL = new Markup.Tag("div", "class", "toolkit-panel");
    private static final Markup.Tag PANEL_BODY =
            new Markup.Tag("div", "class", "toolkit-panel-body");
    private static final Markup.Tag ERROR_SUMMARY =
            new Markup.Tag(
                    "div", "class", "toolkit-error-summary", "tabindex", "-1", "autofocus", "");
    private static final Markup.Tag ERROR_SUMMARY_BODY =
            new Markup.Tag("div", "class", "toolkit-error-summary-body");
    private static final Markup.Tag ERROR_SUMMARY_LIST =
            new Markup.Tag("ul", "class", "toolkit-error-summary-list");
    private static final Markup.Tag LABEL_WRAPPER =
            new Markup.Tag("h2", "class", "toolkit-label-wrapper");
    private static final Markup.Tag PRIVACY = new Markup.Tag("div", "class", "toolkit-privacy");
    static final Markup.Tag SUMMARY = new Markup.Tag("p", "class", "toolkit-summary");
    static final Markup.Tag HINT = new Markup.Tag("p", "class", "toolkit-hint");
    private static final Markup.Tag PANEL_TITLE =
            new Markup.Tag("h1", "class", "toolkit-panel-title");

    private QuestionMarkup() {}

    static String title(PageContext page, QuestionForm form) {
        String title = page.labels.get("ask.title");
        return form.errors().isEmpty() ? title : page.labels.format("ask.errorTitle", title);
    }

    static String receivedTitle(PageContext page) {
        return page.labels.get("ask.received");
    }

    /** The box on the FAQ pages that leads to the form, when the site takes questions. */
    static void askBox(Markup html, PageContext page) {
        Optional<String> href = page.links.questionsHref();
        if (href.isEmpty()) {
            return;
        }
        html.open(ASK_BOX).nl();
        html.element("h2", page.labels.get("ask.boxTitle")).nl();
        html.element("p", page.labels.get("ask.boxText")).nl();
        html.open("p").link(href.get(), page.labels.get("ask.link")).close("p").nl();
        html.close("div").nl();
    }

    static void form(Markup html, PageContext page, QuestionForm form) {
        html.open(ASK).nl();
        if (!form.errors().isEmpty()) {
            errorSummary(html, page, form);
        }
        html.element("h1", page.labels.get("ask.title")).nl();
        html.element(SUMMARY, page.labels.get("ask.intro")).nl();
        // novalidate: the server's messages, in the error summary, replace the browser's own.
        html.open(
                        "form",
                        "class",
                        "toolkit-ask-form",
                        "action",
                        form.action(),
                        "method",
                        "post",
                        "accept-charset",
                        "utf-8",
                        "novalidate",
                        "")
                .nl();
        form.hidden()
                .forEach(
                        (name, value) ->
                                html.open("input", "type", "hidden", "name", name, "value", value)
                                        .nl());
        question(html, page, form);
        topic(html, page, form);
        html.element("h2", page.labels.get("ask.aboutYou")).nl();
        html.element(HINT, page.labels.get("ask.aboutYouHint")).nl();
        input(html, page, form, Field.NAME, "text", "name");
        input(html, page, form, Field.EMAIL, "email", "email");
        privacy(html, page);
        honeypot(html, page);
        html.element(
                        "button",
                        page.labels.get("ask.send"),
                        "type",
                        "submit",
                        "class",
                        "toolkit-button")
                .nl();
        html.close("form").nl();
        html.close("section").nl();
    }

    static void received(Markup html, PageContext page, String reference) {
        html.open(ASK).nl();
        html.open(PANEL).nl();
        html.element(PANEL_TITLE, page.labels.get("ask.received")).nl();
        html.open(PANEL_BODY)
                .text(page.labels.get("ask.reference"))
                .open("br")
                .element("strong", reference)
                .close("div")
                .nl();
        html.close("div").nl();
        html.element("h2", page.labels.get("ask.nextTitle")).nl();
        html.element("p", page.labels.get("ask.next")).nl();
        html.element("p", page.labels.get("ask.nextEmail")).nl();
        html.open("p")
                .link(page.links.listHref(ItemType.FAQ), page.labels.get("ask.toFaqs"))
                .close("p")
                .nl();
        html.close("section").nl();
    }

    private static void errorSummary(Markup html, PageContext page, QuestionForm form) {
        // Focused on arrival, as the pattern asks, without a script: autofocus on a container
        // that takes focus (tabindex -1) but is not in the tab order.
        html.open(ERROR_SUMMARY).nl();
        html.open("div", "role", "alert").nl();
        html.element(
                        "h2",
                        page.labels.get("ask.problem"),
                        "id",
                        "toolkit-error-summary-title",
                        "class",
                        "toolkit-error-summary-title")
                .nl();
        html.open(ERROR_SUMMARY_BODY).nl();
        html.open(ERROR_SUMMARY_LIST).nl();
        for (QuestionForm.Error error : form.errors()) {
            html.open("li")
                    .link("#" + error.field().fieldName(), message(page, error))
                    .close("li")
                    .nl();
        }
        html.close("ul").nl();
        html.close("div").nl();
        html.close("div").nl();
        html.close("div").nl();
    }

    private static void question(Markup html, PageContext page, QuestionForm form) {
        Field field = Field.QUESTION;
        Optional<QuestionForm.Error> error = form.error(field);
        String id = field.fieldName();
        html.open("div", "class", group(error)).nl();
        html.open(LABEL_WRAPPER)
                .element(
                        "label",
                        page.labels.get("ask.question"),
                        "for",
                        id,
                        "class",
                        "toolkit-label")
                .close("h2")
                .nl();
        html.element(
                        "div",
                        page.labels.get("ask.questionHint"),
                        "id",
                        id + "-hint",
                        "class",
                        "toolkit-hint")
                .nl();
        errorMessage(html, page, error);
        // No maxlength: a visitor may paste a long text and cut it down; the count says the limit.
        html.open(
                        "textarea",
                        "id",
                        id,
                        "name",
                        id,
                        "rows",
                        "8",
                        "class",
                        error.isPresent()
                                ? "toolkit-textarea toolkit-textarea-error"
                                : "toolkit-textarea",
                        "aria-describedby",
                        describedBy(id, error, true))
                .text(form.value(field))
                .close("textarea")
                .nl();
        html.element(
                        "div",
                        page.labels.format(
                                "ask.characters",
                                NumberFormat.getIntegerInstance(page.locale())
                                        .format(field.maxChars())),
                        "id",
                        id + "-info",
                        "class",
                        "toolkit-hint")
                .nl();
        html.close("div").nl();
    }

    private static void topic(Markup html, PageContext page, QuestionForm form) {
        Field field = Field.TOPIC;
        Optional<QuestionForm.Error> error = form.error(field);
        String id = field.fieldName();
        String chosen = form.value(field);
        html.open("div", "class", group(error)).nl();
        html.element("label", page.labels.get("ask.topic"), "for", id, "class", "toolkit-label")
                .nl();
        html.element(
                        "div",
                        page.labels.get("ask.topicHint"),
                        "id",
                        id + "-hint",
                        "class",
                        "toolkit-hint")
                .nl();
        errorMessage(html, page, error);
        html.open(
                        "select",
                        "id",
                        id,
                        "name",
                        id,
                        "class",
                        "toolkit-select",
                        "aria-describedby",
                        describedBy(id, error, false))
                .nl();
        html.element("option", page.labels.get("ask.noTopic"), "value", "").nl();
        for (String vocabulary : QuestionForm.TOPIC_VOCABULARIES) {
            page.toolkit
                    .vocabulary(vocabulary)
                    .filter(v -> !v.terms().isEmpty())
                    .ifPresent(
                            v -> {
                                html.open("optgroup", "label", page.vocabularyLabel(vocabulary))
                                        .nl();
                                for (Term term : v.terms()) {
                                    String value =
                                            QuestionForm.topicValue(
                                                    TermRef.of(vocabulary, term.id()));
                                    html.element(
                                                    "option",
                                                    page.termLabel(vocabulary, term.id()),
                                                    "value",
                                                    value,
                                                    "selected",
                                                    value.equals(chosen) ? "" : null)
                                            .nl();
                                }
                                html.close("optgroup").nl();
                            });
        }
        html.close("select").nl();
        html.close("div").nl();
    }

    private static void input(
            Markup html,
            PageContext page,
            QuestionForm form,
            Field field,
            String type,
            String autocomplete) {
        Optional<QuestionForm.Error> error = form.error(field);
        String id = field.fieldName();
        html.open("div", "class", group(error)).nl();
        html.element("label", page.labels.get("ask." + id), "for", id, "class", "toolkit-label")
                .nl();
        errorMessage(html, page, error);
        html.open(
                        "input",
                        "id",
                        id,
                        "name",
                        id,
                        "type",
                        type,
                        "value",
                        form.value(field),
                        "autocomplete",
                        autocomplete,
                        "spellcheck",
                        "false",
                        "class",
                        error.isPresent() ? "toolkit-input toolkit-input-error" : "toolkit-input",
                        "aria-describedby",
                        error.isPresent() ? id + "-error" : null)
                .nl();
        html.close("div").nl();
    }

    /** What is kept, why, for how long and who sees it: before the visitor sends anything. */
    private static void privacy(Markup html, PageContext page) {
        html.open(PRIVACY).nl();
        html.element("h2", page.labels.get("ask.privacyTitle")).nl();
        html.element("p", page.labels.get("ask.privacy.what")).nl();
        html.element("p", page.labels.get("ask.privacy.why")).nl();
        html.element("p", page.labels.get("ask.privacy.howLong")).nl();
        html.element("p", page.labels.format("ask.privacy.who", page.toolkit.info().publisher()))
                .nl();
        html.close("div").nl();
    }

    /** A field people never see (hidden, out of the tab order) and bots fill in. */
    private static void honeypot(Markup html, PageContext page) {
        html.open("div", "hidden", "").nl();
        html.element("label", page.labels.get("ask.honeypot"), "for", QuestionForm.HONEYPOT_FIELD)
                .nl();
        html.open(
                        "input",
                        "id",
                        QuestionForm.HONEYPOT_FIELD,
                        "name",
                        QuestionForm.HONEYPOT_FIELD,
                        "type",
                        "text",
                        "tabindex",
                        "-1",
                        "autocomplete",
                        "off")
                .nl();
        html.close("div").nl();
    }

    private static String group(Optional<QuestionForm.Error> error) {
        return error.isPresent()
                ? "toolkit-form-group toolkit-form-group-error"
                : "toolkit-form-group";
    }

    private static String describedBy(String id, Optional<QuestionForm.Error> error, boolean info) {
        return id
                + "-hint"
                + (error.isPresent() ? " " + id + "-error" : "")
                + (info ? " " + id + "-info" : "");
    }

    private static void errorMessage(
            Markup html, PageContext page, Optional<QuestionForm.Error> error) {
        error.ifPresent(
                e ->
                        html.open(
                                        "p",
                                        "id",
                                        e.field().fieldName() + "-error",
                                        "class",
                                        "toolkit-error-message")
                                .element(
                                        "span",
                                        page.labels.get("ask.errorPrefix"),
                                        "class",
                                        "toolkit-visually-hidden")
                                .text(" " + message(page, e))
                                .close("p")
                                .nl());
    }

    static String message(PageContext page, QuestionForm.Error error) {
        Problem problem = error.problem();
        // A field's own message where it has one ("Enter your question"), else the problem's.
        String fieldKey = "ask.error." + error.field().fieldName() + "." + slug(problem);
        String key = page.labels.has(fieldKey) ? fieldKey : "ask.error." + slug(problem);
        return problem == Problem.TOO_LONG
                ? page.labels.format(
                        key,
                        NumberFormat.getIntegerInstance(page.locale())
                                .format(error.field().maxChars()))
                : page.labels.get(key);
    }

    private static String slug(Problem problem) {
        return problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
