/** Diagnostics, their codes, and the URL policy shared by the validator and the renderers. */
@NullMarked
package org.artofthepossible.toolkit.validation;

import org.jspecify.annotations.NullMarked;
