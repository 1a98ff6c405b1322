/**
 * Spring Boot auto-configuration of the toolkit: {@link
 * org.artofthepossible.toolkit.spring.ToolkitAutoConfiguration} and its {@code toolkit.*} {@link
 * org.artofthepossible.toolkit.spring.ToolkitProperties}.
 */
package org.artofthepossible.toolkit.spring;
