package vn.thidua.shared.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Form records that keep their form when a value does not convert. A record form is built
 * through its constructor; when a value is not of its type ({@code year=abc}), the binder
 * still builds the record, with nothing for that value, and records a field error. But
 * the binding result was opened before the record existed, so it holds no target, and the
 * page shown again would get {@code null} as its form (and fail while rendering, a 500).
 * Here the binding result of such a binding is opened again on the record built, with the
 * same errors, so that every form page shows the form with the value refused and its
 * message: a 400-class answer, never a 500, for any record form.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

	@Bean
	WebMvcRegistrations formRecordBinding() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new RequestMappingHandlerAdapter() {

					@Override
					protected InitBinderDataBinderFactory createDataBinderFactory(
							List<InvocableHandlerMethod> binderMethods) {
						return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

							@Override
							protected ServletRequestDataBinder createBinderInstance(@Nullable Object target,
									String objectName, NativeWebRequest request) {
								return new RecordFormBinder(target, objectName);
							}

						};
					}

				};
			}

		};
	}

	/** A request binder whose binding result always holds the object built. */
	static class RecordFormBinder extends ExtendedServletRequestDataBinder {

		private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

		private @Nullable AbstractPropertyBindingResult reopened;

		RecordFormBinder(@Nullable Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		public void construct(ValueResolver valueResolver) {
			// a list built through a constructor is as long as its highest index: the
			// same
			// bounds as for a list bound through setters, refused the same way (400)
			for (String name : valueResolver.getNames()) {
				Matcher index = INDEX.matcher(name);
				while (index.find()) {
					String value = index.group(1);
					if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > InputBounds.MAX_LIST_INDEX) {
						throw new InvalidPropertyException(
								getTargetType() == null ? Object.class : getTargetType().toClass(), name,
								"List index out of bounds");
					}
				}
			}
			super.construct(valueResolver);
			AbstractPropertyBindingResult failed = super.getInternalBindingResult();
			if (getTarget() != null && failed.getTarget() == null) {
				AbstractPropertyBindingResult result = createBeanPropertyBindingResult();
				result.addAllErrors(failed);
				// the values shown back go through the same editors as those bound
				InputBounds.registerEditors(result.getPropertyAccessor());
				this.reopened = result;
			}
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			return this.reopened != null ? this.reopened : super.getInternalBindingResult();
		}

	}

}
