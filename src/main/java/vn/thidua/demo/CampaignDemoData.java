package vn.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignForm;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.ContentForm;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.IndicatorForm;
import vn.thidua.campaign.InputShape;
import vn.thidua.campaign.ReportingPeriod;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.security.CurrentUser;

/**
 * The demo campaigns of "Công an tỉnh Lâm Sơn": the 2026 "Vì an ninh Tổ quốc" movement,
 * launched for the four 2026 clusters with its usual indicators, and a draft peak
 * campaign for the last quarter. Runs after the organisation demo data, under the same
 * condition, and only once.
 */
@Component
@Order(15)
class CampaignDemoData implements ApplicationRunner {

	static final String MOVEMENT = "Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026";

	private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

	private final Environment environment;

	private final UnitRepository unitRepository;

	private final CampaignService campaigns;

	private final ClusterService clusters;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	CampaignDemoData(Environment environment, UnitRepository unitRepository, CampaignService campaigns,
			ClusterService clusters, JdbcClient jdbc, TransactionTemplate transactions) {
		this.environment = environment;
		this.unitRepository = unitRepository;
		this.campaigns = campaigns;
		this.clusters = clusters;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		Unit province = this.unitRepository.findByCodeIgnoreCase(DemoDataLoader.PROVINCE_CODE).orElse(null);
		if (province == null) {
			return;
		}
		boolean present = this.jdbc.sql("select count(*) > 0 from campaign where organizer_id = :p and name = :n")
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

	private boolean enabled() {
		String mode = this.environment.getProperty("thidua.demo.mode", "auto").trim();
		if ("auto".equalsIgnoreCase(mode)) {
			return !StringUtils.hasText(this.environment.getProperty("spring.datasource.url"));
		}
		return Boolean.parseBoolean(mode);
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
		this.campaigns.launch(id);

		Campaign peak = this.campaigns.create(new CampaignForm(province.getId(),
				"Cao điểm 90 ngày đêm tấn công trấn áp tội phạm", CampaignKind.PEAK, 2026, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 12, 29), "Quyết liệt, đồng bộ, hiệu quả",
				"Đợt cao điểm bảo đảm an ninh, trật tự dịp cuối năm và Tết Nguyên đán.", clusterIds, List.of(), null));
		CampaignContent attack = content(peak.getId(), "Tấn công, trấn áp tội phạm", null);
		indicator(peak.getId(), attack, "CD.1", "Tỷ lệ điều tra, khám phá án trong đợt cao điểm",
				Direction.HIGHER_IS_BETTER, InputShape.RATIO, "%", 80, null);
		indicator(peak.getId(), attack, "CD.2", "Triệt phá băng, ổ nhóm tội phạm", Direction.HIGHER_IS_BETTER,
				InputShape.VALUE, "băng, ổ nhóm", 2, null);
	}

	private CampaignContent content(long campaignId, String title, String description) {
		return this.campaigns.addContent(campaignId, new ContentForm(title, description));
	}

	private void indicator(long campaignId, CampaignContent content, String code, String name, Direction direction,
			InputShape shape, String unit, Integer target, Integer floor) {
		this.campaigns.addIndicator(campaignId,
				new IndicatorForm(content.getId(), code, name, unit, direction, shape, ReportingPeriod.MONTH,
						target == null ? null : BigDecimal.valueOf(target),
						floor == null ? null : BigDecimal.valueOf(floor), List.of()));
	}

}
