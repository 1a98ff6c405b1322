/**
 * The content model: immutable records for toolkit items and their parts, vocabularies and the
 * menu. No component is ever null; absent values are empty {@code Optional}s or collections.
 */
@NullMarked
package org.artofthepossible.toolkit.model;

import org.jspecify.annotations.NullMarked;
