package vn.thidua.shared.text;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The application's messages (thông điệp): the bundles listed in
 * {@code spring.messages.basename}, one per feature, read once and merged into one table
 * per language. Spring Boot's default source asks each of the 28 bundles in turn for
 * every message, which made looking up messages about a tenth of the time a page with
 * many labels spends in Java. No key is defined in two bundles ({@code I18nTests}), so
 * the merged table answers what the bundles did. The settings stay those of
 * {@code spring.messages}; the files are read once (they are part of the application),
 * whatever {@code spring.messages.cache-duration} says.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source
			.setBasenames(properties.getBasename().stream().map((name) -> "classpath:" + name).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		// a negative cache time is what makes the source answer from the merged table
		source.setCacheMillis(-1);
		return source;
	}

}
