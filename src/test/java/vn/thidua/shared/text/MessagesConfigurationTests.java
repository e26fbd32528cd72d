package vn.thidua.shared.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merged message source answers as the bundles say, in both languages: the first and
 * the last bundle of {@code spring.messages.basename}, read as UTF-8, with arguments
 * formatted and doubled apostrophes written once.
 */
@SpringBootTest
class MessagesConfigurationTests {

	static final Locale VIETNAMESE = VietnameseText.VIETNAMESE;

	@Autowired
	MessageSource messages;

	@Test
	void oneMergedTableAnswersFromEveryBundleInBothLanguages() {
		assertThat(this.messages).isInstanceOf(ReloadableResourceBundleMessageSource.class);
		assertThat(this.messages.getMessage("common.filter", null, VIETNAMESE)).isEqualTo("Lọc");
		assertThat(this.messages.getMessage("common.filter", null, Locale.ENGLISH)).isEqualTo("Filter");
		assertThat(this.messages.getMessage("summary.title", null, VIETNAMESE))
			.isEqualTo("Tổng kết phong trào thi đua");
		assertThat(this.messages.getMessage("summary.heading.province", new Object[] { "Công an tỉnh Lạng Sơn", 2026 },
				VIETNAMESE))
			.isEqualTo("Tổng kết năm 2026 của Công an tỉnh Lạng Sơn");
		assertThat(this.messages.getMessage("summary.heading.province", new Object[] { "Lang Son Police", 2026 },
				Locale.ENGLISH))
			.isEqualTo("Lang Son Police: summary of 2026");
		assertThat(this.messages.getMessage("award.title.rule.unitBangKhen", new Object[] { "2025, 2026" },
				Locale.ENGLISH))
			.startsWith("May be proposed for the Minister's Bằng khen");
		// a language without bundles of its own gets the Vietnamese text, not the
		// machine's
		assertThat(this.messages.getMessage("common.filter", null, Locale.FRENCH)).isEqualTo("Lọc");
		assertThatThrownBy(() -> this.messages.getMessage("summary.no.such.key", null, VIETNAMESE))
			.isInstanceOf(NoSuchMessageException.class);
	}

}
