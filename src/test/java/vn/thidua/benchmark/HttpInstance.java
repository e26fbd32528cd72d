package vn.thidua.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;

/**
 * The application started as a user would run it, in a JVM of its own with a small heap,
 * on the benchmark's database, and measured through real HTTP: sign-in with the form and
 * a session cookie, pages fetched as a browser fetches them.
 */
final class HttpInstance implements AutoCloseable {

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private HttpInstance(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts {@code ThiduaApplication} with {@code -Xmx512m} on the given database and
	 * waits until it says it is ready.
	 */
	static HttpInstance start(String jdbcUrl, String username, String heap, Path log, String... arguments)
			throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap));
		// extra options of the instances' JVMs, e.g. a flight recording to profile them
		String options = System.getProperty("benchmark.jvmOptions", "").trim();
		if (!options.isEmpty()) {
			command.addAll(List.of(options.replace("{log}", log.toString()).split("\\s+")));
		}
		command.addAll(List.of("-cp", classpath, "vn.thidua.ThiduaApplication", "--server.port=" + port,
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + username,
				"--spring.datasource.password=", "--thidua.demo.mode=false", "--thidua.db.statement-timeout=0",
				"--logging.level.root=WARN"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		HttpInstance instance = new HttpInstance(process, port);
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting; see " + log);
			}
			try {
				if (instance.get("/actuator/health/readiness", null).statusCode() == 200) {
					return instance;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		instance.close();
		throw new IllegalStateException("The application did not become ready; see " + log);
	}

	/** Signs in through the login form; returns the session cookie to send. */
	String signIn(String username, String password) throws Exception {
		HttpResponse<String> page = get("/login", null);
		String session = cookie(page);
		String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " refused: " + location);
		}
		return cookie(answer);
	}

	HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form (already encoded) with the session cookie; redirects not followed. */
	HttpResponse<String> post(String path, String session, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Milliseconds of each of {@code runs} requests, sorted, after {@code warmup}. */
	double[] time(String path, String session, int warmup, int runs) throws Exception {
		for (int i = 0; i < warmup; i++) {
			ok(path, session);
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			ok(path, session);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		java.util.Arrays.sort(times);
		return times;
	}

	/** A page to request and the session cookie to request it with. */
	record Request(String path, String session) {

	}

	/**
	 * Requests per second answered with 200 by {@code clients} clients during the time.
	 */
	double throughput(String path, String session, int clients, Duration during) throws Exception {
		return throughput(List.of(new Request(path, session)), clients, during);
	}

	/**
	 * Requests the pages one after the other, over and over, from {@code clients} clients
	 * during the time, so that the instance's JIT compiler has compiled what the pages
	 * run before any of them is measured: a server its users meet has been running for
	 * hours, and a fresh JVM answers the same page two to three times slower during its
	 * first few hundred requests (still interpreting, or running code compiled without
	 * profiles).
	 */
	void warmUp(List<Request> requests, int clients, Duration during) throws Exception {
		throughput(requests, clients, during);
	}

	/**
	 * Requests per second answered with 200 by {@code clients} clients during the time,
	 * each client requesting the pages in turn.
	 */
	private double throughput(List<Request> requests, int clients, Duration during) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong answered = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int first = i;
			Thread thread = new Thread(() -> {
				int next = first;
				while (running.get()) {
					Request request = requests.get(next++ % requests.size());
					try {
						if (get(request.path(), request.session()).statusCode() == 200) {
							answered.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
						}
					}
					catch (IOException ex) {
						failed.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}, "benchmark-client-" + i);
			threads.add(thread);
		}
		long start = System.nanoTime();
		threads.forEach(Thread::start);
		Thread.sleep(during.toMillis());
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (failed.get() > 0) {
			throw new IllegalStateException(failed.get() + " requests to "
					+ requests.stream().map(Request::path).distinct().toList() + " failed");
		}
		return answered.get() / seconds;
	}

	private void ok(String path, String session) throws Exception {
		int status = get(path, session).statusCode();
		if (status != 200) {
			throw new IllegalStateException(path + " answered " + status);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No session cookie"));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
