package vn.thidua.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who did something, as people read it: the full name and unit of an account instead of
 * its user name ("Nguyễn Văn An · Phòng An ninh chính trị nội bộ"), as {@code @people} in
 * templates. A list's names are read in one query ({@link #names}); names already read
 * are kept for the rest of the request. A name that is no account (an import, the system)
 * is shown as it is.
 */
@Component("people")
public class People {

	private static final String CACHE = People.class.getName() + ".names";

	/** At most this many names per query (the database's limit of parameters is far). */
	private static final int BATCH = 1000;

	private final EntityManager entities;

	People(EntityManager entities) {
		this.entities = entities;
	}

	/** The label of one account: full name and unit. */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return username;
		}
		return names(List.of(username)).get(username);
	}

	/**
	 * The labels of the accounts of a list, in one query, keyed by the names as given;
	 * every given name has a label.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> usernames) {
		Map<String, String> cache = cache();
		Set<String> missing = usernames.stream()
			.filter(name -> name != null && !name.isBlank() && !cache.containsKey(key(name)))
			.map(People::key)
			.collect(Collectors.toSet());
		List<String> keys = List.copyOf(missing);
		for (int from = 0; from < keys.size(); from += BATCH) {
			List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
			List<Object[]> rows = this.entities.createQuery("""
					select lower(u.username), u.fullName, un.name
					from AppUser u left join u.unit un
					where lower(u.username) in :names""", Object[].class).setParameter("names", batch).getResultList();
			batch.forEach(name -> cache.put(name, null));
			for (Object[] row : rows) {
				cache.put((String) row[0], label((String) row[1], (String) row[2]));
			}
		}
		Map<String, String> labels = new LinkedHashMap<>();
		for (String name : usernames) {
			if (name != null) {
				String label = name.isBlank() ? null : cache.get(key(name));
				labels.put(name, label != null ? label : name);
			}
		}
		return labels;
	}

	static String label(String fullName, String unitName) {
		return unitName == null || unitName.isBlank() ? fullName : fullName + " · " + unitName;
	}

	private static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> cache() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HashMap<>();
		}
		Object cache = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (cache == null) {
			cache = new HashMap<String, String>();
			request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<String, String>) cache;
	}

}
