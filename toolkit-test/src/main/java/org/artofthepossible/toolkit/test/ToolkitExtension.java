package org.artofthepossible.toolkit.test;

import java.nio.file.Files;
import java.nio.file.Path;
import org.artofthepossible.toolkit.LoadResult;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.ClasspathSource;
import org.artofthepossible.toolkit.content.ContentSources;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Loads the content a {@link ToolkitContent} annotation names, once per test class. */
public final class ToolkitExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ToolkitExtension.class);

    /** Created by JUnit. */
    public ToolkitExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Toolkit.class || type == ToolkitEngine.class || type == LoadResult.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ToolkitEngine engine =
                context.getRoot()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(
                                testClass, ToolkitExtension::load, ToolkitEngine.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == ToolkitEngine.class) {
            return engine;
        }
        if (type == Toolkit.class) {
            return engine.toolkit();
        }
        return new LoadResult(engine.toolkit(), engine.diagnostics());
    }

    private static ToolkitEngine load(Class<?> testClass) {
        ToolkitContent content = testClass.getAnnotation(ToolkitContent.class);
        return ToolkitEngine.builder().source(source(content, testClass)).build();
    }

    private static ContentSource source(ToolkitContent content, Class<?> testClass) {
        if (content == null || (content.directory().isEmpty() && content.classpath().isEmpty())) {
            return BundledToolkit.source();
        }
        if (!content.directory().isEmpty() && !content.classpath().isEmpty()) {
            throw new ExtensionConfigurationException(
                    "@ToolkitContent on "
                            + testClass.getName()
                            + " names both a directory and a class path folder; name one");
        }
        if (!content.classpath().isEmpty()) {
            return ClasspathSource.of(content.classpath(), testClass.getClassLoader());
        }
        Path path = Path.of(content.directory());
        if (!Files.exists(path)) {
            throw new ExtensionConfigurationException(
                    "@ToolkitContent on "
                            + testClass.getName()
                            + ": no folder or zip file "
                            + path.toAbsolutePath());
        }
        return ContentSources.of(path);
    }
}
