package vn.thidua.award.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the award record search: what a record's {@code search_words} holds and
 * the query the word index of V45 answers for what is typed.
 */
class SearchWordsTests {

	@Test
	void wordsAreTheFoldedRunsOfLettersAndDigits() {
		assertThat(SearchWords.of("  Nguyễn Văn Ân ").words()).containsExactly("nguyen", "van", "an");
		assertThat(SearchWords.of("2500/QĐ-CAT").words()).containsExactly("2500", "qd", "cat");
		assertThat(SearchWords.of("/ - /").isEmpty()).isTrue();
	}

	@Test
	void aRecordHoldsItsWordsAndItsPairsWithEveryBeginningOfTheSecondWordEachOnce() {
		assertThat(SearchWords.lexemes("an an xa 12/qd"))
			.isEqualTo("an xa 12 qd an_a an_an an_x an_xa xa_1 xa_12 12_q 12_qd");
		assertThat(SearchWords.lexemes("")).isEmpty();
	}

	@Test
	void oneWordIsAPrefix() {
		assertThat(SearchWords.typed("Nguy").tsquery()).isEqualTo("nguy:*");
		assertThat(SearchWords.typed("Nguy").phrase()).isNull();
	}

	@Test
	void severalWordsAreTheirNeighbouringPairsTheLastOneUnfinished() {
		SearchWords two = SearchWords.typed("văn a");
		assertThat(two.tsquery()).isEqualTo("van_a");
		assertThat(two.phrase()).isNull();
		SearchWords three = SearchWords.typed("nguyen van an");
		assertThat(three.tsquery()).isEqualTo("nguyen_van & van_an");
		// the pairs could be found apart: the phrase keeps the words one after the other
		assertThat(three.phrase()).isEqualTo("(^|[^a-z0-9])nguyen[^a-z0-9]+van[^a-z0-9]+an");
		assertThat("tran nguyen van anh cong an xa").containsPattern(three.phrase());
		assertThat("nguyen van binh, van an").doesNotContainPattern(three.phrase());
		assertThat("xnguyen van an").doesNotContainPattern(three.phrase());
		assertThat("nguyen vanh an").doesNotContainPattern(three.phrase());
	}

	@Test
	void atMostTwelveWordsAreTyped() {
		assertThat(SearchWords.typed("a b c d e f g h i j k l m n").words()).hasSize(SearchWords.MAX_WORDS);
	}

}
