package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The engine reads a file whole, or up to its size limit plus one byte, whatever size the stream
 * says it has: streams that tell their size exactly, too little, too much or nothing.
 */
class ReadAtMostTest {
    private static InputStream telling(byte[] bytes, int told) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int available() {
                return told;
            }
        };
    }

    private static byte[] bytes(int length) {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    @Test
    void readsTheWholeStreamWhateverItsSizeIsSaidToBe() throws IOException {
        for (int length : new int[] {0, 1, 100, 9_000, 20_000}) {
            byte[] content = bytes(length);
            for (int told : new int[] {0, 1, length / 2, length, length + 50, 1 << 20}) {
                assertThat(ToolkitEngine.readAtMost(telling(content, told), 30_000))
                        .as("%d bytes told %d", length, told)
                        .isEqualTo(content);
            }
        }
    }

    @Test
    void stopsAtTheLimit() throws IOException {
        byte[] content = bytes(5_000);
        for (int told : new int[] {0, 10, 1_000, 1_001, 5_000}) {
            assertThat(ToolkitEngine.readAtMost(telling(content, told), 1_001))
                    .as("told %d", told)
                    .isEqualTo(Arrays.copyOf(content, 1_001));
        }
        assertThat(ToolkitEngine.readAtMost(telling(content, 5_000), 5_000)).isEqualTo(content);
    }
}
