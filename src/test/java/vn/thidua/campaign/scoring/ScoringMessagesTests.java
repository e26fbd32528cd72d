package vn.thidua.campaign.scoring;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages label directions, reasons and items with {@code EnumName.VALUE}; every constant
 * must have its label in the scoring bundles, in both languages.
 */
class ScoringMessagesTests {

	@Test
	void everyEnumConstantHasALabelInVietnameseAndEnglish() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String file : List.of("scoring.properties", "scoring_en.properties")) {
			Properties bundle = load(file);
			for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Direction.class, ScoreReason.class,
					ZeroDenominator.class, AdjustmentKind.class)) {
				for (Enum<?> constant : type.getEnumConstants()) {
					String key = type.getSimpleName() + "." + constant.name();
					if (!bundle.containsKey(key)) {
						missing.add(file + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theMaximaSumMessageShowsNumbersInEachLanguagesFormat() throws IOException {
		ScoringProblem problem = ScoringProblem.of("scoring.error.maximaSum", new BigDecimal("1002.5"),
				new BigDecimal("1000"));
		assertThat(render("scoring.properties", Locale.forLanguageTag("vi"), problem))
			.isEqualTo("Tổng điểm tối đa của các chỉ tiêu là 1.002,5, phải bằng thang điểm 1.000.");
		assertThat(render("scoring_en.properties", Locale.ENGLISH, problem))
			.isEqualTo("The maximum points of the indicators add up to 1,002.5; they must equal the scale of 1,000.");
	}

	private static String render(String file, Locale locale, ScoringProblem problem) throws IOException {
		return new MessageFormat(load(file).getProperty(problem.messageKey()), locale).format(problem.argumentArray());
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", file),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
