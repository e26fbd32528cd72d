package vn.thidua;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.thidua.award.title.AwardKind;
import vn.thidua.award.title.DisciplineLevel;
import vn.thidua.award.title.ListState;
import vn.thidua.award.title.RecognitionKind;
import vn.thidua.award.title.RecognitionLevel;
import vn.thidua.award.title.TaskClass;
import vn.thidua.award.title.Title;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.security.Role;
import vn.thidua.voting.Award;
import vn.thidua.voting.CandidateResult;
import vn.thidua.voting.Choice;
import vn.thidua.voting.ElectorateKind;
import vn.thidua.voting.QuestionOutcome;
import vn.thidua.voting.SessionState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text must exist in Vietnamese (the default, {@code X.properties}) and English
 * ({@code X_en.properties}). Each test fails with the full list of what is missing, so a
 * forgotten translation is found at build time and not by a user.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA_SOURCES = Path.of("src/main/java");

	private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

	/** Enums shown to users: each constant needs an {@code EnumName.VALUE} label. */
	private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(UnitKind.class, Role.class,
			Award.class, SessionState.class, ElectorateKind.class, Choice.class, QuestionOutcome.class,
			CandidateResult.class, TaskClass.class, DisciplineLevel.class, Title.class, AwardKind.class,
			RecognitionKind.class, RecognitionLevel.class, ListState.class, vn.thidua.award.catalogue.Authority.class,
			vn.thidua.award.catalogue.RecipientType.class, vn.thidua.award.catalogue.CatalogueCategory.class,
			vn.thidua.award.decision.DecisionKind.class, vn.thidua.award.decision.DecisionState.class);

	/**
	 * A literal key in a message expression: {@code #{unit.title}} or
	 * {@code #{x.y(${a})}}.
	 */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z_][\\w.\\-]*)\\s*[(}]");

	/**
	 * A Java string literal that is entirely a dotted name, e.g.
	 * {@code "unit.error.codeTaken"}, and not the start of a concatenation
	 * ({@code "unit.help" + i}).
	 */
	private static final Pattern DOTTED_LITERAL = Pattern
		.compile("\"([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"(?!\\s*\\+)");

	/**
	 * An audit record with a literal action, whose label is {@code AuditAction.ACTION}.
	 */
	private static final Pattern AUDIT_ACTION = Pattern.compile("AuditRecord\\.of\\(\\s*\"([A-Z0-9_]+)\"");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	/** A single quote that is not doubled: MessageFormat would swallow it. */
	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() {
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			Path english = MESSAGES.resolve(bundle + "_en.properties");
			if (!Files.exists(english)) {
				problems.add(bundle + ": no English file " + english.getFileName());
				continue;
			}
			Set<String> vi = load(MESSAGES.resolve(bundle + ".properties")).keySet();
			Set<String> en = load(english).keySet();
			difference(vi, en).forEach(key -> problems.add(bundle + "_en.properties: missing " + key));
			difference(en, vi).forEach(key -> problems.add(bundle + ".properties: missing " + key));
		}
		for (String file : files(MESSAGES, ".properties")) {
			String name = file.replace(".properties", "");
			if (name.contains("_") && !name.endsWith("_en")) {
				problems.add(file + ": unexpected language; bundles are X.properties (vi) and X_en.properties");
			}
			if (name.endsWith("_en") && !Files.exists(MESSAGES.resolve(name.replace("_en", "") + ".properties"))) {
				problems.add(file + ": no Vietnamese file " + name.replace("_en", "") + ".properties");
			}
		}
		assertThat(problems).as("keys that differ between languages").isEmpty();
	}

	@Test
	void noMessageIsEmptyOrDefinedTwice() {
		List<String> problems = new ArrayList<>();
		for (String file : files(MESSAGES, ".properties")) {
			Bundle bundle = load(MESSAGES.resolve(file));
			bundle.values().forEach((key, value) -> {
				if (value.isBlank()) {
					problems.add(file + ": empty " + key);
				}
			});
			bundle.duplicates().forEach(key -> problems.add(file + ": " + key + " is defined more than once"));
		}
		assertThat(problems).as("empty or duplicated messages").isEmpty();
	}

	@Test
	void argumentsAreTheSameInBothLanguagesAndQuotesAreDoubled() {
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			Path english = MESSAGES.resolve(bundle + "_en.properties");
			Map<String, String> vi = load(MESSAGES.resolve(bundle + ".properties")).values();
			Map<String, String> en = Files.exists(english) ? load(english).values() : Map.of();
			vi.forEach((key, value) -> {
				if (en.containsKey(key) && !arguments(value).equals(arguments(en.get(key)))) {
					problems.add(bundle + ": " + key + " has arguments " + arguments(value) + " in Vietnamese but "
							+ arguments(en.get(key)) + " in English");
				}
			});
			Map<String, Map<String, String>> both = Map.of(bundle + ".properties", vi, bundle + "_en.properties", en);
			both.forEach((file, messages) -> messages.forEach((key, value) -> {
				if (!arguments(value).isEmpty() && LONE_QUOTE.matcher(value).find()) {
					problems.add(file + ": " + key + " has arguments, so its apostrophes must be doubled ('')");
				}
			}));
		}
		assertThat(problems).as("message arguments").isEmpty();
	}

	@Test
	void everyBundleIsLoadedByTheApplication() {
		Set<String> basenames = new LinkedHashSet<>();
		try (Reader reader = Files.newBufferedReader(APPLICATION_YML, StandardCharsets.UTF_8)) {
			Map<String, Object> yaml = new Yaml().load(reader);
			Object value = nested(yaml, "spring", "messages", "basename");
			for (String name : String.valueOf(value).split(",")) {
				basenames.add(name.trim());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			if (!basenames.contains("messages/" + bundle)) {
				problems.add("messages/" + bundle + " is not listed in spring.messages.basename");
			}
		}
		for (String basename : basenames) {
			if (!Files.exists(Path.of("src/main/resources", basename + ".properties"))) {
				problems.add(basename + " is listed in spring.messages.basename but has no file");
			}
		}
		assertThat(problems).as("bundles and spring.messages.basename").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInTemplatesExistsInBothLanguages() {
		Set<String> vi = allKeys(false);
		Set<String> en = allKeys(true);
		List<String> problems = new ArrayList<>();
		for (String template : files(TEMPLATES, ".html")) {
			for (String key : literalKeys(read(TEMPLATES.resolve(template)))) {
				if (!vi.contains(key)) {
					problems.add(template + ": " + key + " missing in Vietnamese");
				}
				if (!en.contains(key)) {
					problems.add(template + ": " + key + " missing in English");
				}
			}
		}
		assertThat(problems).as("message keys used by templates").isEmpty();
	}

	/**
	 * Keys in Java code (business-rule messages, flash messages, audit field labels): a
	 * literal counts as a key when its first part is the first part of some existing key
	 * ("unit", "cluster", ...), so that property names and file names are not taken for
	 * keys.
	 */
	@Test
	void everyMessageKeyUsedInJavaCodeExistsInBothLanguages() {
		Set<String> vi = allKeys(false);
		Set<String> en = allKeys(true);
		Set<String> prefixes = new TreeSet<>();
		vi.forEach(key -> prefixes.add(key.substring(0, Math.max(key.indexOf('.'), 0))));
		List<String> problems = new ArrayList<>();
		for (String source : files(JAVA_SOURCES, ".java")) {
			String code = read(JAVA_SOURCES.resolve(source));
			for (String key : javaKeys(code, prefixes)) {
				if (!vi.contains(key)) {
					problems.add(source + ": " + key + " missing in Vietnamese");
				}
				if (!en.contains(key)) {
					problems.add(source + ": " + key + " missing in English");
				}
			}
		}
		assertThat(problems).as("message keys used in Java code").isEmpty();
	}

	@Test
	void everyEnumConstantShownToUsersHasALabelInBothLanguages() {
		Set<String> vi = allKeys(false);
		Set<String> en = allKeys(true);
		List<String> problems = new ArrayList<>();
		for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = type.getSimpleName() + "." + constant.name();
				if (!vi.contains(key)) {
					problems.add(key + " missing in Vietnamese");
				}
				if (!en.contains(key)) {
					problems.add(key + " missing in English");
				}
			}
		}
		assertThat(problems).as("enum labels").isEmpty();
	}

	@Test
	void findsLiteralKeysButNotComputedOnes() {
		String html = """
				<h1 th:text="#{unit.title}"></h1>
				<p th:text="#{ common.pageOf(${page.number + 1}, ${page.totalPages}) }"></p>
				<span th:text="#{'AuditAction.' + ${e.action}}"></span>
				<span th:text="#{${flashSuccess}(${flashArgs})}"></span>
				<input th:placeholder="#{unit.search.placeholder}">
				""";
		assertThat(literalKeys(html)).containsExactly("unit.title", "common.pageOf", "unit.search.placeholder");
	}

	@Test
	void findsKeysAndAuditActionsInJavaCode() {
		String code = """
				throw new BusinessRuleException("kind", "unit.error.kindAbolished");
				FlashMessages.success(attributes, "unit.created", unit.getName());
				AuditRecord.of("UNIT_CREATED", "UNIT", unit.getId(), unit.getName()).change("unit.field.name", a, b);
				String property = environment.getProperty("spring.datasource.url");
				Path pid = data.resolve("postmaster.pid");
				lines.add(message("unit.import.template.help" + i));
				""";
		assertThat(javaKeys(code, Set.of("unit", "AuditAction"))).containsExactly("unit.error.kindAbolished",
				"unit.created", "unit.field.name", "AuditAction.UNIT_CREATED");
	}

	@Test
	void recognisesApostrophesThatMessageFormatWouldSwallow() {
		assertThat(LONE_QUOTE.matcher("The unit's code {0}").find()).isTrue();
		assertThat(LONE_QUOTE.matcher("The unit''s code {0}").find()).isFalse();
		assertThat(arguments("Trang {0}/{1}")).containsExactly(0, 1);
		assertThat(arguments("{1,number} of {0}")).containsExactly(0, 1);
	}

	static Set<String> literalKeys(String text) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher matcher = LITERAL_KEY.matcher(text);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	static Set<String> javaKeys(String code, Set<String> prefixes) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher literal = DOTTED_LITERAL.matcher(code);
		while (literal.find()) {
			String candidate = literal.group(1);
			if (prefixes.contains(candidate.substring(0, candidate.indexOf('.')))) {
				keys.add(candidate);
			}
		}
		Matcher action = AUDIT_ACTION.matcher(code);
		while (action.find()) {
			keys.add("AuditAction." + action.group(1));
		}
		return keys;
	}

	private static Set<Integer> arguments(String message) {
		Set<Integer> indexes = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			indexes.add(Integer.parseInt(matcher.group(1)));
		}
		return indexes;
	}

	/** Base names of the bundles, from their Vietnamese files. */
	private static List<String> bundles() {
		return files(MESSAGES, ".properties").stream()
			.map(file -> file.replace(".properties", ""))
			.filter(name -> !name.contains("_"))
			.toList();
	}

	private static Set<String> allKeys(boolean english) {
		Set<String> keys = new TreeSet<>();
		for (String file : files(MESSAGES, ".properties")) {
			if (file.endsWith("_en.properties") == english) {
				keys.addAll(load(MESSAGES.resolve(file)).keySet());
			}
		}
		return keys;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	/**
	 * File names (relative to the directory, with '/') ending with the suffix, sorted.
	 */
	static List<String> files(Path directory, String suffix) {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile)
				.map(path -> directory.relativize(path).toString().replace('\\', '/'))
				.filter(name -> name.endsWith(suffix))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Object nested(Map<String, Object> map, String... path) {
		Object current = map;
		for (String name : path) {
			if (!(current instanceof Map)) {
				return null;
			}
			current = ((Map<String, Object>) current).get(name);
		}
		return current;
	}

	/** Spring reads the bundles as UTF-8; so do we, remembering keys defined twice. */
	private static Bundle load(Path file) {
		Map<String, String> values = new LinkedHashMap<>();
		Set<String> duplicates = new TreeSet<>();
		Properties properties = new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				if (values.put((String) key, (String) value) != null) {
					duplicates.add((String) key);
				}
				return super.put(key, value);
			}

		};
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Bundle(new TreeMap<>(values), duplicates);
	}

	private record Bundle(Map<String, String> values, Set<String> duplicates) {

		Set<String> keySet() {
			return this.values.keySet();
		}

	}

}
