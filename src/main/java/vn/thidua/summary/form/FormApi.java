package vn.thidua.summary.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.shared.web.NotFoundException;
import vn.thidua.summary.form.FormQueries.FormRow;
import vn.thidua.summary.form.FormQueries.FormTable;

/**
 * The statistical forms as JSON, for the Ministry's systems: the same accounts and
 * scoping as the pages (the organiser's staff and leadership; anyone else 404), two SQL
 * statements a call.
 */
@RestController
@RequestMapping(path = "/api/v1/summary/forms", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Biểu thống kê / Statistical forms",
		description = "Biểu 0601.N, 0602.N, 0603.N (Thông tư 02/2023/TT-BNV) — statistical forms of the year")
class FormApi {

	private final FormQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	record ColumnDto(String code, String label, String group) {

	}

	/** A row: its printed code, label and level, and its count in each column by code. */
	record RowDto(String code, String number, String label, int level, boolean heading, Map<String, Long> cells) {

	}

	record FormDto(String form, String regulation, int year, long organiserId, String organiser,
			List<ColumnDto> columns, List<RowDto> rows) {

	}

	@GetMapping("/{form}")
	@Operation(summary = "Biểu thống kê của năm / A statistical form of a year",
			description = "form: 0601 (số phong trào thi đua), 0602 (khen thưởng cấp Nhà nước), 0603 (khen thưởng "
					+ "cấp Bộ, tỉnh); year: năm báo cáo (mặc định năm nay). Đếm theo đơn vị của người gọi (cán bộ "
					+ "Thi đua - Khen thưởng, Ban Giám đốc); đơn vị cơ sở và quản trị: 404. Mỗi ô có mã hàng và mã "
					+ "cột; hàng và cột \"TOTAL\" là tổng cộng.")
	FormDto form(@PathVariable String form, @RequestParam(required = false) Integer year,
			@Parameter(description = "một công an tỉnh dưới đơn vị của người gọi (cấp Bộ) / one provincial police "
					+ "below the caller's unit (ministry level)") @RequestParam(required = false) Long organizerId,
			Locale locale) {
		StatisticalForm f = StatisticalForm.of(form).orElseThrow(NotFoundException::new);
		FormTable table = this.queries.table(f, year != null ? year : LocalDate.now(this.clock).getYear(), organizerId);
		List<ColumnDto> columns = f.columns()
			.stream()
			.map(c -> new ColumnDto(c.code(), text(f.columnKey(c), locale),
					c.group() == null ? null : text("summary.form." + f.code() + ".group." + c.group(), locale)))
			.toList();
		List<RowDto> rows = new ArrayList<>();
		for (FormRow row : table.rows()) {
			Map<String, Long> cells = new LinkedHashMap<>();
			if (row.counts() != null) {
				for (int i = 0; i < f.columns().size(); i++) {
					cells.put(f.columns().get(i).code(), row.counts().get(i));
				}
			}
			rows.add(new RowDto(row.line().code(), row.number(), text(f.rowKey(row.line()), locale), row.line().level(),
					row.line().isHeading(), cells));
		}
		return new FormDto(f.number(), text("summary.form.sheet.regulation", locale), table.year(),
				table.organiser().id(), table.organiser().name(), columns, rows);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
