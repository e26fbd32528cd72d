package vn.thidua.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.Direction;

/**
 * A throw-away 2026 campaign for one cluster with one indicator of every direction on a
 * 100-point table (H higher is better ≥ 75% with floor 50%, 30 points, bonus 0.5 a point
 * capped at 2; L lower is better ≤ 2, 20; C down ≥ 5% on last year, 20; E exact 100%, 15;
 * D done or not, 15) and two items (KT bonus 5, TR penalty 10); and, for pages, approved
 * months written directly.
 */
public final class RankingTestData {

	private RankingTestData() {
	}

	public static long campaign(CampaignService campaigns, ScoringTableService scoring, JdbcClient jdbc,
			UserDetailsService users, long cluster, String name) {
		long province = jdbc.sql("select id from unit where code = 'LS'").query(Long.class).single();
		return TestUsers.runAs(users, "staff", () -> {
			long id = campaigns
				.create(new CampaignForm(province, name, CampaignKind.THEMATIC, 2026, LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, null, List.of(cluster), List.of(), null))
				.getId();
			CampaignContent content = campaigns.addContent(id, new ContentForm("Nội dung xếp hạng", null));
			indicator(campaigns, id, content, "H", Direction.HIGHER_IS_BETTER, InputShape.RATIO, "%", 75, 50);
			indicator(campaigns, id, content, "L", Direction.LOWER_IS_BETTER, InputShape.VALUE, "vụ", 2, null);
			indicator(campaigns, id, content, "C", Direction.CHANGE_VS_LAST_YEAR, InputShape.VALUE, "vụ", 5, null);
			indicator(campaigns, id, content, "E", Direction.EXACT, InputShape.RATIO, "%", 100, null);
			indicator(campaigns, id, content, "D", Direction.DONE_OR_NOT, InputShape.VALUE, null, null, null);
			Map<String, Integer> maxima = Map.of("H", 30, "L", 20, "C", 20, "E", 15, "D", 15);
			ScoringTableForm table = new ScoringTableForm();
			table.setScale(BigDecimal.valueOf(100));
			for (Indicator indicator : scoring.indicators(id)) {
				boolean higher = indicator.getCode().equals("H");
				table.getRules()
					.add(new ScoringTableForm.RuleLine(indicator.getId(),
							BigDecimal.valueOf(maxima.get(indicator.getCode())), higher ? new BigDecimal("0.5") : null,
							higher ? BigDecimal.valueOf(2) : null, null));
			}
			table.getItems()
				.add(new ScoringTableForm.ItemLine("KT", "Được Bộ Công an khen thưởng", AdjustmentKind.BONUS,
						BigDecimal.valueOf(5)));
			table.getItems()
				.add(new ScoringTableForm.ItemLine("TR", "Cán bộ vi phạm kỷ luật", AdjustmentKind.PENALTY,
						BigDecimal.TEN));
			scoring.saveCampaignTable(id, table);
			campaigns.launch(id);
			return id;
		});
	}

	/**
	 * Approved reports of every member of the cluster for the months of 2026 up to
	 * {@code lastMonth}, with made-up reviewed points between 60 and 102, and a draft for
	 * the last month of the first member; returns the id of one approved report.
	 */
	public static long approvedMonths(JdbcClient jdbc, long campaign, long cluster, int lastMonth) {
		jdbc.sql(
				"""
						insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state,
						                           self_points, reviewed_points, created_by, submitted_at, reviewed_at)
						select :c, m.unit_id, :k, make_date(2026, mo, 1), make_date(2026, mo, 1) + interval '1 month 4 days',
						       case when mo = :last and m.unit_id = (select min(unit_id) from cluster_member where cluster_id = :k)
						            then 'DRAFT' else 'APPROVED' end,
						       p, p, 'staff', now(), now()
						from cluster_member m cross join generate_series(1, :last) mo
						cross join lateral (select round((60 + mod(m.unit_id * 37 + mo * 11, 43))::numeric, 2) as p) s
						where m.cluster_id = :k
						""")
			.param("c", campaign)
			.param("k", cluster)
			.param("last", lastMonth)
			.update();
		return jdbc.sql("""
				select max(id) from result_report where campaign_id = :c and state = 'APPROVED'
				""").param("c", campaign).query(Long.class).single();
	}

	private static void indicator(CampaignService campaigns, long id, CampaignContent content, String code,
			Direction direction, InputShape shape, String unit, Integer target, Integer floor) {
		campaigns.addIndicator(id,
				new IndicatorForm(content.getId(), code, "Chỉ tiêu " + code, unit, direction, shape,
						ReportingPeriod.MONTH, target == null ? null : BigDecimal.valueOf(target),
						floor == null ? null : BigDecimal.valueOf(floor), List.of()));
	}

}
