package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.award.title.AwardKind;
import vn.thidua.award.title.DisciplineLevel;
import vn.thidua.award.title.RecognitionKind;
import vn.thidua.award.title.RecognitionLevel;
import vn.thidua.award.title.TaskClass;
import vn.thidua.award.title.Title;
import vn.thidua.award.title.TitleFactsRecorder;
import vn.thidua.organization.OfficerDirectory;
import vn.thidua.organization.OfficerDirectory.OfficerInUnit;

/**
 * The 2026 yearly title list of LS-PA04, prepared but not voted nor submitted: its four
 * officers classified, with last years' titles (one earned in Công an huyện Yên Lạc,
 * dissolved in 2025, and one one-off), initiatives recognised and one reprimand, so that
 * the list shows a CSTĐ cấp Bộ, a CSTĐCS, a CSTT with a one-off title not counted, a
 * deferral, and the unit's ĐVQT. A step of {@link DemoLoad}, after the results.
 */
@Component
@Order(35)
class TitleDemoData implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(TitleDemoData.class);

	private static final int YEAR = 2026;

	private final TitleFactsRecorder facts;

	private final OfficerDirectory officers;

	private final JdbcClient jdbc;

	TitleDemoData(TitleFactsRecorder facts, OfficerDirectory officers, JdbcClient jdbc) {
		this.facts = facts;
		this.officers = officers;
		this.jdbc = jdbc;
	}

	@Override
	public void load() {
		Long pa04 = unit("LS-PA04");
		Long district = unit("LS-H01");
		if (pa04 == null || district == null) {
			return;
		}
		List<OfficerInUnit> staff = this.officers.officersInYear(pa04, YEAR);
		if (staff.size() < 4) {
			return;
		}
		String pa04Name = "Phòng An ninh kinh tế";
		String districtName = "Công an huyện Yên Lạc";
		// CSTĐCS in 2024 in the district police (dissolved), in 2025 here; excellent in
		// 2026 with an initiative of force-wide effect: CSTĐ cấp Bộ
		long first = staff.get(0).officerId();
		this.facts.pastTitle(first, district, districtName, 2024, Title.CSTDCS, AwardKind.REGULAR);
		this.facts.pastTitle(first, pa04, pa04Name, 2025, Title.CSTDCS, AwardKind.REGULAR);
		this.facts.recognition(first, YEAR, RecognitionKind.INITIATIVE, RecognitionLevel.MINISTRY, "215/QĐ-BCA");
		this.facts.classification(first, YEAR, TaskClass.EXCELLENT);
		// completed tasks well with an initiative recognised at base level: CSTĐCS
		long second = staff.get(1).officerId();
		this.facts.pastTitle(second, pa04, pa04Name, 2025, Title.CSTT, AwardKind.REGULAR);
		this.facts.recognition(second, YEAR, RecognitionKind.INITIATIVE, RecognitionLevel.BASE, "12/QĐ-PA04");
		this.facts.classification(second, YEAR, TaskClass.GOOD);
		// completed tasks well; a one-off CSTĐCS in 2025 that counts in no chain: CSTT
		long third = staff.get(2).officerId();
		this.facts.pastTitle(third, pa04, pa04Name, 2025, Title.CSTDCS, AwardKind.ONE_OFF);
		this.facts.classification(third, YEAR, TaskClass.GOOD);
		// reprimanded from May to October 2026: deferred
		long fourth = staff.get(3).officerId();
		this.facts.discipline(fourth, DisciplineLevel.REPRIMAND, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31));
		this.facts.classification(fourth, YEAR, TaskClass.COMPLETED);
		this.facts.unitClassification(pa04, YEAR, TaskClass.EXCELLENT);
		log.info("Đã nạp dữ liệu mẫu: danh sách danh hiệu thi đua năm 2026 của LS-PA04 (chưa trình)");
	}

	private Long unit(String code) {
		return this.jdbc.sql("select id from organization_unit_v where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
