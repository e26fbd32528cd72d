package vn.thidua.campaign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed text of a scoring table and the word on scaling: texts signed before it
 * existed stay byte for byte what was signed, and score as they did.
 */
class SignedScoringTableTests {

	static final String RULES = """
			scale: 100
			rule: 1.1 | DONE_OR_NOT | max=85 | target=- | floor=- | bonus=- | cap=- | zero=FULL_POINTS | wrong-way=zero
			rule: 1.2 | DONE_OR_NOT | max=15 | target=- | floor=- | bonus=- | cap=- | zero=FULL_POINTS | wrong-way=zero
			""";

	@Test
	void aTableSignedInTheFirstLayoutIsReadUnchangedAndDoesNotScale() {
		// what covenants signed before scaling existed: no "scaling:" line
		String signed = "scoring-table: thidua-scoring-table/1\n" + RULES;
		SignedScoringTable table = SignedScoringTable.read(signed);
		assertThat(table.text()).as("the signed text, hence the covenant's hash, is not rewritten").isEqualTo(signed);
		assertThat(table.scalesToApplicable()).isFalse();
		assertThat(table.toScoringTable().scalesToApplicable()).isFalse();
	}

	@Test
	void theSecondLayoutSaysWhetherThePointsAreScaled() {
		String on = "scoring-table: thidua-scoring-table/2\nscale: 100\nscaling: on\n"
				+ RULES.substring(RULES.indexOf("rule:"));
		assertThat(SignedScoringTable.read(on).scalesToApplicable()).isTrue();
		assertThat(SignedScoringTable.read(on).toScoringTable().scalesToApplicable()).isTrue();
		assertThat(SignedScoringTable.read(on.replace("scaling: on", "scaling: off")).scalesToApplicable()).isFalse();
		assertThat(SignedScoringTable.FORMAT).isEqualTo("thidua-scoring-table/2");
	}

}
