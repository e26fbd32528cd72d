package vn.thidua.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The actions and object types the audit list can filter on. They are read from the label
 * keys ({@code AuditAction.X}, {@code AuditObjectType.X}) of the Vietnamese message
 * bundles, since every action must have a label anyway: a module that adds an action and
 * its label makes it filterable, with no list to keep in step here.
 */
@Component
class AuditCatalog {

	static final String ACTION_PREFIX = "AuditAction.";

	static final String TYPE_PREFIX = "AuditObjectType.";

	private final List<String> actions;

	private final List<String> types;

	AuditCatalog() {
		TreeSet<String> actionCodes = new TreeSet<>();
		TreeSet<String> typeCodes = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*.properties")) {
				String name = resource.getFilename();
				if (name == null || name.contains("_")) {
					continue; // other languages repeat the same keys
				}
				Properties properties = new Properties();
				try (InputStream in = resource.getInputStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				for (String key : properties.stringPropertyNames()) {
					if (key.startsWith(ACTION_PREFIX)) {
						actionCodes.add(key.substring(ACTION_PREFIX.length()));
					}
					else if (key.startsWith(TYPE_PREFIX)) {
						typeCodes.add(key.substring(TYPE_PREFIX.length()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.actions = List.copyOf(actionCodes);
		this.types = List.copyOf(typeCodes);
	}

	List<String> actions() {
		return this.actions;
	}

	List<String> types() {
		return this.types;
	}

}
