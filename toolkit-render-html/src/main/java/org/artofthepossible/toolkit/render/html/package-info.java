/** The {@code html} renderer plugin. */
@NullMarked
package org.artofthepossible.toolkit.render.html;

import org.jspecify.annotations.NullMarked;
