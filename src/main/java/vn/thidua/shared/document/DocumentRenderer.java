package vn.thidua.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders the printed documents (văn bản in) of the application: a Thymeleaf template in
 * the layout of {@code templates/document/layout.html} becomes an HTML page (the print
 * view) or a PDF file.
 * <p>
 * The PDF embeds Liberation Serif (metric-compatible with Times New Roman, the font of
 * Decree 30/2020) from the classpath, so that Vietnamese prints and copies the same on
 * every machine. The renderer never reaches the network or the file system: the police
 * intranet has no internet, and a document must not depend on what a server has
 * installed. Only classpath resources under {@code static/} and {@code data:} URIs are
 * served to it.
 */
@Component
public class DocumentRenderer {

	/** The font family the document CSS asks for. */
	public static final String FONT_FAMILY = "Liberation Serif";

	/** Model attribute telling templates they are rendered to PDF. */
	public static final String PDF_FLAG = "documentPdf";

	/**
	 * Model attribute telling templates they are rendered outside a web request, by this
	 * class: no toolbar, no context-relative links ({@code @{...}} needs a request).
	 */
	public static final String STANDALONE_FLAG = "documentStandalone";

	private static final Logger log = LoggerFactory.getLogger(DocumentRenderer.class);

	private static final String CLASSPATH = "classpath:";

	/** Where page-relative URLs of the templates ("/css/document.css") are looked up. */
	private static final String STATIC_ROOT = "static";

	private static final String[][] FONTS = { { "LiberationSerif-Regular.ttf", "400", "NORMAL" },
			{ "LiberationSerif-Bold.ttf", "700", "NORMAL" }, { "LiberationSerif-Italic.ttf", "400", "ITALIC" },
			{ "LiberationSerif-BoldItalic.ttf", "700", "ITALIC" } };

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	private final Map<String, byte[]> fonts = new HashMap<>();

	public DocumentRenderer(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
		for (String[] font : FONTS) {
			this.fonts.put(font[0], read(new ClassPathResource("liberation/" + font[0])));
		}
	}

	/** The document as an HTML page, in the given language. */
	public String html(String template, Map<String, ?> model, Locale locale) {
		return render(template, model, locale, false);
	}

	/** The document as PDF bytes, in the given language. */
	public byte[] pdf(String template, Map<String, ?> model, Locale locale) {
		String html = render(template, model, locale, true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("thidua");
			// tagged PDF (PDF/UA): headings, tables and reading order for screen readers,
			// the title and the language taken from the page
			builder.usePdfUaAccessibility(true);
			for (String[] font : FONTS) {
				byte[] bytes = this.fonts.get(font[0]);
				// subset = true: only the glyphs used are embedded, which keeps files
				// small
				builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), FONT_FAMILY, Integer.valueOf(font[1]),
						FontStyle.valueOf(font[2]), true);
			}
			builder.useUriResolver(DocumentRenderer::resolve);
			FSStreamFactory classpath = DocumentRenderer::open;
			builder.useProtocolsStreamImplementation(classpath, "classpath");
			builder.useHttpStreamImplementation(uri -> {
				log.warn("Refused to fetch {} for a document", uri);
				return null;
			});
			builder.useExternalResourceAccessControl((uri, type) -> allowed(uri),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(html, CLASSPATH + "/" + STATIC_ROOT + "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String render(String template, Map<String, ?> model, Locale locale, boolean pdf) {
		Context context = new Context(locale);
		context.setVariables(new HashMap<>(model));
		context.setVariable(PDF_FLAG, pdf);
		context.setVariable(STANDALONE_FLAG, true);
		// lets templates use beans such as @fmt outside a web request
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		return this.templates.process(template, context);
	}

	/**
	 * Resolves a URL of a document against the classpath: "/css/document.css" becomes
	 * "classpath:/static/css/document.css"; anything else than the classpath and data
	 * URIs is refused ({@code null}).
	 */
	static String resolve(String base, String uri) {
		if (uri == null) {
			return null;
		}
		if (uri.startsWith("data:")) {
			return uri;
		}
		String resolved;
		if (uri.startsWith(CLASSPATH)) {
			resolved = uri;
		}
		else if (uri.startsWith("/") && !uri.startsWith("//")) {
			resolved = CLASSPATH + "/" + STATIC_ROOT + uri;
		}
		else if (!uri.contains(":") && !uri.startsWith("/") && base != null && base.startsWith(CLASSPATH)) {
			resolved = base.substring(0, base.lastIndexOf('/') + 1) + uri;
		}
		else {
			log.warn("Refused external resource {} in a document", uri);
			return null;
		}
		return allowed(resolved) ? resolved : null;
	}

	static boolean allowed(String uri) {
		if (uri == null) {
			return false;
		}
		if (uri.startsWith("data:")) {
			return true;
		}
		return uri.startsWith(CLASSPATH + "/" + STATIC_ROOT + "/") && !uri.contains("..");
	}

	private static FSStream open(String uri) {
		if (!allowed(uri)) {
			log.warn("Refused resource {} in a document", uri);
			return null;
		}
		String path = uri.substring(CLASSPATH.length() + 1);
		Resource resource = new ClassPathResource(path);
		return new FSStream() {

			@Override
			public InputStream getStream() {
				try {
					return resource.getInputStream();
				}
				catch (IOException ex) {
					log.warn("Missing resource {} in a document", uri);
					return null;
				}
			}

			@Override
			public Reader getReader() {
				InputStream stream = getStream();
				return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
			}

		};
	}

	private static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Font " + resource + " missing from the classpath", ex);
		}
	}

}
