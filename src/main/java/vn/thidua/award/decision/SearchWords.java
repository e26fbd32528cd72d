package vn.thidua.award.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.thidua.shared.text.VietnameseText;

/**
 * The words of the award record search (V45), one rule for the records and for what is
 * typed: the runs of a–z and 0–9 of the folded text ("Nguyễn Văn Ân" is nguyen, van, an;
 * "2500/QĐ-CAT" is 2500, qd, cat). A record's {@code search_words} holds its words and
 * every pair of neighbouring words with every beginning of the second ({@code nguyen_v},
 * …, {@code nguyen_van}, {@code van_a}, {@code van_an}); a search asks the index for the
 * pairs of the words typed ({@code nguyen_van & van_an}), which is about as selective as
 * the whole name, where the words alone ("an" of every "công an") are not. So the words
 * typed are found in the order typed, one after the other, each from the start of a word
 * of the record, the last one possibly unfinished: "nguyen van a" finds "Nguyễn Văn Anh",
 * not "Nguyễn Thị An" nor "Văn Nguyễn".
 */
public record SearchWords(List<String> words) {

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	/** At most this many words are taken from what is typed. */
	static final int MAX_WORDS = 12;

	public static SearchWords of(String text) {
		return new SearchWords(
				Arrays.stream(SEPARATORS.split(VietnameseText.fold(text))).filter(word -> !word.isEmpty()).toList());
	}

	/** What is typed in the search, at most {@link #MAX_WORDS} words. */
	static SearchWords typed(String query) {
		List<String> words = of(query).words();
		return new SearchWords(words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words);
	}

	/**
	 * A record's {@code search_words} as the text of a {@code tsvector}: its words, and
	 * each pair of neighbouring words with every beginning of the second one, each once
	 * ({@code "van an" → "van van_a van_an an"}). The pairs are what a search of several
	 * words looks up, exactly: the index then finds the records by their rarest pair and
	 * skips through the frequent ones, which it cannot do with a prefix search.
	 */
	public static String lexemes(String searchText) {
		List<String> words = of(searchText).words();
		Set<String> lexemes = new LinkedHashSet<>(words);
		for (int i = 0; i + 1 < words.size(); i++) {
			String next = words.get(i + 1);
			for (int k = 1; k <= next.length(); k++) {
				lexemes.add(words.get(i) + "_" + next.substring(0, k));
			}
		}
		return String.join(" ", lexemes);
	}

	boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * The text search query the index answers: one word as a prefix ({@code nguy:*}), or
	 * each pair of neighbouring words, the last pair's second word possibly unfinished
	 * since the records hold the pairs with every beginning of their second word
	 * ({@code nguyen_van & van_an}). Made of a–z, 0–9 and _ only, so that it is safe to
	 * write into a statement as a literal.
	 */
	String tsquery() {
		if (this.words.size() == 1) {
			return this.words.get(0) + ":*";
		}
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < this.words.size(); i++) {
			pairs.add(this.words.get(i) + "_" + this.words.get(i + 1));
		}
		return String.join(" & ", pairs);
	}

	/**
	 * With three words or more, the pairs may be found apart in a record ("an xa" and "xa
	 * thu" of "công an xã ... xã thử"): the regular expression on the folded text that
	 * keeps only the records holding the words one after the other; {@code null} when the
	 * pairs are enough.
	 */
	String phrase() {
		if (this.words.size() < 3) {
			return null;
		}
		return "(^|[^a-z0-9])" + String.join("[^a-z0-9]+", this.words);
	}

}
