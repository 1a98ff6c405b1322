package org.artofthepossible.toolkit.spring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The {@code toolkit} health component of Spring Boot 3.5's Actuator, whose {@code
 * org.springframework.boot.actuate.health.HealthIndicator} Boot 4 no longer has. This module is
 * compiled against Boot 4, so the indicator is made by reflection: a proxy of Boot 3.5's interface
 * whose {@code health()} builds {@code Health.up().withDetails(...)}, registered with that
 * interface as its type so the Actuator finds it. Nothing is registered without that interface.
 */
final class Boot3Health
        implements ImportBeanDefinitionRegistrar, BeanFactoryAware, BeanClassLoaderAware {
    static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
    static final String HEALTH = "org.springframework.boot.actuate.health.Health";

    private BeanFactory beanFactory;
    private ClassLoader classLoader;

    @Override
    public void setBeanFactory(BeanFactory value) {
        this.beanFactory = value;
    }

    @Override
    public void setBeanClassLoader(ClassLoader value) {
        this.classLoader = value;
    }

    @Override
    public void registerBeanDefinitions(
            AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        if (!ClassUtils.isPresent(INDICATOR, classLoader)
                || registry.containsBeanDefinition("toolkitHealthIndicator")) {
            return;
        }
        Class<?> indicator = ClassUtils.resolveClassName(INDICATOR, classLoader);
        var definition = new RootBeanDefinition();
        definition.setTargetType(indicator);
        definition.setInstanceSupplier(() -> indicator(indicator));
        registry.registerBeanDefinition("toolkitHealthIndicator", definition);
    }

    private Object indicator(Class<?> indicator) {
        ToolkitEngine engine = beanFactory.getBean(ToolkitEngine.class);
        ToolkitStatus status = beanFactory.getBean(ToolkitStatus.class);
        Class<?> health = ClassUtils.resolveClassName(HEALTH, classLoader);
        InvocationHandler handler =
                (proxy, method, arguments) -> {
                    if (method.getName().equals("health") && method.getParameterCount() == 0) {
                        return health(health, status.details(engine.toolkit()));
                    }
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, arguments);
                    }
                    return switch (method.getName()) {
                        case "toString" -> "toolkit health indicator";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == arguments[0];
                        default -> throw new UnsupportedOperationException(method.toString());
                    };
                };
        return Proxy.newProxyInstance(classLoader, new Class<?>[] {indicator}, handler);
    }

    /** {@code Health.up().withDetails(details).build()}. */
    private static Object health(Class<?> health, Map<String, Object> details) {
        Object builder = ReflectionUtils.invokeMethod(method(health, "up"), null);
        Class<?> builderType = builder.getClass();
        builder =
                ReflectionUtils.invokeMethod(
                        method(builderType, "withDetails", Map.class), builder, details);
        return ReflectionUtils.invokeMethod(method(builderType, "build"), builder);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        Method method = ReflectionUtils.findMethod(type, name, parameters);
        if (method == null) {
            throw new IllegalStateException(type.getName() + " has no method " + name);
        }
        return method;
    }
}
