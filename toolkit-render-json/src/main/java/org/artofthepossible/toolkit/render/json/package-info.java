/** The {@code json} renderer plugin. */
@NullMarked
package org.artofthepossible.toolkit.render.json;

import org.jspecify.annotations.NullMarked;
