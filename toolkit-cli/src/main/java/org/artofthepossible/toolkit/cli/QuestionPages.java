package org.artofthepossible.toolkit.cli;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.questions.QuestionIntake;
import org.artofthepossible.toolkit.questions.QuestionIntake.Outcome;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The question pages of {@code serve}: the form at {@value #FORM_PATH}, the intake at {@value
 * #INTAKE_PATH} (post/redirect/get: a question kept answers {@code 303} to its confirmation at
 * {@value #RECEIVED_PATH}{@code REF}), and every refusal as the form again, with what was typed and
 * the problem: {@code 200} for a field to correct, {@code 403} for a form whose token fails, {@code
 * 429} for too many questions, {@code 503} when the store is out of reach. Posts must be UTF-8 form
 * data of at most {@value #MAX_BODY_BYTES} bytes.
 */
final class QuestionPages extends Handler.Abstract {
    static final String FORM_PATH = "/questions/new";
    static final String INTAKE_PATH = "/questions";
    static final String RECEIVED_PATH = "/questions/received/";

    /** The largest form body taken: the fields at their limits, percent-encoded, with room. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** The most fields a form may have: its own, and a few a browser extension may add. */
    static final int MAX_FIELDS = 20;

    private final ToolkitEngine engine;
    private final QuestionIntake intake;
    private final ToolkitServer server;

    QuestionPages(ToolkitEngine engine, QuestionIntake intake, ToolkitServer server) {
        this.engine = engine;
        this.intake = intake;
        this.server = server;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean get =
                HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod());
        boolean post = HttpMethod.POST.is(request.getMethod());
        if (path.equals(FORM_PATH) || path.equals(FORM_PATH + "/")) {
            if (!get) {
                ToolkitServer.notAllowed(request, response, callback, "GET, HEAD");
                return true;
            }
            Toolkit toolkit = engine.toolkit();
            page(
                    request,
                    response,
                    callback,
                    toolkit,
                    200,
                    View.questionForm(intake.newForm(INTAKE_PATH)));
            return true;
        }
        if (path.equals(INTAKE_PATH) || path.equals(INTAKE_PATH + "/")) {
            if (get) {
                // Someone who types the address gets the form.
                response.getHeaders().put(HttpHeader.LOCATION, FORM_PATH);
                ToolkitServer.send(
                        request,
                        response,
                        callback,
                        303,
                        "text/plain; charset=utf-8",
                        "See " + FORM_PATH + "\n",
                        null);
                return true;
            }
            if (!post) {
                ToolkitServer.notAllowed(request, response, callback, "POST");
                return true;
            }
            submit(request, response, callback);
            return true;
        }
        if (path.startsWith(RECEIVED_PATH)) {
            String reference = path.substring(RECEIVED_PATH.length()).replaceAll("/$", "");
            if (!get || !reference.matches("Q-[0-9A-Z]{4,12}")) {
                return false;
            }
            page(
                    request,
                    response,
                    callback,
                    engine.toolkit(),
                    200,
                    View.questionReceived(reference));
            return true;
        }
        return false;
    }

    private void submit(Request request, Response response, Callback callback) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null
                || !MimeTypes.getBase(type).equalsIgnoreCase("application/x-www-form-urlencoded")) {
            unread(
                    request,
                    response,
                    callback,
                    415,
                    "Send the question form as application/x-www-form-urlencoded\n");
            return;
        }
        String charset = MimeTypes.getCharsetFromContentType(type);
        if (charset != null
                && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.replace("\"", ""))
                && !"utf8".equalsIgnoreCase(charset)) {
            unread(request, response, callback, 415, "The question form is taken in UTF-8 only\n");
            return;
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            unread(request, response, callback, 413, "The form is larger than a question can be\n");
            return;
        }
        Fields fields;
        try {
            fields = FormFields.getFields(request, MAX_FIELDS, MAX_BODY_BYTES);
        } catch (RuntimeException e) {
            // Jetty reports too many fields, too long a body and malformed UTF-8 or escapes alike.
            ToolkitServer.send(
                    request,
                    response,
                    callback,
                    400,
                    "text/plain; charset=utf-8",
                    "The form could not be read: it must be UTF-8 form data of at most "
                            + MAX_BODY_BYTES
                            + " bytes\n",
                    null);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (Fields.Field field : fields) {
            values.put(field.getName(), field.getValue());
        }
        // One snapshot for the topics checked and the page shown.
        Toolkit toolkit = engine.toolkit();
        Locale locale = ToolkitServer.locale(request, toolkit);
        Outcome outcome =
                intake.submit(toolkit, locale, values, Request.getRemoteAddr(request), INTAKE_PATH);
        if (outcome instanceof Outcome.Received received) {
            String location = RECEIVED_PATH + received.question().reference();
            response.getHeaders().put(HttpHeader.LOCATION, location);
            ToolkitServer.send(
                    request,
                    response,
                    callback,
                    303,
                    "text/plain; charset=utf-8",
                    "See " + location + "\n",
                    null);
            return;
        }
        var refused = (Outcome.Refused) outcome;
        int status =
                switch (refused.reason()) {
                    // A form to correct is a page like any other: nothing failed.
                    case INVALID -> 200;
                    case FORM_EXPIRED -> 403;
                    case TOO_MANY -> 429;
                    case UNAVAILABLE -> 503;
                };
        if (status == 429 || status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, status == 429 ? "3600" : "60");
        }
        page(request, response, callback, toolkit, status, View.questionForm(refused.form()));
    }

    /**
     * Refuses a post before its body is read; the connection ends with it, so that what is left of
     * the body is never read as the next request, and the client sends no other on it.
     */
    private static void unread(
            Request request, Response response, Callback callback, int status, String message) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        ToolkitServer.send(
                request, response, callback, status, "text/plain; charset=utf-8", message, null);
    }

    private void page(
            Request request,
            Response response,
            Callback callback,
            Toolkit toolkit,
            int status,
            View view) {
        Locale locale = ToolkitServer.locale(request, toolkit);
        RenderOptions options = server.options(locale, false);
        String html = engine.render(toolkit, view, "html", options).content();
        response.getHeaders().put(HttpHeader.VARY, "Accept-Language");
        // A visitor's form holds their token and what they typed: no cache keeps it.
        ToolkitServer.send(
                request,
                response,
                callback,
                status,
                "text/html; charset=utf-8",
                html,
                null,
                "no-store");
    }
}
