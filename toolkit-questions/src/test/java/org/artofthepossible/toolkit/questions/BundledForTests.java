package org.artofthepossible.toolkit.questions;

import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;

/** The bundled toolkit, loaded once for the tests that check topics against it. */
final class BundledForTests {
    static final Toolkit TOOLKIT =
            ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();

    private BundledForTests() {}
}
