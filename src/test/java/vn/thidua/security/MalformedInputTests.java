package vn.thidua.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Malformed values sent to every endpoint of the access-control matrix, as a role allowed
 * to use it and with a valid CSRF token: each field and parameter the endpoint binds
 * gets, one at a time, values that its type cannot hold (text that is not a number,
 * numbers with huge exponents or too many digits, dates beyond what the database stores,
 * NUL characters, 100,000 characters, list indexes out of bounds, unknown enum values),
 * and the API gets malformed JSON. No answer may be a server error or a page cut off, and
 * nothing in the database may change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTests {

	static final String HUGE = "9".repeat(100_000);

	static final String NUL = "a\u0000b";

	/** String fields of forms that hold figures as typed (the result entry lines). */
	static final Set<String> FIGURE_TEXT = Set.of("amount", "numerator", "denominator", "lastYear", "thisPeriod");

	/**
	 * Not a number, negative, too many digits, an exponent to expand, a NUL character.
	 */
	static final List<String> NUMBERS = List.of("abc", "-1", "9".repeat(40), "1e1000000", NUL);

	/** Not a date, a year beyond what the database stores, a NUL character. */
	static final List<String> DATES = List.of("abc", "+999999999-12-31", NUL);

	static final List<String> MONTHS = List.of("+999999999-12", "2026-13", NUL);

	static final List<String> TEXT = List.of(HUGE, NUL);

	/** An unknown enum value (or whatever else the type is), a NUL character. */
	static final List<String> OTHER = List.of("NOT_A_VALUE", NUL);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final AccessControlMatrixTests matrix = new AccessControlMatrixTests();

	/**
	 * Row counts and the versions of the rows (xmin), per table: cheap after each row.
	 */
	String rowsQuery;

	/** One signed-in user per role, looked up once. */
	final Map<String, RequestPostProcessor> signedIn = new HashMap<>();

	@BeforeAll
	void makeTheMatrixObjects() {
		this.matrix.jdbc = this.jdbc;
		this.matrix.nameAStatisticalForm();
		this.matrix.findObjectsOfTheOtherUnit();
		this.matrix.findReportsOfTheOtherUnit();
		this.matrix.findCovenantsOfTheOtherUnit();
		this.matrix.makeAVotingSessionOfTheOtherUnit();
		this.matrix.makeAReopenRequestOfTheOtherUnit();
		this.matrix.makeAwardDecisionsOfTheOtherUnit();
		this.matrix.makeADossierOfTheOtherUnit();
		this.matrix.makeAGoodDeedOfTheOtherUnit();
		List<String> tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name not like 'spring_session%' and table_name <> 'flyway_schema_history'
				order by table_name
				""").query(String.class).list();
		// any insert, update or delete changes the count or the sum of the rows' xmin
		this.rowsQuery = String.join("\nunion all\n", tables.stream()
			.map(t -> "select '" + t + "' || ':' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from " + t)
			.toList());

	}

	/** One malformed request: where it goes and what it sends. */
	record Attempt(String role, String method, String path, Map<String, String> parameters, String json) {

		@Override
		public String toString() {
			String shown = this.json != null ? this.json : this.parameters.toString();
			return this.method + " " + this.path + " as " + this.role + ": "
					+ (shown.length() > 120 ? shown.substring(0, 120) + "…" : shown);
		}

	}

	@Test
	void noMalformedValueAnswersAServerErrorOrChangesTheDatabase() throws Exception {
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		int size = 0;
		for (AccessControlMatrixTests.Row row : AccessControlMatrixTests.matrix()) {
			String role = AccessControlMatrixTests.ROLES.stream()
				.filter(row.allowed()::contains)
				.findFirst()
				.orElse(null);
			if (role == null) {
				continue;
			}
			List<Attempt> attempts = attempts(row, role);
			if (attempts.isEmpty()) {
				continue;
			}
			List<String> before = checksums();
			for (Attempt attempt : attempts) {
				size++;
				String failure = send(attempt);
				if (failure != null) {
					failures.add(failure);
				}
			}
			List<String> after = checksums();
			if (!before.equals(after) && !actsWithoutInput(row)) {
				List<String> changed = new ArrayList<>(after);
				changed.removeAll(before);
				failures.add(row.key() + ": the database changed " + changed);
			}
		}
		System.out.println("Malformed-input catalogue: " + size + " requests in "
				+ (System.nanoTime() - started) / 1_000_000_000 + " s, " + failures.size() + " failures");
		failures.forEach(f -> System.out.println("  " + f));
		assertThat(failures).as("malformed requests answered badly").isEmpty();
	}

	@Test
	void aFigureWithAHugeExponentIsRefusedAtOnce() throws Exception {
		String report = String.valueOf(this.matrix.ids.get("otherReport"));
		String value = String.valueOf(this.matrix.ids.get("otherValue"));
		// the first request of a test JVM compiles the fragment: not what is measured
		this.mvc.perform(post("/results/" + report + "/rows/" + value).with(csrf())
			.with(TestUsers.as(this.users, "leader"))
			.header("HX-Request", "true")
			.param("index", "0")
			.param("entries[0].valueId", value)
			.param("entries[0].amount", "1"));
		long start = System.nanoTime();
		MockHttpServletResponse preview = this.mvc
			.perform(post("/results/" + report + "/rows/" + value).with(csrf())
				.with(TestUsers.as(this.users, "leader"))
				.header("HX-Request", "true")
				.param("index", "0")
				.param("entries[0].valueId", value)
				.param("entries[0].amount", "1e1000000"))
			.andReturn()
			.getResponse();
		long previewMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		MockHttpServletResponse api = this.mvc
			.perform(put("/api/v1/results/" + report + "/values").with(csrf())
				.with(TestUsers.as(this.users, "other.officer"))
				.contentType("application/json")
				.content("[{\"indicator\": \"MT.1\", \"value\": 1e1000000}]"))
			.andReturn()
			.getResponse();
		long apiMillis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("1e1000000 refused: row preview in " + previewMillis + " ms (" + preview.getStatus()
				+ "), API in " + apiMillis + " ms (" + api.getStatus() + ")");
		assertThat(preview.getStatus()).isEqualTo(200);
		assertThat(preview.getContentAsString()).doesNotContain("0000000000");
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(previewMillis).isLessThan(10_000);
		assertThat(apiMillis).isLessThan(10_000);
	}

	private List<String> checksums() {
		return this.jdbc.sql(this.rowsQuery).query(String.class).list();
	}

	private String send(Attempt attempt) {
		MockHttpServletRequestBuilder request = switch (attempt.method()) {
			case "GET" -> get(attempt.path());
			case "PUT" -> put(attempt.path()).with(csrf());
			default -> post(attempt.path()).with(csrf());
		};
		if (attempt.json() != null) {
			request.contentType("application/json").content(attempt.json());
		}
		attempt.parameters().forEach(request::param);
		boolean api = attempt.path().startsWith("/api/");
		long start = System.nanoTime();
		try {
			MockHttpServletResponse response = this.mvc
				.perform(request
					.with(this.signedIn.computeIfAbsent(attempt.role(), role -> TestUsers.as(this.users, role)))
					.header("Accept", api ? "application/json" : "text/html"))
				.andReturn()
				.getResponse();
			int status = response.getStatus();
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (millis > 1000) {
				System.out.println("Slow malformed request (" + millis + " ms): " + attempt);
			}
			if (status >= 500) {
				return attempt + " answered " + status;
			}
			String type = response.getContentType() == null ? "" : response.getContentType();
			if (type.startsWith("text/html")) {
				String body = response.getContentAsString();
				if (body.contains("<html") && !body.stripTrailing().endsWith("</html>")) {
					return attempt + " answered a page cut off (" + status + ")";
				}
			}
			else if (type.contains("json")) {
				String body = response.getContentAsString().strip();
				if (!body.isEmpty() && !(body.endsWith("}") || body.endsWith("]"))) {
					return attempt + " answered JSON cut off (" + status + ")";
				}
			}
			return null;
		}
		catch (Exception ex) {
			return attempt + " threw " + ex;
		}
	}

	/** The malformed requests of one row of the matrix. */
	private List<Attempt> attempts(AccessControlMatrixTests.Row row, String role) {
		String[] pathAndQuery = this.matrix.expand(row.path()).split("\\?", 2);
		String path = pathAndQuery[0];
		Map<String, String> query = new LinkedHashMap<>();
		if (pathAndQuery.length > 1) {
			for (String pair : pathAndQuery[1].split("&")) {
				String[] kv = pair.split("=", 2);
				query.put(kv[0], kv.length > 1 ? kv[1] : "");
			}
		}
		List<Attempt> attempts = new ArrayList<>();
		// a malformed id in the path names nothing
		if (row.path().split("\\?")[0].contains("{")) {
			for (String id : List.of("abc", "99999999999999999999")) {
				attempts.add(new Attempt(role, row.method(), row.path().split("\\?")[0].replaceAll("\\{[^}]+}", id),
						query, null));
			}
		}
		HandlerMethod handler = handler(row);
		if (handler == null) {
			return attempts;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestHeader.class) || type == MultipartFile.class) {
				continue;
			}
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				json().forEach(body -> attempts.add(new Attempt(role, row.method(), path, query, body)));
				continue;
			}
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			if (annotation != null || BeanUtils.isSimpleProperty(type)) {
				String name = annotation != null && StringUtils.hasText(annotation.name()) ? annotation.name()
						: parameter.getParameterName();
				if (annotation != null && Map.class.isAssignableFrom(type)) {
					continue;
				}
				for (String value : values(name, type, parameter.getGenericParameterType())) {
					Map<String, String> parameters = new LinkedHashMap<>(query);
					parameters.put(name, value);
					attempts.add(new Attempt(role, row.method(), path, parameters, null));
				}
			}
			else if (type.getName().startsWith("vn.thidua.")) {
				for (Map.Entry<String, String> field : formFields("", type, 0)) {
					Map<String, String> parameters = new LinkedHashMap<>(query);
					parameters.put(field.getKey(), field.getValue());
					attempts.add(new Attempt(role, row.method(), path, parameters, null));
				}
			}
		}
		return attempts;
	}

	/**
	 * A button that needs nothing but its path (disable an account, with an optional
	 * reason cut to its length): whatever text comes with it, it does what it says.
	 */
	private boolean actsWithoutInput(AccessControlMatrixTests.Row row) {
		HandlerMethod handler = handler(row);
		if (handler == null || row.method().equals("GET")) {
			return false;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			boolean optionalText = param != null && !param.required() && type == String.class;
			boolean plumbing = !type.getName().startsWith("vn.thidua.") && param == null
					&& !parameter.hasParameterAnnotation(RequestBody.class) && !BeanUtils.isSimpleProperty(type);
			if (!(optionalText || plumbing || parameter.hasParameterAnnotation(PathVariable.class))) {
				return false;
			}
		}
		return true;
	}

	private HandlerMethod handler(AccessControlMatrixTests.Row row) {
		String wanted = AccessControlMatrixTests.normalise(row.path());
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			var methods = entry.getKey().getMethodsCondition().getMethods();
			boolean method = methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals(row.method()));
			if (method && entry.getKey()
				.getPatternValues()
				.stream()
				.anyMatch(p -> AccessControlMatrixTests.normalise(p).equals(wanted))) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** Each field of a form object with each of its malformed values, one at a time. */
	private List<Map.Entry<String, String>> formFields(String prefix, Class<?> type, int depth) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Map<String, String> defaults = defaults(type);
		for (Map.Entry<String, Type> property : properties(type).entrySet()) {
			String name = prefix + property.getKey();
			Type generic = property.getValue();
			Class<?> raw = raw(generic);
			if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
				Class<?> element = element(generic, raw);
				for (String index : List.of("[300]", "[-1]")) {
					fields.add(Map.entry(name + index + (isForm(element) ? "." + firstProperty(element) : ""), "1"));
				}
				if (isForm(element) && depth < 2) {
					fields.addAll(formFields(name + "[0].", element, depth + 1));
				}
				else {
					values(property.getKey(), element, element).forEach(v -> fields.add(Map.entry(name, v)));
				}
			}
			else if (isForm(raw) && depth < 2) {
				fields.addAll(formFields(name + ".", raw, depth + 1));
			}
			else {
				// sending a field's own default is the same as not sending it: not
				// malformed
				values(property.getKey(), raw, generic).stream()
					.filter(v -> !v.equals(defaults.get(property.getKey())))
					.forEach(v -> fields.add(Map.entry(name, v)));
			}
		}
		return fields;
	}

	/** The simple properties of a new form, as text (none for a record). */
	private static Map<String, String> defaults(Class<?> type) {
		Map<String, String> defaults = new HashMap<>();
		if (type.isRecord()) {
			return defaults;
		}
		try {
			BeanWrapper form = new BeanWrapperImpl(BeanUtils.instantiateClass(type));
			for (var descriptor : form.getPropertyDescriptors()) {
				if (descriptor.getReadMethod() != null && BeanUtils.isSimpleValueType(descriptor.getPropertyType())) {
					Object value = form.getPropertyValue(descriptor.getName());
					if (value != null) {
						defaults.put(descriptor.getName(), String.valueOf(value));
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// no public no-argument constructor: no defaults
		}
		return defaults;
	}

	private static boolean isForm(Class<?> type) {
		return type.getName().startsWith("vn.thidua.") && !type.isEnum();
	}

	private static String firstProperty(Class<?> type) {
		return properties(type).keySet().stream().findFirst().orElse("x");
	}

	private static Map<String, Type> properties(Class<?> type) {
		Map<String, Type> properties = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				properties.put(component.getName(), component.getGenericType());
			}
		}
		else {
			for (var descriptor : BeanUtils.getPropertyDescriptors(type)) {
				if (descriptor.getWriteMethod() != null) {
					properties.put(descriptor.getName(), descriptor.getWriteMethod().getGenericParameterTypes()[0]);
				}
			}
		}
		return properties;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		return Object.class;
	}

	private static Class<?> element(Type generic, Class<?> raw) {
		if (raw.isArray()) {
			return raw.getComponentType();
		}
		if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
			return raw(p.getActualTypeArguments()[0]);
		}
		return String.class;
	}

	/** The malformed values for a field of this name and type. */
	private static List<String> values(String name, Class<?> type, Type generic) {
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return values(name, element(generic, type), element(generic, type));
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class
				|| type == double.class || type == BigDecimal.class) {
			return NUMBERS;
		}
		if (type == LocalDate.class) {
			return DATES;
		}
		if (type == YearMonth.class) {
			return MONTHS;
		}
		if (type == String.class) {
			if (FIGURE_TEXT.contains(name)) {
				return NUMBERS;
			}
			if (name.equals("month")) {
				return MONTHS;
			}
			if (name.equals("from") || name.equals("to") || name.equals("until")) {
				return DATES;
			}
			return TEXT;
		}
		return OTHER;
	}

	/** Malformed bodies for the API: numbers out of bounds, text too long, bad JSON. */
	private static List<String> json() {
		String line = "[{\"indicator\": \"MT.1\", %s}]";
		List<String> bodies = new ArrayList<>();
		for (String number : List.of("1e1000000", "\"1e1000000\"", "9".repeat(60), "\"abc\"")) {
			bodies.add(line.formatted("\"value\": " + number));
		}
		bodies.add(line.formatted("\"numerator\": -1e1000000"));
		bodies.add(line.formatted("\"note\": \"" + "x".repeat(100_000) + "\""));
		bodies.add(line.formatted("\"note\": \"a\\u0000b\""));
		bodies.add(line.formatted("\"done\": \"maybe\""));
		bodies.add("{not json");
		bodies.add("{\"indicator\": \"MT.1\"}");
		bodies.add("[null, 1, \"x\"]");
		bodies.add("[".repeat(5000) + "]".repeat(5000));
		bodies.add("[" + "{\"indicator\": \"MT.1\"},".repeat(100_000) + "{}]");
		return bodies;
	}

}
