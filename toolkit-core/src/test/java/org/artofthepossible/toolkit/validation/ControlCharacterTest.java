package org.artofthepossible.toolkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharacterTest {
    @Test
    void controlsAreForbiddenButTabsAndLineEndsAreText() {
        assertThat("\u0000\u0007\u001b\u007f\u0085\u009b".chars())
                .allSatisfy(
                        c ->
                                assertThat(ControlCharacter.isForbidden((char) c.intValue()))
                                        .as("U+%04X", c)
                                        .isTrue());
        assertThat("\t\n\r aé€\u00a0\u202e".chars())
                .allSatisfy(
                        c ->
                                assertThat(ControlCharacter.isForbidden((char) c.intValue()))
                                        .as("U+%04X", c)
                                        .isFalse());
    }
}
