package org.artofthepossible.toolkit.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.artofthepossible.toolkit.EngineListener;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.ClasspathSource;
import org.artofthepossible.toolkit.content.ContentSources;
import org.artofthepossible.toolkit.jackson3.ToolkitJackson3Module;
import org.artofthepossible.toolkit.render.json.ToolkitJacksonModule;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The toolkit in a Spring Boot application: a {@link ToolkitEngine} from the {@code toolkit.*}
 * properties, the request's {@link ToolkitRenderOptions}, the toolkit's Jackson module made for the
 * engine (Jackson 3 on Boot 4, Jackson 2 on Boot 3.5) so controllers return items and views as
 * canonical JSON, a {@code toolkit} health indicator and Micrometer meters. Every bean backs off
 * when the application defines its own.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"
        })
@EnableConfigurationProperties(ToolkitProperties.class)
@Import(Boot3Health.class)
public class ToolkitAutoConfiguration {
    /** The auto-configuration; Spring Boot creates it. */
    public ToolkitAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    ToolkitStatus toolkitStatus() {
        return new ToolkitStatus(Clock.systemUTC());
    }

    /**
     * The engine, loaded from {@code toolkit.content}; every {@link EngineListener} bean hears its
     * renders and reloads.
     */
    @Bean
    @ConditionalOnMissingBean
    ToolkitEngine toolkitEngine(
            ToolkitProperties properties,
            ObjectProvider<EngineListener> listeners,
            ToolkitStatus status) {
        ToolkitEngine.Builder builder =
                ToolkitEngine.builder()
                        .source(source(properties.getContent()))
                        .strict(properties.isStrict())
                        .cacheBytes(properties.getCacheSize().toBytes())
                        .recordCacheStats();
        listeners.orderedStream().forEach(builder::listener);
        ToolkitEngine engine = builder.build();
        status.loaded(engine);
        return engine;
    }

    @Bean
    @ConditionalOnMissingBean
    ToolkitRenderOptions toolkitRenderOptions(ToolkitEngine engine, ToolkitProperties properties) {
        return new ToolkitRenderOptions(engine, properties);
    }

    /** The content {@code toolkit.content} names; the bundled toolkit when it names none. */
    static ContentSource source(String content) {
        if (content.isEmpty()) {
            return BundledToolkit.source();
        }
        if (content.startsWith("classpath:")) {
            String root = content.substring("classpath:".length()).replaceAll("^/+|/+$", "");
            return ClasspathSource.of(root, Thread.currentThread().getContextClassLoader());
        }
        Path path = Path.of(content);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(
                    "toolkit.content names "
                            + path.toAbsolutePath()
                            + ", which does not exist: give a content folder, a zip file, or"
                            + " classpath:FOLDER");
        }
        return ContentSources.of(path);
    }

    /**
     * Items and views as canonical JSON from Spring Boot 4's Jackson 3 mapper. Not on Boot 3.5,
     * whose Jackson 2 annotations are too old for Jackson 3 even when its jars are present.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
                "org.artofthepossible.toolkit.jackson3.ToolkitJackson3Module"
            })
    static class Jackson3Json {
        @Bean
        @ConditionalOnMissingBean
        ToolkitJackson3Module toolkitJackson3Module(
                ToolkitEngine engine, ToolkitRenderOptions options) {
            return ToolkitJackson3Module.of(engine, options);
        }
    }

    /** Items and views as canonical JSON from a Jackson 2 mapper (Spring Boot 3.5's). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    static class Jackson2Json {
        @Bean
        @ConditionalOnMissingBean
        ToolkitJacksonModule toolkitJacksonModule(
                ToolkitEngine engine, ToolkitRenderOptions options) {
            return ToolkitJacksonModule.of(engine, options);
        }
    }

    /** The {@code toolkit} health component of Spring Boot 4's Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4Health {
        @Bean
        @ConditionalOnMissingBean(name = "toolkitHealthIndicator")
        org.springframework.boot.health.contributor.HealthIndicator toolkitHealthIndicator(
                ToolkitEngine engine, ToolkitStatus status) {
            return () ->
                    org.springframework.boot.health.contributor.Health.up()
                            .withDetails(status.details(engine.toolkit()))
                            .build();
        }
    }

    /**
     * The site's pages and JSON under {@code toolkit.web.path}, when {@code toolkit.web.enabled}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
    @ConditionalOnProperty(prefix = "toolkit.web", name = "enabled", havingValue = "true")
    static class Web {
        @Bean
        @ConditionalOnMissingBean(name = "toolkitRoutes")
        RouterFunction<ServerResponse> toolkitRoutes(
                ToolkitEngine engine, ToolkitRenderOptions options, ToolkitProperties properties) {
            return new ToolkitRoutes(engine, options, properties.getWeb().prefix()).routes();
        }
    }

    /** Render and reload timers and the render cache's meters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Meters {
        @Bean
        @ConditionalOnMissingBean
        ToolkitMeters toolkitMeters(ObjectProvider<ToolkitEngine> engine) {
            return new ToolkitMeters(engine::getObject);
        }
    }
}
