package org.artofthepossible.toolkit.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads content once for a test class and injects it into test methods that declare a parameter of
 * type {@link org.artofthepossible.toolkit.Toolkit}, {@link
 * org.artofthepossible.toolkit.ToolkitEngine} or {@link org.artofthepossible.toolkit.LoadResult}.
 *
 * <pre>{@code
 * @ToolkitContent(directory = "src/main/content")
 * class MyContentTest {
 *     @Test
 *     void isValid(LoadResult content) {
 *         ToolkitAssertions.assertThat(content).isValid().hasNoWarnings();
 *     }
 * }
 * }</pre>
 *
 * <p>Name at most one of {@link #directory()} (a folder or zip file, relative to the working
 * directory) and {@link #classpath()} (a resource folder); with neither, the bundled E3M toolkit is
 * loaded.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ToolkitExtension.class)
public @interface ToolkitContent {
    /**
     * A content folder or zip file.
     *
     * @return the path, or empty
     */
    String directory() default "";

    /**
     * A content folder on the test class path.
     *
     * @return the resource folder, or empty
     */
    String classpath() default "";
}
