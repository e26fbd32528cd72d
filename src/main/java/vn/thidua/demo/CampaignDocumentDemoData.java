package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignContent;
import vn.thidua.campaign.CampaignDocumentService;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Indicator;
import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.security.CurrentUser;

/**
 * The launch plan (kế hoạch phát động) of the demo 2026 "Vì an ninh Tổ quốc" movement: a
 * real PDF in the Decree 30 layout, made with {@link DocumentRenderer} when the demo data
 * is loaded (so that no binary file is kept in the sources), listing the movement's
 * contents and indicators as they are. A step of {@link DemoLoad}, after the demo
 * campaigns.
 */
@Component
@Order(16)
class CampaignDocumentDemoData implements DemoStep {

	static final String TITLE = "Kế hoạch phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2026";

	static final String FILE_NAME = "Kế hoạch phát động phong trào thi đua Vì an ninh Tổ quốc năm 2026.pdf";

	private static final Logger log = LoggerFactory.getLogger(CampaignDocumentDemoData.class);

	private final JdbcClient jdbc;

	private final CampaignService campaigns;

	private final CampaignDocumentService documents;

	private final DocumentRenderer renderer;

	CampaignDocumentDemoData(JdbcClient jdbc, CampaignService campaigns, CampaignDocumentService documents,
			DocumentRenderer renderer) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.documents = documents;
		this.renderer = renderer;
	}

	@Override
	public void load() {
		Long movement = this.jdbc.sql("""
				select k.id from campaign_v k join organization_unit_v o on o.id = k.organizer_id
				where o.code = :province and k.name = :name
				and not exists (select 1 from campaign_document_v d where d.campaign_id = k.id)
				""")
			.param("province", DemoDataLoader.PROVINCE_CODE)
			.param("name", CampaignDemoData.MOVEMENT)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (movement == null) {
			return;
		}
		CurrentUser.runAsSystem(() -> {
			Campaign campaign = this.campaigns.getWithScope(movement);
			byte[] pdf = this.renderer.pdf("demo/launch-plan", model(campaign, this.campaigns.contents(movement)),
					Locale.forLanguageTag("vi"));
			this.documents.add(movement, TITLE, FILE_NAME, pdf);
			log.info("Đã nạp dữ liệu mẫu: kế hoạch phát động phong trào năm 2026 ({} byte)", pdf.length);
		});
	}

	private Map<String, Object> model(Campaign campaign, List<CampaignContent> contents) {
		Map<String, Object> model = new LinkedHashMap<>();
		String issuer = campaign.getOrganizer().getName();
		model.put("heading", new DocumentHeading("Bộ Công an", issuer, "15/KH-CAT", DocumentHeading.placeOf(issuer),
				LocalDate.of(2026, 1, 5)));
		model.put("title", "KẾ HOẠCH");
		model.put("subtitle", "Phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2026");
		List<Map<String, Object>> sections = new ArrayList<>();
		sections.add(section("I. MỤC ĐÍCH, YÊU CẦU",
				"Phát động sâu rộng phong trào thi đua “Vì an ninh Tổ quốc” trong toàn thể cán bộ, chiến sĩ " + issuer
						+ ", tạo khí thế thi đua sôi nổi, hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ "
						+ "công tác năm 2026.",
				"Phong trào thi đua được tổ chức thiết thực, hiệu quả, tránh hình thức; kết quả được theo dõi, "
						+ "chấm điểm hằng tháng và là căn cứ bình xét, suy tôn các danh hiệu thi đua cuối năm.",
				"Khẩu hiệu hành động: “" + campaign.getSlogan() + "”."));
		List<String> contentLines = new ArrayList<>();
		int number = 0;
		for (CampaignContent content : contents) {
			number++;
			contentLines.add(number + ". " + content.getTitle() + ".");
			for (Indicator indicator : content.getIndicators()) {
				contentLines.add("- " + indicator.getCode() + ". " + indicator.getName() + target(indicator) + ".");
			}
		}
		sections.add(section("II. NỘI DUNG, CHỈ TIÊU THI ĐUA", contentLines.toArray(String[]::new)));
		sections.add(section("III. TỔ CHỨC THỰC HIỆN",
				"1. Các Khối thi đua tổ chức ký kết giao ước thi đua trước ngày 15/02/2026; các đơn vị đăng ký "
						+ "danh hiệu thi đua và chỉ tiêu phấn đấu của đơn vị.",
				"2. Các đơn vị báo cáo kết quả thực hiện các chỉ tiêu hằng tháng trên hệ thống; Khối trưởng "
						+ "kiểm tra, thẩm định kết quả của các đơn vị thành viên.",
				"3. Phòng Tổ chức cán bộ (Đội Thi đua - Khen thưởng) theo dõi, tổng hợp, thông báo kết quả "
						+ "hằng tháng và tham mưu sơ kết 6 tháng, tổng kết năm 2026."));
		model.put("sections", sections);
		model.put("signatures", List.of(new Signature("KT. Giám đốc", "Phó Giám đốc", "Đại tá Trần Minh Quang")));
		model.put("recipients", List.of("Ban Giám đốc Công an tỉnh (để chỉ đạo)",
				"Các phòng, Công an xã, phường, đặc khu (để thực hiện)", "Lưu: VT, PX01"));
		return model;
	}

	/** "≥ 75%", "giảm ≥ 5%", as on the campaign page. */
	private static String target(Indicator indicator) {
		if (indicator.getTarget() == null) {
			return "";
		}
		String value = indicator.getTarget().stripTrailingZeros().toPlainString().replace('.', ',');
		return switch (indicator.getDirection()) {
			case HIGHER_IS_BETTER -> ": ≥ " + value + indicator.unitSuffix();
			case LOWER_IS_BETTER -> ": ≤ " + value + indicator.unitSuffix();
			case CHANGE_VS_LAST_YEAR -> ": giảm ≥ " + value + "% so với cùng kỳ";
			case INCREASE_VS_LAST_YEAR -> ": tăng ≥ " + value + "% so với cùng kỳ";
			case EXACT -> ": " + value + indicator.unitSuffix();
			case DONE_OR_NOT -> "";
		};
	}

	private static Map<String, Object> section(String heading, String... paragraphs) {
		return Map.of("heading", heading, "paragraphs", List.of(paragraphs));
	}

}
