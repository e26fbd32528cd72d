package vn.thidua;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates show no hard-coded text (every visible word comes from the message bundles,
 * so that both languages are complete) and contain nothing the Content-Security-Policy
 * blocks (inline scripts, event-handler attributes, style attributes).
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void templatesHaveNoHardCodedTextAndNothingTheContentSecurityPolicyBlocks() {
		List<String> problems = new ArrayList<>();
		for (String template : I18nTests.files(TEMPLATES, ".html")) {
			for (String problem : Checker.check(I18nTests.read(TEMPLATES.resolve(template)))) {
				problems.add(template + ":" + problem);
			}
		}
		assertThat(problems).as("hard-coded text or CSP violations in templates").isEmpty();
	}

	@Test
	void checkerReportsAHardCodedWord() {
		assertThat(Checker.check("<div><h1>Danh sách đơn vị</h1></div>")).singleElement()
			.asString()
			.contains("<h1>", "Danh sách đơn vị");
		assertThat(Checker.check("<p><span th:text=\"#{a}\"></span> Tổng</p>")).singleElement()
			.asString()
			.contains("<p>", "Tổng");
		assertThat(Checker.check("<select><option value=\"\">All</option></select>")).hasSize(1);
		assertThat(Checker.check("<th:block th:each=\"x : ${xs}\">Xem</th:block>")).hasSize(1);
		assertThat(Checker.check("<select th:field=\"*{kind}\"><option value=\"\">Tất cả</option></select>"))
			.hasSize(1);
	}

	@Test
	void checkerAcceptsTextThatComesFromMessages() {
		assertThat(Checker.check("""
				<html><head><title th:text="#{app.name}">Thi đua</title></head>
				<body>
				<h1 th:text="#{unit.title}">Đơn vị</h1>
				<p th:utext="#{unit.help}">Hướng <b>dẫn</b></p>
				<span th:replace="~{fragments/audit :: history(${h})}">Lịch sử</span>
				<div th:insert="~{x :: y}">Nội dung mẫu</div>
				<span th:remove="all">Prototype only</span>
				<div class="invalid-feedback" th:errors="*{name}">Lỗi</div>
				<span sec:authentication="principal.fullName">Họ tên</span>
				<p>[[#{common.total(${page.totalElements})}]]</p>
				<p>[(${@fmt.number(n)})]</p>
				<li><span th:text="#{${c.field}}"></span>: <span th:text="${c.old}"></span> → —</li>
				<a th:href="@{''(lang='vi')}" id="lang-vi">VI</a>
				<a th:href="@{''(lang='en')}" id="lang-en">EN</a>
				<p>403 · 2026 – 96,47%</p>
				<!-- Ghi chú cho người phát triển -->
				<script th:src="@{/js/app.js}"></script>
				<script type="application/json" id="chart-data">{"label": "Tháng"}</script>
				</body></html>
				""")).isEmpty();
	}

	@Test
	void checkerReportsLiteralAttributesWithoutTheirThymeleafVariant() {
		assertThat(Checker.check("<input placeholder=\"Tìm kiếm\">")).singleElement()
			.asString()
			.contains("placeholder");
		assertThat(Checker.check("<a title=\"Sửa\" href=\"#\"></a>")).singleElement().asString().contains("title");
		assertThat(Checker.check("<button aria-label=\"Close\"></button>")).singleElement()
			.asString()
			.contains("aria-label");
		assertThat(Checker.check("<img alt=\"Logo\" src=\"x.svg\">")).singleElement().asString().contains("alt");
		assertThat(Checker.check("<button data-confirm=\"Xóa?\"></button>")).singleElement()
			.asString()
			.contains("data-confirm");
		assertThat(Checker.check("<input type=\"submit\" value=\"Lưu\">")).singleElement().asString().contains("value");
		assertThat(Checker.check("""
				<input placeholder="dd/mm/yyyy" th:placeholder="#{common.datePlaceholder}">
				<a title="Sửa" th:title="#{common.edit}"></a>
				<img alt="" src="x.svg">
				<img alt="Logo" th:attr="alt=#{app.logo}">
				<input type="text" value="abc">
				<input type="hidden" name="q" value="abc">
				""")).isEmpty();
	}

	@Test
	void checkerReportsWhatTheContentSecurityPolicyBlocks() {
		assertThat(Checker.check("<script>alert(1)</script>")).singleElement().asString().contains("inline script");
		assertThat(Checker.check("<script th:inline=\"javascript\">var x = [[${x}]];</script>")).hasSize(1);
		assertThat(Checker.check("<button onclick=\"go()\"></button>")).singleElement().asString().contains("onclick");
		assertThat(Checker.check("<button th:onclick=\"|go(${id})|\"></button>")).hasSize(1);
		assertThat(Checker.check("<form hx-on::after-request=\"reset()\"></form>")).hasSize(1);
		assertThat(Checker.check("<div style=\"color: red\"></div>")).singleElement().asString().contains("style");
		assertThat(Checker.check("<div th:style=\"'width:' + ${w}\"></div>")).hasSize(1);
		assertThat(Checker.check("<a href=\"javascript:void(0)\"></a>")).singleElement()
			.asString()
			.contains("javascript:");
		assertThat(Checker.check("<div class=\"one\" data-online=\"1\" hx-get=\"/x\"></div>")).isEmpty();
	}

	@Test
	void checkerGivesTheLineOfTheProblem() {
		assertThat(Checker.check("<div>\n<p th:text=\"#{a}\"></p>\n<p>Xin chào</p>\n</div>")).singleElement()
			.asString()
			.startsWith("3:");
	}

	/**
	 * Finds the problems in one template. Text counts as hard-coded when it has a letter
	 * and no Thymeleaf attribute replaces it at rendering time.
	 */
	static final class Checker {

		/** Own texts allowed as they are: the language switch's codes. */
		private static final Set<String> ALLOWED_TEXT = Set.of("VI", "EN");

		/** Attributes that replace or remove the element's body when rendered. */
		private static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "insert", "include",
				"substituteby", "errors");

		/** Attributes users see or hear, which need a {@code th:} variant. */
		private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt",
				"data-confirm", "label", "aria-description", "aria-placeholder", "aria-roledescription");

		private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

		private static final Pattern LETTER = Pattern.compile("\\p{L}");

		/** Thymeleaf inlined expressions: {@code [[...]]} and {@code [(...)]}. */
		private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

		private Checker() {
		}

		static List<String> check(String html) {
			Parser parser = Parser.htmlParser().setTrackPosition(true);
			Document document = Jsoup.parse(html, "", parser);
			List<String> problems = new ArrayList<>();
			for (Element element : document.getAllElements()) {
				checkScript(element, problems);
				checkAttributes(element, problems);
				checkOwnText(element, problems);
			}
			return problems;
		}

		private static void checkScript(Element element, List<String> problems) {
			if (!element.normalName().equals("script")) {
				return;
			}
			String type = element.attr("type").toLowerCase(Locale.ROOT);
			// a JSON data block is not executed, so the policy allows it
			if (!type.endsWith("json") && !element.data().isBlank()) {
				problems.add(line(element) + " inline script: move it to static/js/<feature>.js");
			}
		}

		private static void checkAttributes(Element element, List<String> problems) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String plain = withoutThymeleafPrefix(name);
				if (plain.startsWith("on") || plain.startsWith("hx-on") || plain.startsWith("data-hx-on")) {
					problems.add(line(element) + " " + name + "= event handler attribute: use static/js/<feature>.js");
				}
				else if (plain.equals("style") || plain.equals("styleappend")) {
					problems.add(line(element) + " " + name + "= style attribute: use a class in static/css/app.css");
				}
				else if (attribute.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
					problems.add(line(element) + " " + name + "= javascript: URL");
				}
			}
			for (String name : VISIBLE_ATTRIBUTES) {
				literalAttribute(element, name, problems);
			}
			if (element.normalName().equals("input")
					&& BUTTON_INPUTS.contains(element.attr("type").toLowerCase(Locale.ROOT))) {
				literalAttribute(element, "value", problems);
			}
		}

		private static void literalAttribute(Element element, String name, List<String> problems) {
			if (!element.hasAttr(name) || !LETTER.matcher(element.attr(name)).find()) {
				return;
			}
			if (hasThymeleaf(element, name) || setByThAttr(element, name)) {
				return;
			}
			problems.add(line(element) + " <" + element.normalName() + "> has a literal " + name + "=\""
					+ element.attr(name) + "\": use th:" + name + "=\"#{...}\"");
		}

		private static void checkOwnText(Element element, List<String> problems) {
			String tag = element.normalName();
			if (tag.equals("script") || tag.equals("style") || replacedWhenRendered(element)) {
				return;
			}
			for (TextNode node : element.textNodes()) {
				String text = INLINED.matcher(node.text()).replaceAll(" ").trim();
				if (LETTER.matcher(text).find() && !ALLOWED_TEXT.contains(text)) {
					problems.add(
							line(node) + " <" + tag + "> has hard-coded text \"" + text + "\": use th:text=\"#{...}\"");
				}
			}
		}

		/**
		 * Whether the element or one of its ancestors has its body replaced or removed.
		 */
		private static boolean replacedWhenRendered(Element element) {
			for (Element e = element; e != null; e = e.parent()) {
				for (String name : BODY_REPLACING) {
					if (hasThymeleaf(e, name)) {
						return true;
					}
				}
				String remove = thymeleafValue(e, "remove");
				if (remove != null && (remove.equals("all") || remove.equals("body"))) {
					return true;
				}
				// th:field fills a textarea's body (on a select, the options stay)
				if (e.hasAttr("sec:authentication")
						|| (e.normalName().equals("textarea") && hasThymeleaf(e, "field"))) {
					return true;
				}
			}
			return false;
		}

		private static boolean hasThymeleaf(Element element, String name) {
			return thymeleafValue(element, name) != null;
		}

		private static String thymeleafValue(Element element, String name) {
			if (element.hasAttr("th:" + name)) {
				return element.attr("th:" + name).trim();
			}
			if (element.hasAttr("data-th-" + name)) {
				return element.attr("data-th-" + name).trim();
			}
			return null;
		}

		private static boolean setByThAttr(Element element, String name) {
			String attr = thymeleafValue(element, "attr");
			if (attr == null) {
				// th:alt-title and th:lang-xmllang set two attributes at once
				return name.equals("alt") || name.equals("title") ? hasThymeleaf(element, "alt-title") : false;
			}
			return Pattern.compile("(^|,)\\s*" + Pattern.quote(name) + "\\s*=").matcher(attr).find();
		}

		private static String withoutThymeleafPrefix(String name) {
			if (name.startsWith("th:")) {
				return name.substring(3);
			}
			if (name.startsWith("data-th-")) {
				return name.substring(8);
			}
			return name;
		}

		private static String line(org.jsoup.nodes.Node node) {
			return node.sourceRange().start().lineNumber() + ":";
		}

	}

}
