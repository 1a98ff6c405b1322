/**
 * The entry points: {@link org.artofthepossible.toolkit.ToolkitEngine} (load, render, reload),
 * {@link org.artofthepossible.toolkit.Toolkit} (an immutable snapshot to query), views and render
 * options, and the plugin registry.
 */
@NullMarked
package org.artofthepossible.toolkit;

import org.jspecify.annotations.NullMarked;
