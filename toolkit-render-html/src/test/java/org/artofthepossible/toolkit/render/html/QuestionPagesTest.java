package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.QuestionForm.Field;
import org.artofthepossible.toolkit.QuestionForm.Problem;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The question form, its errors and its confirmation, after the GOV.UK question-page pattern. */
class QuestionPagesTest {
    private static final ToolkitEngine ENGINE = BundledPages.engine();
    private static final RenderOptions PAGE =
            RenderOptions.defaults()
                    .withMode(RenderOptions.Mode.DOCUMENT)
                    .withLinks(LinkResolver.CLEAN_URLS.withQuestions("/questions/new"));
    private static final QuestionForm NEW =
            QuestionForm.empty("/questions", Map.of("token", "t0k3n"));

    private static Document page(View view, RenderOptions options) {
        return Jsoup.parse(ENGINE.render(view, "html", options).content());
    }

    @Test
    void aNewFormHasEachFieldWithItsLabelAndHintAndThePrivacyNoticeBeforeTheButton() {
        Document page = page(View.questionForm(NEW), PAGE);

        assertThat(page.title()).startsWith("Ask a question – ");
        assertThat(page.select(".toolkit-error-summary")).isEmpty();
        Element form = page.selectFirst("form.toolkit-ask-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/questions");
        assertThat(form.selectFirst("input[type=hidden][name=token]").val()).isEqualTo("t0k3n");
        Element question = form.selectFirst("textarea#question[name=question]");
        assertThat(question.hasAttr("maxlength")).isFalse();
        assertThat(question.attr("aria-describedby")).isEqualTo("question-hint question-info");
        assertThat(page.selectFirst("label[for=question]").text()).isEqualTo("Your question");
        assertThat(page.selectFirst("#question-info").text())
                .isEqualTo("You can enter up to 2,000 characters");
        assertThat(form.select("select#topic optgroup").eachAttr("label"))
                .containsExactly("Themes");
        assertThat(form.select("select#topic option").eachAttr("value"))
                .contains("", "theme/health-and-wellbeing");
        assertThat(form.selectFirst("input#email").attr("type")).isEqualTo("email");
        assertThat(form.selectFirst("input#email").attr("autocomplete")).isEqualTo("email");
        assertThat(form.selectFirst("input#name").attr("autocomplete")).isEqualTo("name");
        Element privacy = form.selectFirst(".toolkit-privacy");
        assertThat(privacy.selectFirst("h2").text())
                .isEqualTo("How we use your name and email address");
        assertThat(privacy.text())
                .contains("never published", "after 90 days at the latest", "people at E3M");
        assertThat(privacy.elementSiblingIndex())
                .isLessThan(form.selectFirst("button[type=submit]").elementSiblingIndex());
        Element honeypot = form.selectFirst("input#website");
        assertThat(honeypot.parent().hasAttr("hidden")).isTrue();
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
    }

    @Test
    void aFormWithProblemsLeadsWithTheErrorSummaryAndKeepsWhatWasTyped() {
        var form =
                new QuestionForm(
                        "/questions",
                        Map.of(Field.TOPIC, "theme/housing", Field.EMAIL, "nope"),
                        List.of(
                                new QuestionForm.Error(Field.QUESTION, Problem.MISSING),
                                new QuestionForm.Error(Field.EMAIL, Problem.NOT_AN_EMAIL)),
                        Map.of("token", "t"));

        Document page = page(View.questionForm(form), PAGE);

        assertThat(page.title()).startsWith("Error: Ask a question – ");
        Element summary = page.selectFirst("main .toolkit-error-summary");
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.selectFirst("[role=alert] h2").text()).isEqualTo("There is a problem");
        assertThat(summary.select("a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly(
                        "#question Enter your question",
                        "#email Enter an email address in the correct format, like"
                                + " name@example.com");
        assertThat(page.selectFirst("#question-error").text())
                .isEqualTo("Error: Enter your question");
        assertThat(page.selectFirst("#question").attr("aria-describedby"))
                .isEqualTo("question-hint question-error question-info");
        assertThat(page.selectFirst("#email").val()).isEqualTo("nope");
        assertThat(page.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.selectFirst("option[value=theme/housing]").hasAttr("selected")).isTrue();
        assertThat(page.select(".toolkit-form-group-error")).hasSize(2);
    }

    @Test
    void theGovukThemeUsesTheDesignSystemsClassesAndWelshPagesSpeakWelsh() {
        var errors =
                new QuestionForm(
                        "/questions",
                        Map.of(),
                        List.of(new QuestionForm.Error(Field.QUESTION, Problem.TOO_LONG)),
                        Map.of());
        Document govuk = page(View.questionForm(errors), PAGE.withTheme("govuk"));
        assertThat(govuk.select(".govuk-error-summary .govuk-error-summary__list")).hasSize(1);
        assertThat(
                        govuk.select(
                                ".govuk-form-group.govuk-form-group--error textarea.govuk-textarea"))
                .hasSize(1);
        assertThat(govuk.select("button.govuk-button")).hasSize(1);

        Document welsh =
                page(View.questionForm(errors), PAGE.withLocale(Locale.forLanguageTag("cy")));
        assertThat(welsh.title()).startsWith("Gwall: Gofyn cwestiwn");
        assertThat(welsh.selectFirst(".toolkit-error-summary a").text())
                .isEqualTo("Rhaid i'ch cwestiwn fod yn 2,000 nod neu lai");
    }

    @Test
    void theConfirmationShowsTheReferenceInAPanel() {
        Document page = page(View.questionReceived("Q-7KD3"), PAGE);

        assertThat(page.selectFirst(".toolkit-panel h1").text()).isEqualTo("Question received");
        assertThat(page.selectFirst(".toolkit-panel-body strong").text()).isEqualTo("Q-7KD3");
        assertThat(page.selectFirst("main a[href=/faqs/]")).isNotNull();
    }

    @Test
    void theFaqPagesLinkToTheFormOnlyWhenTheSiteTakesQuestions() {
        for (View view : List.of(View.list(ItemType.FAQ), View.item("who-initiates"))) {
            assertThat(page(view, PAGE).select("main a[href=/questions/new]"))
                    .extracting(Element::text)
                    .containsExactly("Ask a question");
            assertThat(
                            page(view, PAGE.withLinks(LinkResolver.CLEAN_URLS))
                                    .select(".toolkit-ask-box"))
                    .isEmpty();
        }
        assertThat(page(View.item("plymouth-alliance"), PAGE).select(".toolkit-ask-box")).isEmpty();
    }
}
