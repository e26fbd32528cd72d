package vn.thidua.campaign.scoring;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", file),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
