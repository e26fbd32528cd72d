package vn.thidua.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import vn.thidua.shared.text.VietnameseText;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and is remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale ENGLISH = Locale.ENGLISH;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("thidua-lang");
		resolver.setDefaultLocale(VietnameseText.VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setRejectInvalidCookies(true);
		// only the server reads it; no script needs the language
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/**
	 * Takes the place of the resource URL filter Spring Boot registers for Thymeleaf
	 * (same dispatcher types), so that only WebJar links are looked up.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> webJarUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new WebJarUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
