/**
 * The extension points: content sources and loaders, renderers and validation rules. Plugins
 * implement a provider, register it in {@code META-INF/services} and with {@code provides} in their
 * {@code module-info.java}, and the engine finds it.
 */
@NullMarked
package org.artofthepossible.toolkit.spi;

import org.jspecify.annotations.NullMarked;
