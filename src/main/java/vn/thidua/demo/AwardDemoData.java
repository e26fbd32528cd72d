package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.award.decision.AwardDecision;
import vn.thidua.award.decision.AwardDecisionService;
import vn.thidua.award.decision.DecisionForm;
import vn.thidua.award.decision.DecisionKind;
import vn.thidua.award.decision.RecordLineForm;

/**
 * The demo province's award decisions, entered by {@code staff} as the pages do: for each
 * year 2023–2025 the Director's year-end decision (every department existing then: Đơn vị
 * quyết thắng for one in three, Đơn vị tiên tiến for the others; its officers Chiến sĩ
 * tiên tiến, the first of each Chiến sĩ thi đua cơ sở), and one one-off Giấy khen of 2026
 * for a deed of LS-PA04. A step of {@link DemoLoad}, after the yearly titles.
 */
@Component
@Order(45)
class AwardDemoData implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(AwardDemoData.class);

	private final AwardDecisionService decisions;

	private final AwardCatalogue catalogue;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	AwardDemoData(AwardDecisionService decisions, AwardCatalogue catalogue, UserDetailsService users, JdbcClient jdbc) {
		this.decisions = decisions;
		this.catalogue = catalogue;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public void load() {
		if (this.jdbc.sql("select count(*) from organization_unit_v where code = 'LS'")
			.query(Long.class)
			.single() == 0) {
			return;
		}
		int[] lines = { 0 };
		DemoUsers.runAs(this.users, "staff", () -> {
			int[][] years = { { 2023, 1520 }, { 2024, 1611 }, { 2025, 1702 } };
			for (int[] year : years) {
				lines[0] += yearEnd(year[0], year[1]);
			}
			lines[0] += oneOff();
		});
		log.info("Đã nạp dữ liệu mẫu: 4 quyết định khen thưởng, {} hồ sơ khen thưởng", lines[0]);
	}

	private int yearEnd(int year, int number) {
		LocalDate date = LocalDate.of(year, 12, 20);
		AwardDecision decision = this.decisions.create(new DecisionForm(number + "/QĐ-CAT", date, Authority.DIRECTOR,
				"Đại tá Nguyễn Văn Bình", DecisionKind.REGULAR, null,
				"Tặng danh hiệu thi đua năm " + year + " cho các tập thể, cá nhân thuộc Công an tỉnh", null, null));
		long id = decision.getId();
		long dvqt = item("DVQT", "COLLECTIVE", date);
		long dvtt = item("DVTT", "COLLECTIVE", date);
		long cstt = item("CSTT", "INDIVIDUAL", date);
		long cstdcs = item("CSTDCS", "INDIVIDUAL", date);
		List<Long> units = this.jdbc.sql("""
				select id from organization_unit_v
				where kind = 'DEPARTMENT' and valid_from <= :on and (valid_to is null or valid_to >= :on)
				order by code""").param("on", date).query(Long.class).list();
		int count = 0;
		for (int i = 0; i < units.size(); i++) {
			long unit = units.get(i);
			boolean excellent = (i + year) % 3 == 0;
			this.decisions.addLine(id,
					new RecordLineForm(unit, null, excellent ? dvqt : dvtt, excellent
							? "Hoàn thành xuất sắc nhiệm vụ năm " + year : "Hoàn thành tốt nhiệm vụ năm " + year, null,
							null));
			count++;
			List<AwardDecisionService.Option> officers = this.decisions.recipientOfficers(id, unit);
			for (int k = 0; k < officers.size(); k++) {
				this.decisions.addLine(id,
						new RecordLineForm(unit, officers.get(k).id(), k == 0 && excellent ? cstdcs : cstt,
								k == 0 && excellent ? "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến cấp cơ sở"
										: "Hoàn thành tốt nhiệm vụ năm " + year,
								null, null));
				count++;
			}
		}
		this.decisions.record(id, decision.getVersion());
		return count;
	}

	private int oneOff() {
		LocalDate date = LocalDate.of(2026, 9, 2);
		AwardDecision decision = this.decisions.create(new DecisionForm("2415/QĐ-CAT", date, Authority.DIRECTOR,
				"Đại tá Nguyễn Văn Bình", DecisionKind.ONE_OFF, null,
				"Khen thưởng đột xuất thành tích phát hiện, đấu tranh vụ lừa đảo qua mạng", null, null));
		long pa04 = this.jdbc.sql("select id from organization_unit_v where code = 'LS-PA04'")
			.query(Long.class)
			.single();
		List<AwardDecisionService.Option> officers = this.decisions.recipientOfficers(decision.getId(), pa04);
		this.decisions.addLine(decision.getId(), new RecordLineForm(pa04, null, item("GIAY_KHEN", "COLLECTIVE", date),
				"Phát hiện, ngăn chặn kịp thời đường dây lừa đảo chiếm đoạt tài sản qua mạng", null, null));
		this.decisions.addLine(decision.getId(),
				new RecordLineForm(pa04, officers.get(1).id(), item("GIAY_KHEN", "INDIVIDUAL", date),
						"Trực tiếp xác minh, thu thập tài liệu vụ lừa đảo qua mạng", null, null));
		this.decisions.record(decision.getId(), decision.getVersion());
		return 2;
	}

	private long item(String code, String recipient, LocalDate on) {
		return this.catalogue.itemsOn(on, RecipientType.valueOf(recipient))
			.stream()
			.filter(i -> i.getCode().equals(code))
			.findFirst()
			.orElseThrow()
			.getId();
	}

}
