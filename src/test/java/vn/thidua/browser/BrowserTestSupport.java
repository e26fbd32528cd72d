package vn.thidua.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of the browser journeys: the real application on a random port, driven by Debian's
 * headless Chromium through Playwright (no browser download). Screenshots go to
 * {@code target/screenshots/}.
 * <p>
 * Without Chromium the journeys are skipped with a message saying how to install it; in
 * CI ({@code CI=true}) a missing browser fails the build instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	public static final String PASSWORD = "Demo@2026";

	/** A phone's viewport (iPhone 12-15 class). */
	public static final int PHONE_WIDTH = 390;

	public static final int PHONE_HEIGHT = 844;

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	private BrowserContext context;

	/** What the accessibility and HTML checks found on the pages this test loaded. */
	private final List<String> pageProblems = new ArrayList<>();

	/** The response of the page's last navigation, whose markup the checks read. */
	private Response lastDocument;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		synchronized (BrowserTestSupport.class) {
			if (browser != null) {
				return;
			}
			Path chromium = Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium"));
			if (!Files.isExecutable(chromium)) {
				String message = "Chromium not found at " + chromium
						+ ": install it with `apt-get install chromium` (or set CHROME_PATH) to run the browser journeys";
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					fail(message);
				}
				Assumptions.abort(message);
			}
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
							"--no-first-run", "--disable-background-networking", "--disable-component-update",
							"--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
	}

	@BeforeEach
	void openDesktop() {
		useViewport(1366, 900);
	}

	@AfterEach
	void closeContextAndReportPageProblems() {
		closeContext();
		if (!this.pageProblems.isEmpty()) {
			fail(this.pageProblems.size() + " accessibility or HTML problems on the pages of this test:\n"
					+ String.join("\n", this.pageProblems));
		}
	}

	private void closeContext() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	/** Starts a fresh browser session (no cookies) with the given viewport. */
	protected Page useViewport(int width, int height) {
		closeContext();
		// without motion, a page is checked as it settles: a button under the pointer
		// of the last click is not caught in the middle of its hover transition
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh")
			.setReducedMotion(ReducedMotion.REDUCE));
		// the page checks run while a test waits for its next page, and count in its wait
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
		this.page.onResponse(this::rememberDocument);
		this.page.onLoad(this::checkLoadedPage);
		return this.page;
	}

	private void rememberDocument(Response response) {
		if (response.request().isNavigationRequest() && response.frame() == this.page.mainFrame()) {
			this.lastDocument = response;
		}
	}

	private void checkLoadedPage(Page loaded) {
		try {
			this.pageProblems.addAll(PageChecks.checkOnce(loaded, this.lastDocument));
		}
		catch (PlaywrightException ex) {
			// navigated on or closed while being checked: the next load of the path
			// checks it
		}
		catch (RuntimeException ex) {
			// axe wraps the same case ("unable to inject") in a plain exception
			if (!(ex.getCause() instanceof PlaywrightException)) {
				throw ex;
			}
		}
	}

	protected Page usePhone() {
		return useViewport(PHONE_WIDTH, PHONE_HEIGHT);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page of the application. */
	protected void open(String path) {
		this.page.navigate(url(path));
	}

	/** Signs in through the login form and checks that the dashboard shows. */
	protected void login(String username) {
		open("/login");
		this.page.fill("#username", username);
		this.page.fill("#password", PASSWORD);
		this.page.click("#login-submit");
		this.page.waitForURL(url("/"));
		assertThat(this.page.locator("#dashboard").isVisible()).as("dashboard of " + username).isTrue();
	}

	/** Switches the interface language (remembered in a cookie) and reloads the page. */
	protected void switchLanguage(String language) {
		this.page.click("#lang-" + language);
		this.page.waitForLoadState();
	}

	/** Saves a full-page screenshot as {@code target/screenshots/NAME.png}. */
	protected Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Path file = SCREENSHOTS.resolve(name + ".png");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Screenshots the current page in Vietnamese and English at desktop width, and in
	 * Vietnamese on a phone.
	 */
	protected void screenshotEverywhere(String name) {
		String path = this.page.url().substring(url("").length());
		screenshot(name + "-vi");
		switchLanguage("en");
		screenshot(name + "-en");
		switchLanguage("vi");
		var cookies = this.context.cookies();
		int width = this.page.viewportSize().width;
		int height = this.page.viewportSize().height;
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		open(path);
		screenshot(name + "-phone");
		this.page.setViewportSize(width, height);
		assertThat(cookies).isNotEmpty();
	}

}
