package vn.thidua.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.text.Formats;
import vn.thidua.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void foldsDiacriticsAndCaseForSearch() {
		assertThat(VietnameseText.fold("Công an xã Yên Lạc")).isEqualTo("cong an xa yen lac");
		assertThat(VietnameseText.fold("ĐẶC KHU  Cô Tô")).isEqualTo("dac khu co to");
		assertThat(VietnameseText.likePattern("yen lac")).isEqualTo("%yen lac%");
		assertThat(VietnameseText.likePattern("  ")).isNull();
		assertThat(VietnameseText.likePattern("100%_")).isEqualTo("%100\\%\\_%");
	}

	@Test
	void sortsInVietnameseOrder() {
		List<String> names = new ArrayList<>(List.of("Đống Đa", "Dương Nội", "Ân Thi", "An Lão", "Ăn Ninh", "Bình Lục",
				"Ô Môn", "Ơn Dương", "Ong Sơn", "Ưng Hòa", "Uông Bí", "Hải Phòng", "Hà Nội", "Hạ Long", "Ha"));
		names.sort((a, b) -> java.util.Arrays.compareUnsigned(VietnameseText.sortKey(a), VietnameseText.sortKey(b)));
		assertThat(names).containsExactly("An Lão", "Ăn Ninh", "Ân Thi", "Bình Lục", "Dương Nội", "Đống Đa", "Ha",
				"Hà Nội", "Hạ Long", "Hải Phòng", "Ong Sơn", "Ô Môn", "Ơn Dương", "Uông Bí", "Ưng Hòa");
	}

	@Test
	void formatsNumbersAndDatesTheVietnameseWay() {
		Formats fmt = new Formats();
		assertThat(fmt.number(1852)).isEqualTo("1.852");
		assertThat(fmt.number(new BigDecimal("96.47"))).isEqualTo("96,47");
		assertThat(fmt.percent(92.02)).isEqualTo("92,02%");
		assertThat(fmt.date(java.time.LocalDate.of(2017, 2, 15))).isEqualTo("15/02/2017");
	}

	@Test
	void englishPagesWriteNumbersTheEnglishWayAndRecordsStayVietnamese() {
		Formats fmt = new Formats();
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
		try {
			assertThat(fmt.number(1852.5)).isEqualTo("1,852.5");
			assertThat(fmt.percent(new BigDecimal("84.62"))).isEqualTo("84.62%");
			assertThat(fmt.fileSize(1572864)).isEqualTo("1.5 MB");
			assertThat(fmt.getRecords().number(1852.5)).isEqualTo("1.852,5");
			assertThat(Formats.RECORDS.percent(new BigDecimal("84.62"))).isEqualTo("84,62%");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		assertThat(fmt.number(1852.5)).isEqualTo("1.852,5");
	}

}
