package org.artofthepossible.toolkit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;

/**
 * The escaper writes what {@code Encode.forHtml} and {@code Encode.forHtmlAttribute} return, for
 * strings short and long enough to overflow its buffers, with markup, quotes, controls, non-Latin
 * text and surrogates, paired and lone, including at the ends.
 */
class EscaperTest {
    private static final String CHARACTERS =
            "a~?@0#%;\t\n\r\u001f <>&\"'`=/\u0000\u0008\u000b\u007f\u0085\u00e9\u2019\u2028\ufffe\uffff\ud83d\ude00";

    @Test
    void writesWhatTheEncoderReturns() {
        var random = new Random(42L);
        var out = new StringBuilder();
        var escaper = new Escaper(out);
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(10) == 0 ? random.nextInt(5_000) : random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
            int before = out.length();
            String expected;
            if (random.nextBoolean()) {
                escaper.text(text.toString());
                expected = Encode.forHtml(text.toString());
            } else {
                escaper.attribute(text.toString());
                expected = Encode.forHtmlAttribute(text.toString());
            }
            assertThat(out.substring(before)).as("%s", text).isEqualTo(expected);
        }
    }

    @Test
    void writesWhatTheEncoderReturnsForEveryCharacterBelowU3000() {
        var out = new StringBuilder();
        var escaper = new Escaper(out);
        for (char c = 0; c < 0x3000; c++) {
            String text = "plain " + c + " text";
            int before = out.length();
            escaper.text(text);
            assertThat(out.substring(before)).as("U+%04X", (int) c).isEqualTo(Encode.forHtml(text));
            before = out.length();
            escaper.attribute(text);
            assertThat(out.substring(before))
                    .as("U+%04X", (int) c)
                    .isEqualTo(Encode.forHtmlAttribute(text));
        }
    }
}
