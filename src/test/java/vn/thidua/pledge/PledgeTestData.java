package vn.thidua.pledge;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.shared.text.VietnameseText;

/**
 * Throw-away launched campaigns of 2026 for the covenant tests, scoped to one 2026 demo
 * cluster, with three indicators: 1.1 clearance rate ≥ 75% (higher is better), 1.2 crime
 * down ≥ 5% (change against last year), 2.1 no disciplinary violation (done or not).
 * Written with SQL so that no launch notice reaches the demo units.
 */
final class PledgeTestData {

	private PledgeTestData() {
	}

	static long launchedCampaign(JdbcClient jdbc, String name, String clusterName) {
		long campaign = jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, slogan, state, launched_at,
				                      launched_by, sort_key)
				select id, :name, 'THEMATIC', 2026, date '2026-01-01', date '2026-12-31', 'Kỷ cương, hiệu quả',
				       'LAUNCHED', now(), 'staff', :sortKey
				from unit where code = 'LS'
				returning id
				""").param("name", name).param("sortKey", VietnameseText.sortKey(name)).query(Long.class).single();
		jdbc.sql("""
				insert into campaign_cluster (campaign_id, cluster_id)
				select :c, id from emulation_cluster where name = :cluster and year = 2026
				""").param("c", campaign).param("cluster", clusterName).update();
		long crime = content(jdbc, campaign, 1, "Đấu tranh phòng, chống tội phạm");
		long force = content(jdbc, campaign, 2, "Xây dựng lực lượng");
		indicator(jdbc, campaign, crime, 1, "1.1", "Tỷ lệ điều tra, khám phá án", "%", "HIGHER_IS_BETTER", "RATIO", 75);
		indicator(jdbc, campaign, crime, 2, "1.2", "Kéo giảm tội phạm về trật tự xã hội", "vụ", "CHANGE_VS_LAST_YEAR",
				"VALUE", 5);
		indicator(jdbc, campaign, force, 1, "2.1", "Không có cán bộ vi phạm kỷ luật", null, "DONE_OR_NOT", "VALUE",
				null);
		return campaign;
	}

	static long cluster(JdbcClient jdbc, String name) {
		return jdbc.sql("select id from emulation_cluster where name = :n and year = 2026")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	static long unit(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
	}

	private static long content(JdbcClient jdbc, long campaign, int position, String title) {
		return jdbc.sql("insert into campaign_content (campaign_id, position, title) values (:c, :p, :t) returning id")
			.param("c", campaign)
			.param("p", position)
			.param("t", title)
			.query(Long.class)
			.single();
	}

	private static void indicator(JdbcClient jdbc, long campaign, long content, int position, String code, String name,
			String unit, String direction, String shape, Integer target) {
		jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, measure_unit, direction,
				                       input_shape, period, target)
				values (:c, :k, :p, :code, :name, :unit, :direction, :shape, 'MONTH', :target)
				""")
			.param("c", campaign)
			.param("k", content)
			.param("p", position)
			.param("code", code)
			.param("name", name)
			.param("unit", unit)
			.param("direction", direction)
			.param("shape", shape)
			.param("target", target)
			.update();
	}

}
