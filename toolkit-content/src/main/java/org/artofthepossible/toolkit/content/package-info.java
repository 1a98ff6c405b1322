/** Content sources: where toolkit content is read from. */
@NullMarked
package org.artofthepossible.toolkit.content;

import org.jspecify.annotations.NullMarked;
