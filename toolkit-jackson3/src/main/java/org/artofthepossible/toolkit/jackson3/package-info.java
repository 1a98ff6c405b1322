/** The toolkit's Jackson 3 module. */
@NullMarked
package org.artofthepossible.toolkit.jackson3;

import org.jspecify.annotations.NullMarked;
