package vn.thidua;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a reverse proxy: a session
 * opened on one is valid on the other (sessions live in PostgreSQL), a conflicting edit
 * made through both answers one success and one 409, and nothing is scheduled in either
 * instance, so nothing can run twice. The second instance honours forwarded headers as it
 * would behind a TLS-terminating proxy: its session cookie is Secure, HSTS is sent and
 * the audit trail records the client's address, not the proxy's.
 */
class TwoInstancesTests {

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() {
		// command-line arguments, as an operator would start them (they win over
		// application.yml)
		first = new SpringApplicationBuilder(ThiduaApplication.class).run("--server.port=0");
		second = new SpringApplicationBuilder(ThiduaApplication.class).run("--server.port=0",
				"--server.forward-headers-strategy=native");
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void sessionOpenedOnOneInstanceIsValidOnTheOther() throws Exception {
		String session = signIn(first, "staff", Map.of());

		HttpResponse<String> dashboard = get(second, "/", session, Map.of());
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(dashboard.body()).select("form[action$=/logout]")).isNotEmpty();

		HttpResponse<String> anonymous = get(second, "/", null, Map.of());
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	/**
	 * Opening a page does not rewrite the session's row (no write, so no wait for the
	 * database's log on every request) until its stored last access is a minute old.
	 */
	@Test
	void pagesRewriteTheSessionOnlyOnceItsLastAccessIsAMinuteOld() throws Exception {
		JdbcClient jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
		String session = signIn(first, "leader", Map.of());
		String id = new String(java.util.Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
		assertThat(get(first, "/", session, Map.of()).statusCode()).isEqualTo(200);
		Map<String, Object> before = sessionRow(jdbc, id);

		for (var instance : List.of(second, first, second)) {
			assertThat(get(instance, "/", session, Map.of()).statusCode()).isEqualTo(200);
		}
		assertThat(sessionRow(jdbc, id)).as("the row was not written again").isEqualTo(before);

		long stale = (Long) before.get("last_access_time") - 61_000;
		jdbc.sql("""
				update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint
				where session_id = ?""").params(stale, stale, id).update();
		Map<String, Object> aged = sessionRow(jdbc, id);
		long requested = System.currentTimeMillis();
		assertThat(get(second, "/", session, Map.of()).statusCode()).isEqualTo(200);
		Map<String, Object> after = sessionRow(jdbc, id);
		assertThat(after.get("xmin")).as("the row was written").isNotEqualTo(aged.get("xmin"));
		assertThat((Long) after.get("last_access_time")).isGreaterThanOrEqualTo(requested);
		assertThat((Long) after.get("expiry_time")).isEqualTo((Long) after.get("last_access_time") + 8 * 3_600_000L);
	}

	private static Map<String, Object> sessionRow(JdbcClient jdbc, String id) {
		return jdbc.sql("""
				select xmin::text as xmin, last_access_time, expiry_time from spring_session
				where session_id = ?""").param(id).query().singleRow();
	}

	@Test
	void conflictingEditsThroughBothInstancesAnswerOneSuccessAndOneConflict() throws Exception {
		JdbcClient jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
		// a unit that takes part in nothing else the tests look at
		long unitId = jdbc.sql("""
				select u.id from unit u
				where u.valid_to is null and u.parent_id is not null
				  and not exists (select 1 from cluster_member m where m.unit_id = u.id)
				order by u.id desc limit 1""").query(Long.class).single();
		int headcount = jdbc.sql("select headcount from unit where id = ?").param(unitId).query(Integer.class).single();

		String onFirst = signIn(first, "staff", Map.of());
		String onSecond = signIn(second, "staff", Map.of());
		Map<String, String> formOnFirst = editForm(first, unitId, onFirst);
		Map<String, String> formOnSecond = editForm(second, unitId, onSecond);
		assertThat(formOnFirst.get("version")).isEqualTo(formOnSecond.get("version"));

		formOnFirst.put("headcount", String.valueOf(headcount + 1));
		formOnSecond.put("headcount", String.valueOf(headcount + 2));
		HttpResponse<String> saved = post(first, "/units/" + unitId, onFirst, formOnFirst, Map.of());
		HttpResponse<String> refused = post(second, "/units/" + unitId, onSecond, formOnSecond, Map.of());

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).text()).isNotBlank();
		assertThat(jdbc.sql("select headcount from unit where id = ?").param(unitId).query(Integer.class).single())
			.isEqualTo(headcount + 1);

		// put the unit back as it was, through the page, with the current version
		Map<String, String> again = editForm(first, unitId, onFirst);
		again.put("headcount", String.valueOf(headcount));
		assertThat(post(first, "/units/" + unitId, onFirst, again, Map.of()).statusCode()).isEqualTo(302);
	}

	@Test
	void nothingIsScheduledSoNothingRunsTwice() {
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			assertThat(instance.getBeansOfType(ScheduledTaskHolder.class).values())
				.allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
		}
	}

	@Test
	void behindTlsProxyCookieIsSecureHstsIsSentAndAuditHasClientAddress() throws Exception {
		Map<String, String> forwarded = Map.of("X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");
		HttpResponse<String> login = get(second, "/login", null, forwarded);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();

		String session = signIn(second, "leader", forwarded);
		assertThat(session).isNotNull();

		JdbcClient jdbc = JdbcClient.create(second.getBean(javax.sql.DataSource.class));
		Optional<String> address = jdbc.sql("""
				select remote_addr from audit_event where actor = 'leader'
				order by id desc limit 1""").query(String.class).optional();
		assertThat(address).contains("203.0.113.7");

		// without forwarded headers the first instance sees the connection as it is
		HttpResponse<String> plain = get(first, "/login", null, forwarded);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void apiAnswersCarryTheSameProtectiveHeadersAsPages() throws Exception {
		String basic = "Basic "
				+ java.util.Base64.getEncoder().encodeToString("staff:Demo@2026".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> api = this.http.send(HttpRequest.newBuilder(uri(first, "/api/v1/units"))
			.header("Authorization", basic)
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> page = get(first, "/login", null, Map.of());
		assertThat(api.statusCode()).isEqualTo(200);
		for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
				"Content-Security-Policy", "Cache-Control")) {
			assertThat(page.headers().firstValue(header)).as("page " + header).isPresent();
			assertThat(api.headers().firstValue(header)).as("API " + header).isPresent();
		}
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("thidua-lang"));
		HttpResponse<String> english = get(first, "/login?lang=en", null, Map.of());
		assertThat(english.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("thidua-lang="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
	}

	/** Signs in through the login form; returns the SESSION cookie's value. */
	private String signIn(ConfigurableApplicationContext instance, String username, Map<String, String> headers)
			throws Exception {
		HttpResponse<String> page = get(instance, "/login", null, headers);
		String session = cookie(page, "SESSION");
		String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", "Demo@2026");
		form.put("_csrf", csrf);
		HttpResponse<String> answer = post(instance, "/login", session, form, headers);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		if (headers.containsKey("X-Forwarded-Proto")) {
			assertThat(answer.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
				.singleElement()
				.satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
		}
		return cookie(answer, "SESSION");
	}

	private Map<String, String> editForm(ConfigurableApplicationContext instance, long unitId, String session)
			throws Exception {
		HttpResponse<String> page = get(instance, "/units/" + unitId + "/edit", session, Map.of());
		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		Element form = document.selectFirst("form[method=post][action$=/units/" + unitId + "]");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String value = switch (input.tagName()) {
				case "select" -> {
					Element selected = input.selectFirst("option[selected]");
					yield selected == null ? "" : selected.attr("value");
				}
				case "textarea" -> input.text();
				default -> input.attr("value");
			};
			fields.putIfAbsent(input.attr("name"), value);
		}
		return fields;
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session,
			Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
		headers.forEach(request::header);
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session,
			Map<String, String> form, Map<String, String> headers) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

}
