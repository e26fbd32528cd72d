package vn.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignForm;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ContentForm;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.IndicatorForm;
import vn.thidua.campaign.ScoringTableForm;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.ZeroDenominator;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.security.CurrentUser;

/**
 * The demo campaigns of "Công an tỉnh Lâm Sơn": the 2026 "Vì an ninh Tổ quốc" movement,
 * launched for the four 2026 clusters with its usual indicators and a 100-point scoring
 * table ("Khối Cảnh sát" has its own, with a higher bonus cap), and a draft peak campaign
 * for the last quarter with its table. A step of {@link DemoLoad}, after the
 * organisation.
 */
@Component
@Order(15)
class CampaignDemoData implements DemoStep {

	static final String MOVEMENT = "Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026";

	private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

	private final UnitRepository unitRepository;

	private final CampaignService campaigns;

	private final ClusterService clusters;

	private final JdbcClient jdbc;

	private final ScoringTableService scoring;

	private final TransactionTemplate transactions;

	CampaignDemoData(UnitRepository unitRepository, CampaignService campaigns, ClusterService clusters, JdbcClient jdbc,
			TransactionTemplate transactions, ScoringTableService scoring) {
		this.scoring = scoring;
		this.unitRepository = unitRepository;
		this.campaigns = campaigns;
		this.clusters = clusters;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void load() {
		Unit province = this.unitRepository.findByCodeIgnoreCase(DemoDataLoader.PROVINCE_CODE).orElse(null);
		if (province == null) {
			return;
		}
		boolean present = this.jdbc.sql("select count(*) > 0 from campaign_v where organizer_id = :p and name = :n")
			.param("p", province.getId())
			.param("n", MOVEMENT)
			.query(Boolean.class)
			.single();
		if (present) {
			return;
		}
		CurrentUser.runAsSystem(() -> this.transactions.executeWithoutResult(status -> load(province)));
		log.info("Đã nạp dữ liệu mẫu: các đợt thi đua năm 2026");
	}

	private void load(Unit province) {
		List<Long> clusterIds = this.clusters.listYear(2026)
			.stream()
			.filter(c -> c.getOrganizer().getId().equals(province.getId()))
			.map(c -> c.getId())
			.toList();
		Campaign movement = this.campaigns.create(new CampaignForm(province.getId(), MOVEMENT, CampaignKind.REGULAR,
				2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Chủ động, kỷ cương, trách nhiệm, hiệu quả",
				"Phong trào thi đua thường xuyên của Công an tỉnh, chấm điểm hằng tháng và bình xét cuối năm.",
				clusterIds, List.of(), null));
		long id = movement.getId();
		CampaignContent crime = content(id, "Đấu tranh phòng, chống tội phạm",
				"Nâng cao tỷ lệ điều tra, khám phá án và giải quyết tin báo, tố giác tội phạm.");
		indicator(id, crime, "1.1", "Tỷ lệ điều tra, khám phá các vụ án hình sự", Direction.HIGHER_IS_BETTER,
				InputShape.RATIO, "%", 75, 60);
		indicator(id, crime, "1.2", "Tỷ lệ điều tra, khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng",
				Direction.HIGHER_IS_BETTER, InputShape.RATIO, "%", 90, null);
		indicator(id, crime, "1.3", "Tỷ lệ giải quyết tin báo, tố giác tội phạm", Direction.HIGHER_IS_BETTER,
				InputShape.RATIO, "%", 90, null);
		indicator(id, crime, "1.4", "Tiếp nhận, phân loại 100% tin báo, tố giác tội phạm", Direction.EXACT,
				InputShape.RATIO, "%", 100, null);
		indicator(id, crime, "1.5", "Kéo giảm tội phạm về trật tự xã hội so với cùng kỳ", Direction.CHANGE_VS_LAST_YEAR,
				InputShape.VALUE, "vụ", 5, null);
		CampaignContent traffic = content(id, "Bảo đảm trật tự, an toàn giao thông",
				"Kéo giảm tai nạn giao thông trên cả 3 tiêu chí so với cùng kỳ năm trước.");
		indicator(id, traffic, "2.1", "Giảm số vụ tai nạn giao thông", Direction.CHANGE_VS_LAST_YEAR, InputShape.VALUE,
				"vụ", 5, null);
		indicator(id, traffic, "2.2", "Giảm số người chết do tai nạn giao thông", Direction.CHANGE_VS_LAST_YEAR,
				InputShape.VALUE, "người", 5, null);
		indicator(id, traffic, "2.3", "Giảm số người bị thương do tai nạn giao thông", Direction.CHANGE_VS_LAST_YEAR,
				InputShape.VALUE, "người", 5, null);
		CampaignContent force = content(id, "Xây dựng lực lượng Công an nhân dân trong sạch, vững mạnh",
				"Chấp hành nghiêm kỷ luật, điều lệnh CAND.");
		indicator(id, force, "3.1", "Không có cán bộ, chiến sĩ vi phạm kỷ luật", Direction.DONE_OR_NOT,
				InputShape.VALUE, null, null, null);
		this.scoring.saveCampaignTable(id, movementTable(id, null));
		this.campaigns.launch(id);
		// the police cluster rewards case clearance beyond the target more generously
		long police = this.clusters.listYear(2026)
			.stream()
			.filter(c -> c.getOrganizer().getId().equals(province.getId()) && c.getName().equals("Khối Cảnh sát"))
			.findFirst()
			.orElseThrow()
			.getId();
		this.scoring.saveClusterTable(id, police, movementTable(id, new BigDecimal("5")));

		Campaign peak = this.campaigns.create(new CampaignForm(province.getId(),
				"Cao điểm 90 ngày đêm tấn công trấn áp tội phạm", CampaignKind.PEAK, 2026, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 12, 29), "Quyết liệt, đồng bộ, hiệu quả",
				"Đợt cao điểm bảo đảm an ninh, trật tự dịp cuối năm và Tết Nguyên đán.", clusterIds, List.of(), null));
		CampaignContent attack = content(peak.getId(), "Tấn công, trấn áp tội phạm", null);
		indicator(peak.getId(), attack, "CD.1", "Tỷ lệ điều tra, khám phá án trong đợt cao điểm",
				Direction.HIGHER_IS_BETTER, InputShape.RATIO, "%", 80, null);
		indicator(peak.getId(), attack, "CD.2", "Triệt phá băng, ổ nhóm tội phạm", Direction.HIGHER_IS_BETTER,
				InputShape.VALUE, "băng, ổ nhóm", 2, null);
		ScoringTableForm peakTable = new ScoringTableForm();
		peakTable.setScale(BigDecimal.valueOf(100));
		for (Indicator indicator : indicators(peak.getId())) {
			boolean rate = indicator.getCode().equals("CD.1");
			peakTable.getRules()
				.add(new ScoringTableForm.RuleLine(indicator.getId(), BigDecimal.valueOf(rate ? 60 : 40),
						rate ? null : BigDecimal.valueOf(5), rate ? null : BigDecimal.valueOf(10),
						ZeroDenominator.FULL_POINTS));
		}
		peakTable.getItems()
			.add(new ScoringTableForm.ItemLine("KT.1", "Được Bộ Công an khen thưởng đột xuất trong đợt cao điểm",
					AdjustmentKind.BONUS, BigDecimal.valueOf(3)));
		this.scoring.saveCampaignTable(peak.getId(), peakTable);
	}

	/**
	 * The movement's 100-point table over its 9 indicators: case clearance earns 0.5 a
	 * percentage point beyond 75%, capped at {@code clearanceCap} (2 for the common
	 * table); bonus items for one-off commendations, penalty items for violations and
	 * incidents.
	 */
	private ScoringTableForm movementTable(long campaignId, BigDecimal clearanceCap) {
		Map<String, Integer> maxima = Map.of("1.1", 15, "1.2", 15, "1.3", 10, "1.4", 10, "1.5", 10, "2.1", 10, "2.2",
				10, "2.3", 10, "3.1", 10);
		ScoringTableForm table = new ScoringTableForm();
		table.setScale(BigDecimal.valueOf(100));
		for (Indicator indicator : indicators(campaignId)) {
			boolean clearance = indicator.getCode().equals("1.1");
			table.getRules()
				.add(new ScoringTableForm.RuleLine(indicator.getId(),
						BigDecimal.valueOf(maxima.get(indicator.getCode())), clearance ? new BigDecimal("0.5") : null,
						clearance ? (clearanceCap != null ? clearanceCap : BigDecimal.valueOf(2)) : null,
						ZeroDenominator.FULL_POINTS));
		}
		table.getItems()
			.add(new ScoringTableForm.ItemLine("KT.1", "Được Bộ Công an khen thưởng đột xuất", AdjustmentKind.BONUS,
					BigDecimal.valueOf(2)));
		table.getItems()
			.add(new ScoringTableForm.ItemLine("KT.2", "Được Chủ tịch UBND tỉnh khen thưởng đột xuất",
					AdjustmentKind.BONUS, BigDecimal.ONE));
		// no penalty item repeats an indicator: a breach of discipline already costs
		// indicator 3.1, and a late report already counts 0 in the year to date
		table.getItems()
			.add(new ScoringTableForm.ItemLine("TR.1", "Để xảy ra mất an toàn trong quản lý vũ khí, công cụ hỗ trợ",
					AdjustmentKind.PENALTY, BigDecimal.valueOf(5)));
		table.getItems()
			.add(new ScoringTableForm.ItemLine("TR.2", "Để xảy ra vụ việc phức tạp về an ninh, trật tự",
					AdjustmentKind.PENALTY, BigDecimal.valueOf(3)));
		table.getItems()
			.add(new ScoringTableForm.ItemLine("TR.3", "Để xảy ra khiếu nại, tố cáo vượt cấp do lỗi của đơn vị",
					AdjustmentKind.PENALTY, BigDecimal.ONE));
		return table;
	}

	private List<Indicator> indicators(long campaignId) {
		return this.scoring.indicators(campaignId);
	}

	private CampaignContent content(long campaignId, String title, String description) {
		return this.campaigns.addContent(campaignId, new ContentForm(title, description));
	}

	private Indicator indicator(long campaignId, CampaignContent content, String code, String name, Direction direction,
			InputShape shape, String unit, Integer target, Integer floor) {
		return this.campaigns.addIndicator(campaignId,
				new IndicatorForm(content.getId(), code, name, unit, direction, shape, ReportingPeriod.MONTH,
						target == null ? null : BigDecimal.valueOf(target),
						floor == null ? null : BigDecimal.valueOf(floor), List.of()));
	}

}
