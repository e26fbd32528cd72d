package vn.thidua.shared.text;

import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese sorting and accent-insensitive search.
 * <p>
 * Sort keys are computed here and stored as {@code bytea}, so that the order is the same
 * on the embedded and on any external PostgreSQL, whatever collations the server was
 * built with. Names are compared syllable by syllable, as Vietnamese dictionaries do ("Hà
 * Nội" before "Hải Phòng"), with Đ after D, Ă and Â after A, and so on.
 */
public final class VietnameseText {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
		Collator collator = Collator.getInstance(VIETNAMESE);
		collator.setStrength(Collator.TERTIARY);
		collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
		return collator;
	});

	private static final Comparator<String> ORDER = (a, b) -> compareBytes(sortKey(a), sortKey(b));

	private VietnameseText() {
	}

	/**
	 * Lower-case text without diacritics ("Yên Lạc" → "yen lac"), for search columns and
	 * queries.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String replaced = text.replace('đ', 'd').replace('Đ', 'D');
		String stripped = MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/** The folded text of several fields, joined, for a search column. */
	public static String searchText(String... parts) {
		StringBuilder builder = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				builder.append(' ').append(fold(part));
			}
		}
		return builder.toString().trim();
	}

	/**
	 * A pattern for {@code search_text like ?}, or {@code null} when there is nothing to
	 * search.
	 */
	public static String likePattern(String query) {
		String folded = fold(query);
		if (folded.isEmpty()) {
			return null;
		}
		return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** A binary key whose byte order is the Vietnamese order of the text. */
	public static byte[] sortKey(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (text == null) {
			return out.toByteArray();
		}
		Collator collator = COLLATOR.get();
		boolean first = true;
		for (String word : SPACES.split(text.trim())) {
			if (word.isEmpty()) {
				continue;
			}
			if (!first) {
				// a separator below every collation weight: "Ha" sorts before "Ha Long"
				// before "Hai"
				out.write(0);
				out.write(0);
				out.write(0);
				out.write(1);
			}
			byte[] key = collator.getCollationKey(word).toByteArray();
			out.write(key, 0, key.length);
			first = false;
		}
		return out.toByteArray();
	}

	public static Comparator<String> order() {
		return ORDER;
	}

	private static int compareBytes(byte[] a, byte[] b) {
		return java.util.Arrays.compareUnsigned(a, b);
	}

}
