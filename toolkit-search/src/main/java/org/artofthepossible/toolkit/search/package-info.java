/**
 * Full-text search of toolkit snapshots: {@link ToolkitSearch} and {@link SearchRequest}. Results
 * are {@link org.artofthepossible.toolkit.SearchResults}, rendered as {@link
 * org.artofthepossible.toolkit.View#search(org.artofthepossible.toolkit.SearchResults)}.
 */
@NullMarked
package org.artofthepossible.toolkit.search;

import org.jspecify.annotations.NullMarked;
