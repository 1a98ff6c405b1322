/**
 * The test kit: {@link org.artofthepossible.toolkit.test.ToolkitAssertions} for content and
 * rendered output, {@link org.artofthepossible.toolkit.test.ToolkitContent} to load content into
 * JUnit 5 tests, and {@link org.artofthepossible.toolkit.test.RendererConformance} for renderer
 * plugins.
 */
@NullMarked
package org.artofthepossible.toolkit.test;

import org.jspecify.annotations.NullMarked;
