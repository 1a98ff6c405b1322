package org.artofthepossible.toolkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.Money;
import org.artofthepossible.toolkit.model.Outcome;
import org.junit.jupiter.api.Test;

class ContentDigestTest {
    private static String digest(Object... values) {
        var digest = new ContentDigest();
        for (Object value : values) {
            digest.add(value);
        }
        return digest.hex();
    }

    @Test
    void equalValuesDigestEquallyAndAsSha256Hex() {
        var link = new Link("Report", "https://example.org/r");
        assertThat(digest(link, List.of(1, 2)))
                .isEqualTo(digest(new Link("Report", "https://example.org/r"), List.of(1, 2)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void valuesThatPrintAlikeOrRunTogetherDigestApart() {
        assertThat(
                        List.of(
                                digest("ab", "c"),
                                digest("a", "bc"),
                                digest(List.of("a", "b")),
                                digest(List.of("a"), "b"),
                                digest(Optional.empty()),
                                digest((Object) null),
                                digest(OptionalInt.empty()),
                                digest(""),
                                digest("1"),
                                digest(1),
                                digest(new Outcome("a", Optional.of("b"))),
                                digest(new Outcome("a", Optional.empty())),
                                digest(new Link("a", "b")),
                                digest(new Link("b", "a")),
                                digest(Map.of("a", "b")),
                                digest(
                                        new Money(
                                                new BigDecimal("7.7"),
                                                Currency.getInstance("GBP"))),
                                digest(
                                        new Money(
                                                new BigDecimal("7.70"),
                                                Currency.getInstance("GBP")))))
                .doesNotHaveDuplicates();
    }

    @Test
    void longTextAndMapsInTheirOrder() {
        String longText = "é".repeat(5000);
        assertThat(digest(longText)).isNotEqualTo(digest(longText + "x"));
        var ab = new LinkedHashMap<String, String>();
        ab.put("a", "1");
        ab.put("b", "2");
        var ba = new LinkedHashMap<String, String>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(digest(ab)).isNotEqualTo(digest(ba));
    }

    @Test
    void feedsTextAsATagItsLengthAndItsUtf16CodeUnits() throws Exception {
        // Longer than the digest's buffer, and its characters starting at an odd offset in it,
        // so that a byte of room is left over where it flushes.
        String text = "é’x".repeat(700);
        var expected = MessageDigest.getInstance("SHA-256");
        expected.update(new byte[] {'0', 's', 0, 0, 0, 1, 0, '1', 's'});
        expected.update(ByteBuffer.allocate(4).putInt(text.length()).array());
        expected.update(text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(digest(null, "1", text)).isEqualTo(HexFormat.of().formatHex(expected.digest()));
    }
}
