package vn.thidua.campaign;

import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ZeroDenominator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.NotFoundException;

/**
 * Read API of the campaigns under {@code /api/v1}: the same accounts and scoping as the
 * pages (a campaign outside the caller's scope answers 404), a fixed number of SQL
 * statements per call.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Phong trào thi đua / Campaigns",
		description = "Đợt thi đua, nội dung, chỉ tiêu — campaigns, contents, indicators")
class CampaignApi {

	private static final String SCOPE = "(k.id in (select v.id from visible_campaign_ids(:all, :prefix, :unitId) v))";

	private final JdbcClient jdbc;

	record UnitRef(long id, String code, String name) {

	}

	record ClusterRef(long id, String name, int year) {

	}

	record CampaignDto(long id, String name, CampaignKind kind, int year, LocalDate startDate, LocalDate endDate,
			CampaignState state, String slogan, UnitRef organizer) {

	}

	record IndicatorDto(long id, String code, String name, String measureUnit, Direction direction,
			InputShape inputShape, ReportingPeriod period, BigDecimal target, BigDecimal floor,
			List<String> unitKinds) {

	}

	record ContentDto(long id, int position, String title, String description, List<IndicatorDto> indicators) {

	}

	record CampaignDetailDto(long id, String name, CampaignKind kind, int year, LocalDate startDate, LocalDate endDate,
			CampaignState state, String slogan, String description, UnitRef organizer, List<ClusterRef> clusters,
			List<UnitRef> units, List<ContentDto> contents, List<DocumentDto> documents) {

	}

	/**
	 * A launch document; its file is at
	 * {@code /api/v1/campaigns/{id}/documents/{documentId}}.
	 */
	record DocumentDto(long id, String title, String fileName, String contentType, long size,
			java.time.Instant uploadedAt) {

	}

	record ScoringRuleDto(long indicatorId, String code, String name, Direction direction, BigDecimal target,
			BigDecimal floor, BigDecimal maxPoints, BigDecimal bonusPerUnit, BigDecimal bonusCap,
			ZeroDenominator zeroDenominator) {

	}

	record ScoringItemDto(String code, String name, AdjustmentKind kind, BigDecimal points) {

	}

	/**
	 * A scoring table; {@code scalesToApplicable}: whether a unit's indicator points are
	 * scaled to the maximum of the indicators that apply to its kind.
	 */
	record ScoringTableDto(long id, ClusterRef cluster, BigDecimal scale, BigDecimal maximaSum, long version,
			List<ScoringRuleDto> indicators, List<ScoringItemDto> items, boolean scalesToApplicable) {

	}

	record CampaignScoringDto(long campaignId, ScoringTableDto table, List<ScoringTableDto> clusterTables) {

	}

	@GetMapping("/campaigns")
	@Operation(summary = "Đợt thi đua trong phạm vi / Campaigns in scope",
			description = "Theo năm (mặc định: tất cả), năm giảm dần, tên theo thứ tự tiếng Việt.")
	@Transactional(readOnly = true)
	public List<CampaignDto> campaigns(
			@Parameter(description = "năm / year") @RequestParam(required = false) Integer year) {
		return this.jdbc.sql("""
				select k.id, k.name, k.kind, k.year, k.start_date, k.end_date, k.state, k.slogan, o.id, o.code, o.name
				from campaign k join organization_unit_v o on o.id = k.organizer_id
				where (cast(:year as integer) is null or k.year = cast(:year as integer)) and
				""" + SCOPE + " order by k.year desc, k.sort_key, k.id")
			.params(scopeParams())
			.param("year", year)
			.query((rs, i) -> new CampaignDto(rs.getLong(1), rs.getString(2), CampaignKind.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					CampaignState.valueOf(rs.getString(7)), rs.getString(8),
					new UnitRef(rs.getLong(9), rs.getString(10), rs.getString(11))))
			.list();
	}

	@GetMapping("/campaigns/{id}")
	@Operation(
			summary = "Một đợt thi đua, với phạm vi, nội dung, chỉ tiêu và văn bản phát động / One campaign with scope, contents, indicators and launch documents")
	@Transactional(readOnly = true)
	public CampaignDetailDto campaign(@PathVariable long id) {
		CampaignDetailDto campaign = this.jdbc.sql("""
				select k.id, k.name, k.kind, k.year, k.start_date, k.end_date, k.state, k.slogan, k.description,
				       o.id, o.code, o.name
				from campaign k join organization_unit_v o on o.id = k.organizer_id where k.id = :id and
				""" + SCOPE)
			.params(scopeParams())
			.param("id", id)
			.query((rs, i) -> new CampaignDetailDto(rs.getLong(1), rs.getString(2),
					CampaignKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), CampaignState.valueOf(rs.getString(7)), rs.getString(8),
					rs.getString(9), new UnitRef(rs.getLong(10), rs.getString(11), rs.getString(12)), new ArrayList<>(),
					new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
			.optional()
			.orElseThrow(NotFoundException::new);
		this.jdbc
			.sql("""
					select c.id, c.name, c.year from campaign_cluster cc join organization_cluster_v c on c.id = cc.cluster_id
					where cc.campaign_id = :id order by c.sort_key
					""")
			.param("id", id)
			.query((rs, i) -> new ClusterRef(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list()
			.forEach(campaign.clusters()::add);
		this.jdbc.sql("""
				select u.id, u.code, u.name from campaign_unit cu join organization_unit_v u on u.id = cu.unit_id
				where cu.campaign_id = :id order by u.sort_key
				""")
			.param("id", id)
			.query((rs, i) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(campaign.units()::add);
		Map<Long, ContentDto> contents = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, c.position, c.title, c.description, i.id, i.code, i.name, i.measure_unit, i.direction,
				       i.input_shape, i.period, i.target, i.floor_value,
				       (select string_agg(k.unit_kind, ',' order by k.unit_kind) from indicator_unit_kind k
				        where k.indicator_id = i.id)
				from campaign_content c left join indicator i on i.content_id = c.id
				where c.campaign_id = :id order by c.position, i.position
				""").param("id", id).query(rs -> {
			ContentDto content = contents.computeIfAbsent(rs.getLong(1), key -> {
				try {
					return new ContentDto(key, rs.getInt(2), rs.getString(3), rs.getString(4), new ArrayList<>());
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			long indicatorId = rs.getLong(5);
			if (!rs.wasNull()) {
				String kinds = rs.getString(14);
				content.indicators()
					.add(new IndicatorDto(indicatorId, rs.getString(6), rs.getString(7), rs.getString(8),
							Direction.valueOf(rs.getString(9)), InputShape.valueOf(rs.getString(10)),
							ReportingPeriod.valueOf(rs.getString(11)), strip(rs.getBigDecimal(12)),
							strip(rs.getBigDecimal(13)), kinds == null ? List.of() : List.of(kinds.split(","))));
			}
		});
		campaign.contents().addAll(contents.values());
		this.jdbc.sql("""
				select d.id, d.title, f.original_name, f.content_type, f.size_bytes, f.created_at
				from campaign_document d join stored_file f on f.id = d.file_id
				where d.campaign_id = :id order by d.created_at, d.id
				""")
			.param("id", id)
			.query((rs, i) -> new DocumentDto(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant()))
			.list()
			.forEach(campaign.documents()::add);
		return campaign;
	}

	@GetMapping("/campaigns/{id}/scoring")
	@Operation(summary = "Thang điểm của đợt thi đua và thang điểm riêng của cụm, khối / Scoring tables",
			description = "table: thang điểm chung (null khi chưa lập); clusterTables: thang điểm riêng thay thế cho "
					+ "thành viên của cụm. target như chỉ tiêu lưu: với CHANGE_VS_LAST_YEAR là mức giảm (5 = giảm ≥ 5%), "
					+ "với INCREASE_VS_LAST_YEAR là mức tăng (10 = tăng ≥ 10%); floor ghi cùng cách. "
					+ "Points are positive; kind tells bonus from penalty.")
	@Transactional(readOnly = true)
	public CampaignScoringDto scoring(@PathVariable long id) {
		this.jdbc
			.sql("select k.id from campaign k join organization_unit_v o on o.id = k.organizer_id where k.id = :id and "
					+ SCOPE)
			.params(scopeParams())
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		Map<Long, ScoringTableDto> tables = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.id, t.scale, t.version, c.id, c.name, c.year, t.scales_to_applicable from scoring_table t
				left join organization_cluster_v c on c.id = t.cluster_id
				where t.campaign_id = :id order by c.sort_key nulls first, t.id
				""").param("id", id).query(rs -> {
			long clusterId = rs.getLong(4);
			ClusterRef cluster = rs.wasNull() ? null : new ClusterRef(clusterId, rs.getString(5), rs.getInt(6));
			tables.put(rs.getLong(1), new ScoringTableDto(rs.getLong(1), cluster, strip(rs.getBigDecimal(2)),
					BigDecimal.ZERO, rs.getLong(3), new ArrayList<>(), new ArrayList<>(), rs.getBoolean(7)));
		});
		this.jdbc.sql("""
				select r.table_id, i.id, i.code, i.name, i.direction, i.target, i.floor_value, r.max_points,
				       r.bonus_per_unit, r.bonus_cap, r.zero_denominator
				from scoring_rule r join scoring_table t on t.id = r.table_id
				join indicator i on i.id = r.indicator_id join campaign_content c on c.id = i.content_id
				where t.campaign_id = :id order by c.position, i.position
				""").param("id", id).query(rs -> {
			String zero = rs.getString(11);
			tables.get(rs.getLong(1))
				.indicators()
				.add(new ScoringRuleDto(rs.getLong(2), rs.getString(3), rs.getString(4),
						Direction.valueOf(rs.getString(5)), strip(rs.getBigDecimal(6)), strip(rs.getBigDecimal(7)),
						strip(rs.getBigDecimal(8)), strip(rs.getBigDecimal(9)), strip(rs.getBigDecimal(10)),
						zero == null ? null : ZeroDenominator.valueOf(zero)));
		});
		this.jdbc.sql("""
				select s.table_id, s.code, s.name, s.kind, s.points
				from scoring_item s join scoring_table t on t.id = s.table_id
				where t.campaign_id = :id order by s.table_id, s.position
				""").param("id", id).query(rs -> {
			tables.get(rs.getLong(1))
				.items()
				.add(new ScoringItemDto(rs.getString(2), rs.getString(3), AdjustmentKind.valueOf(rs.getString(4)),
						strip(rs.getBigDecimal(5))));
		});
		ScoringTableDto own = null;
		List<ScoringTableDto> clusterTables = new ArrayList<>();
		for (ScoringTableDto table : tables.values()) {
			BigDecimal sum = table.indicators()
				.stream()
				.map(ScoringRuleDto::maxPoints)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.stripTrailingZeros();
			ScoringTableDto done = new ScoringTableDto(table.id(), table.cluster(), table.scale(), sum, table.version(),
					table.indicators(), table.items(), table.scalesToApplicable());
			if (table.cluster() == null) {
				own = done;
			}
			else {
				clusterTables.add(done);
			}
		}
		return new CampaignScoringDto(id, own, clusterTables);
	}

	private static BigDecimal strip(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

	private static Map<String, Object> scopeParams() {
		return CurrentUser.get().scope().parameters();
	}

}
