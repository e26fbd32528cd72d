package vn.thidua.browser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ViewportSize;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks every page the browser journeys load: axe-core (no serious or critical
 * violation, at desktop and at phone width) and the Nu HTML checker (no error, on the
 * page's DOM as the browser holds it). Each distinct path is checked once per JVM, as axe
 * takes a while; a form shown again with its errors counts as a page of its own.
 * <p>
 * Every finding is also appended to {@code target/page-checks/findings.tsv}.
 */
final class PageChecks {

	static final int DESKTOP_WIDTH = 1366;

	static final int DESKTOP_HEIGHT = 900;

	private static final Path FINDINGS = Path.of("target", "page-checks", "findings.tsv");

	private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

	/** Pages not rendered by the application's templates. */
	private static final List<String> NOT_OURS = List.of("/swagger-ui", "/v3/api-docs", "/webjars/", "/api/",
			"/actuator");

	private static final Set<String> SERIOUS = Set.of("serious", "critical");

	private static SimpleDocumentValidator validator;

	static {
		try {
			Files.deleteIfExists(FINDINGS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PageChecks() {
	}

	/**
	 * Checks the page now shown, unless a page of the same path was checked before.
	 * @param page the page just loaded
	 * @param document the response that brought it: the Nu checker reads the markup the
	 * server sent, as the DOM a browser serialises has its nesting mended already
	 * @return readable problems, empty when the page passes or was checked before
	 */
	static List<String> checkOnce(Page page, Response document) {
		String url = page.url();
		if (!url.startsWith("http")) {
			return List.of();
		}
		String path = URI.create(url).getPath();
		if (NOT_OURS.stream().anyMatch(path::startsWith)) {
			return List.of();
		}
		Object state = page.evaluate("() => document.contentType === 'text/html' ? "
				+ "(document.querySelector('.is-invalid, [aria-invalid=true]') ? 'with errors' : 'shown') : null");
		if (state == null) {
			return List.of();
		}
		String key = path + " (" + state + ")";
		if (!CHECKED.add(key)) {
			return List.of();
		}
		try {
			String html = (document != null && document.url().equals(url) && document.ok()) ? document.text()
					: page.content();
			return check(page, url, html);
		}
		catch (RuntimeException ex) {
			// the page went away while being checked: check it at its next load
			CHECKED.remove(key);
			throw ex;
		}
	}

	private static List<String> check(Page page, String url, String html) {
		List<String> problems = new ArrayList<>();
		problems.addAll(validate(html, url));
		ViewportSize shown = page.viewportSize();
		boolean phone = shown.width < 768;
		problems.addAll(axe(page, url, phone ? "phone" : "desktop"));
		if (phone) {
			page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
		}
		else {
			page.setViewportSize(BrowserTestSupport.PHONE_WIDTH, BrowserTestSupport.PHONE_HEIGHT);
		}
		try {
			problems.addAll(axe(page, url, phone ? "desktop" : "phone"));
		}
		finally {
			page.setViewportSize(shown.width, shown.height);
		}
		return problems;
	}

	private static List<String> axe(Page page, String url, String viewport) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		AxeResults results = new AxeBuilder(page).options(options).analyze();
		List<String> problems = new ArrayList<>();
		if (results.isErrored()
				&& String.valueOf(results.getErrorMessage()).contains("Execution context was destroyed")) {
			// the page navigated while axe ran: checked again at its next load
			throw new PlaywrightException("navigated while axe ran on " + url);
		}
		if (results.isErrored()) {
			problems.add("axe could not run on " + url + ": " + results.getErrorMessage());
		}
		for (Rule rule : results.getViolations()) {
			if (!SERIOUS.contains(rule.getImpact())) {
				continue;
			}
			for (CheckedNode node : rule.getNodes()) {
				String problem = "axe " + rule.getId() + " (" + rule.getImpact() + ", " + viewport + ") at "
						+ node.getTarget() + " on " + url + ": " + rule.getHelp() + ((node.getFailureSummary() != null)
								? " (" + node.getFailureSummary().replaceAll("\\s+", " ").strip() + ")" : "");
				problems.add(problem);
				record(url, viewport, "axe", rule.getId(), String.valueOf(node.getTarget()));
			}
		}
		return problems;
	}

	private static synchronized List<String> validate(String html, String url) {
		List<String> problems = new ArrayList<>();
		String[] lines = html.split("\n", -1);
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				String line = (exception.getLineNumber() > 0 && exception.getLineNumber() <= lines.length)
						? lines[exception.getLineNumber() - 1] : "";
				int column = Math.max(0, Math.min(line.length(), exception.getColumnNumber() - 1));
				String excerpt = line.substring(Math.max(0, column - 100), column).strip();
				problems.add("Nu " + exception.getMessage() + " at \"" + excerpt + "\" on " + url);
				record(url, "-", "nu", exception.getMessage().replaceAll("“[^”]*”", "…"), excerpt);
			}

			@Override
			public void fatalError(SAXParseException exception) {
				error(exception);
			}

		};
		try {
			if (validator == null) {
				validator = new SimpleDocumentValidator(true, false, false);
				validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
			}
			validator.setUpValidatorAndParsers(handler, true, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setSystemId(url);
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			problems.add("Nu checker could not run on " + url + ": " + ex);
		}
		return problems;
	}

	private static synchronized void record(String url, String viewport, String tool, String rule, String target) {
		try {
			Files.createDirectories(FINDINGS.getParent());
			String line = String.join("\t", URI.create(url).getPath(), viewport, tool, rule,
					target.replaceAll("\\s+", " ")) + "\n";
			Files.writeString(FINDINGS, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
