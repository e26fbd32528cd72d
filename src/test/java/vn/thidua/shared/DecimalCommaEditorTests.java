package vn.thidua.shared;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.shared.text.DecimalCommaEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Numbers typed in forms, the Vietnamese way first. */
class DecimalCommaEditorTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "92,5;92.5", "1.000;1000", "1.250,75;1250.75", "1.000.000;1000000",
			"92.5;92.5", "75;75", "0,5;0.5", "100 ;100", "1 000;1000", "12.34;12.34", "1.0000;1.0000" })
	void readsVietnameseAndPlainNumbers(String typed, String expected) {
		DecimalCommaEditor editor = new DecimalCommaEditor();
		editor.setAsText(typed);
		assertThat((BigDecimal) editor.getValue()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "abc", "1,2,3", "--5" })
	void refusesWhatIsNotANumber(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> new DecimalCommaEditor().setAsText(typed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "1000;1000", "92.50;92,5", "0.125;0,125" })
	void writesBackWithADecimalComma(String value, String shown) {
		DecimalCommaEditor editor = new DecimalCommaEditor();
		editor.setValue(new BigDecimal(value));
		assertThat(editor.getAsText()).isEqualTo(shown);
	}

}
