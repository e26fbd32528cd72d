package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignForm;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ContentForm;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.IndicatorForm;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.campaign.ScoringTableForm;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.Direction;

/**
 * A throw-away 2026 campaign for "Khối An ninh" with four indicators, one of each entry
 * kind, and a 100-point table:
 * <ul>
 * <li>R.1 case clearance, rate ≥ 75%, 40 points, 0.5 a point above, capped at 2;</li>
 * <li>R.2 crime down ≥ 5% on last year, 30 points;</li>
 * <li>R.3 no disciplinary violation, done or not, 20 points;</li>
 * <li>R.4 serious incidents ≤ 2, lower is better, 10 points.</li>
 * </ul>
 */
public final class ResultTestData {

	private ResultTestData() {
	}

	public static long campaign(CampaignService campaigns, ScoringTableService scoring, JdbcClient jdbc,
			UserDetailsService users, String name) {
		long cluster = jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		long province = jdbc.sql("select id from unit where code = 'LS'").query(Long.class).single();
		return TestUsers.runAs(users, "staff", () -> {
			long id = campaigns
				.create(new CampaignForm(province, name, CampaignKind.THEMATIC, 2026, LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, null, List.of(cluster), List.of(), null))
				.getId();
			CampaignContent content = campaigns.addContent(id, new ContentForm("Nội dung thử", null));
			indicator(campaigns, id, content, "R.1", Direction.HIGHER_IS_BETTER, InputShape.RATIO, "%", 75);
			indicator(campaigns, id, content, "R.2", Direction.CHANGE_VS_LAST_YEAR, InputShape.VALUE, "vụ", 5);
			indicator(campaigns, id, content, "R.3", Direction.DONE_OR_NOT, InputShape.VALUE, null, null);
			indicator(campaigns, id, content, "R.4", Direction.LOWER_IS_BETTER, InputShape.VALUE, "vụ", 2);
			ScoringTableForm table = new ScoringTableForm();
			table.setScale(BigDecimal.valueOf(100));
			for (Indicator indicator : scoring.indicators(id)) {
				boolean clearance = indicator.getCode().equals("R.1");
				int max = switch (indicator.getCode()) {
					case "R.1" -> 40;
					case "R.2" -> 30;
					case "R.3" -> 20;
					default -> 10;
				};
				table.getRules()
					.add(new ScoringTableForm.RuleLine(indicator.getId(), BigDecimal.valueOf(max),
							clearance ? new BigDecimal("0.5") : null, clearance ? BigDecimal.valueOf(2) : null, null));
			}
			scoring.saveCampaignTable(id, table);
			campaigns.launch(id);
			return id;
		});
	}

	private static void indicator(CampaignService campaigns, long id, CampaignContent content, String code,
			Direction direction, InputShape shape, String unit, Integer target) {
		campaigns.addIndicator(id, new IndicatorForm(content.getId(), code, "Chỉ tiêu " + code, unit, direction, shape,
				ReportingPeriod.MONTH, target == null ? null : BigDecimal.valueOf(target), null, List.of()));
	}

	public static long unit(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
	}

}
