package vn.thidua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table belongs to the module whose migration ({@code V{n}__{module}_…sql}) creates
 * it, each entity to the module whose package declares it. Another module may read what
 * the owner publishes (the views and functions its migrations create, ADR 0008), never
 * its tables or entities. The SQL and JPQL text of every main source file is checked.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/vn/thidua");

	private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");

	private static final Pattern CREATED = Pattern.compile(
			"(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view|function)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	/** Adjacent literals joined by {@code +} are one query. */
	private static final Pattern CONCATENATION = Pattern.compile("\"\\s*\\+\\s*\"");

	/** A name after a keyword that introduces a table or an entity (not a path a.b). */
	private static final Pattern NAMED = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)\\b(?![.(])");

	/** An entity after a comma in a JPQL from clause: {@code , ClusterMember m}. */
	private static final Pattern CROSS_JOINED = Pattern.compile(",\\s*([A-Z][A-Za-z0-9]*)\\s+[a-z][a-z0-9]*\\b");

	private static final Pattern ENTITY = Pattern.compile("@Entity\\b[^;{]*?\\bclass\\s+([A-Z][A-Za-z0-9]*)",
			Pattern.DOTALL);

	/**
	 * Reads of another module's tables still allowed, each with its reason and each to be
	 * removed once the reader uses the owner's published read models. None is left: the
	 * results and their demo data read the organisation, campaign and account views.
	 */
	private static final List<Allowed> ALLOWED = List.of();

	/**
	 * Tables whose owner is not the module named by the migration that created them (a
	 * landed migration is never renamed).
	 */
	private static final Map<String, String> OWNER_OVERRIDES = Map.of(
			// created by V10__campaign_documents with the first uploads; FileStorage owns
			// it
			"stored_file", "shared");

	@Test
	void noModuleNamesAnotherModulesTablesOrEntities() throws IOException {
		Map<String, String> tableOwners = new HashMap<>();
		Set<String> published = new HashSet<>();
		readMigrations(tableOwners, published);
		tableOwners.putAll(OWNER_OVERRIDES);
		Map<String, String> entityOwners = entities();
		assertThat(tableOwners).as("tables found in the migrations").containsKeys("unit", "campaign", "covenant");
		assertThat(entityOwners).as("entities found in the sources").containsKeys("Unit", "Campaign", "Covenant");

		Set<String> violations = new TreeSet<>();
		Set<Allowed> used = new HashSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = SOURCES.relativize(file).toString().replace('\\', '/');
				if (!source.contains("/")) {
					continue; // the application class, in no module
				}
				String module = source.substring(0, source.indexOf('/'));
				for (String name : namesIn(Files.readString(file))) {
					String owner = entityOwners.getOrDefault(name, published.contains(name.toLowerCase(Locale.ROOT))
							? null : tableOwners.get(name.toLowerCase(Locale.ROOT)));
					if (owner == null || owner.equals(module) || "shared".equals(owner)) {
						continue;
					}
					Allowed allowed = ALLOWED.stream()
						.filter(a -> a.name().equalsIgnoreCase(name)
								&& (a.source().equals(module) || a.source().equals(source)))
						.findFirst()
						.orElse(null);
					if (allowed != null) {
						used.add(allowed);
					}
					else {
						violations.add(source + " names " + name + " of module " + owner);
					}
				}
			}
		}
		assertThat(violations).as("tables or entities of another module named in SQL or JPQL").isEmpty();
		assertThat(ALLOWED).as("allow-list entries no longer needed (remove them)").allMatch(used::contains);
	}

	@Test
	void publishedReadModelsExist() throws IOException {
		Map<String, String> tableOwners = new HashMap<>();
		Set<String> published = new HashSet<>();
		readMigrations(tableOwners, published);
		assertThat(published).contains("unit_visible", "visible_unit_ids", "visible_cluster_ids", "cluster_visible",
				"visible_campaign_ids", "campaign_visible", "visible_covenant_ids", "covenant_visible",
				"organization_unit_v", "organization_cluster_v", "organization_cluster_member_v", "campaign_v",
				"campaign_cluster_v", "campaign_unit_v", "campaign_indicator_v");
	}

	private static void readMigrations(Map<String, String> tableOwners, Set<String> published) throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
				assertThat(name.matches()).as("migration name %s", file.getFileName()).isTrue();
				String module = name.group(1);
				Matcher created = CREATED.matcher(Files.readString(file));
				while (created.find()) {
					String object = created.group(2).toLowerCase(Locale.ROOT);
					if ("table".equalsIgnoreCase(created.group(1))) {
						tableOwners.put(object, module);
					}
					else {
						published.add(object);
					}
				}
			}
		}
	}

	private static Map<String, String> entities() throws IOException {
		Map<String, String> owners = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher entity = ENTITY.matcher(Files.readString(file));
				if (entity.find() && file.getParent().startsWith(SOURCES.resolve(file.getParent().getFileName()))) {
					String source = SOURCES.relativize(file).toString().replace('\\', '/');
					owners.put(entity.group(1), source.substring(0, source.indexOf('/')));
				}
			}
		}
		return owners;
	}

	/** Table and entity names that the string literals of a source file refer to. */
	private static Set<String> namesIn(String source) {
		List<String> literals = new ArrayList<>();
		Matcher block = TEXT_BLOCK.matcher(source);
		while (block.find()) {
			literals.add(block.group(1));
		}
		String rest = CONCATENATION.matcher(TEXT_BLOCK.matcher(source).replaceAll("\"\"")).replaceAll("");
		Matcher string = STRING.matcher(rest);
		while (string.find()) {
			literals.add(string.group(1));
		}
		Set<String> names = new HashSet<>();
		for (String literal : literals) {
			Matcher named = NAMED.matcher(literal);
			while (named.find()) {
				names.add(named.group(1));
			}
			if (literal.matches("(?is).*\\b(select|from)\\b.*")) {
				Matcher crossJoined = CROSS_JOINED.matcher(literal);
				while (crossJoined.find()) {
					names.add(crossJoined.group(1));
				}
			}
		}
		return names;
	}

	record Allowed(String source, String name, String reason) {

	}

}
