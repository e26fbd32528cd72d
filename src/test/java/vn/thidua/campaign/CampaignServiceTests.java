package vn.thidua.campaign;

import vn.thidua.campaign.scoring.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaign rules and scoping on the demo data. Campaigns the tests create are named after
 * the test, so that tests do not disturb each other.
 */
@SpringBootTest
class CampaignServiceTests {

	@Autowired
	CampaignService campaigns;

	@Autowired
	CampaignRepository repository;

	@Autowired
	UnitRepository units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	ScoringTableService scoring;

	@Test
	void theDemoMovementIsLaunchedWithItsIndicatorsAndSeenByMemberUnits() {
		List<Campaign> seen = as("member.officer", () -> this.campaigns.list(2026, null, null));
		assertThat(seen).extracting(Campaign::getName).contains("Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026");
		Campaign movement = seen.stream().filter(c -> c.getName().contains("Vì an ninh")).findFirst().orElseThrow();
		assertThat(movement.getState()).isEqualTo(CampaignState.LAUNCHED);
		List<CampaignContent> contents = as("member.officer", () -> this.campaigns.contents(movement.getId()));
		assertThat(contents.stream().flatMap(c -> c.getIndicators().stream()).map(Indicator::getCode))
			.containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1");
		// the peak campaign is a draft: staff see it, its units only once it is launched
		assertThat(as("staff", () -> this.campaigns.list(2026, CampaignKind.PEAK, CampaignState.DRAFT)))
			.extracting(Campaign::getName)
			.containsExactly("Cao điểm 90 ngày đêm tấn công trấn áp tội phạm");
	}

	@Test
	void aUnitOutsideTheScopeGetsNotFound() {
		long pa04 = unit("LS-PA04");
		Campaign campaign = as("staff", () -> this.campaigns.create(form("Chuyên đề riêng PA04", 2071, List.of(pa04))));
		// a draft is not shown even to the units in its scope
		assertThatThrownBy(() -> as("member.officer", () -> this.campaigns.get(campaign.getId())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("other.officer", () -> this.campaigns.get(campaign.getId())))
			.isInstanceOf(NotFoundException.class);
		assertThat(as("other.officer", () -> this.campaigns.list(2071, null, null))).isEmpty();
		// the commander of a unit in its scope cannot launch it, nor even see it while a
		// draft
		assertThatThrownBy(() -> as("member.commander", () -> this.campaigns.launch(campaign.getId())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void launchingNotifiesTheUnitsInScopeUntilTheyOpenIt() {
		long pa04 = unit("LS-PA04");
		Campaign campaign = as("staff", () -> this.campaigns.create(form("Phát động thông báo", 2072, List.of(pa04))));
		long id = campaign.getId();
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.launch(id))).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("campaign.error.launchNoIndicator"));
		withIndicator(id, "1");
		withTable(id);
		as("staff", () -> this.campaigns.launch(id));
		assertThat(as("member.officer", () -> this.campaigns.unreadLaunches())).contains(id);
		as("member.officer", () -> {
			this.campaigns.markRead(id);
			return null;
		});
		assertThat(as("member.officer", () -> this.campaigns.unreadLaunches())).doesNotContain(id);
		assertThat(this.audit.historyOf("CAMPAIGN", id)).isNotEmpty();
	}

	@Test
	void refusedEditsOfALaunchedCampaignLeaveTheDatabaseUnchanged() {
		long pa04 = unit("LS-PA04");
		Campaign campaign = as("staff", () -> this.campaigns.create(form("Đã khóa", 2073, List.of(pa04))));
		long id = campaign.getId();
		withIndicator(id, "K.1");
		withTable(id);
		as("staff", () -> this.campaigns.launch(id));
		CampaignForm changedKind = new CampaignForm(null, "Đã khóa", CampaignKind.PEAK, 2073, LocalDate.of(2073, 1, 1),
				LocalDate.of(2073, 12, 31), "Khẩu hiệu", null, List.of(), List.of(pa04), null);
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.update(id, changedKind)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("kind");
				assertThat(ex.messageKey()).isEqualTo("campaign.error.lockedField");
			});
		long indicatorId = this.jdbc.sql("select id from indicator where campaign_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		long contentId = this.jdbc.sql("select content_id from indicator where id = :id")
			.param("id", indicatorId)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> as("staff",
				() -> this.campaigns.updateIndicator(id, indicatorId,
						new IndicatorForm(contentId, "K.1", "Đổi", "%", Direction.HIGHER_IS_BETTER, InputShape.RATIO,
								ReportingPeriod.MONTH, new BigDecimal("50"), null, List.of()))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("campaign.error.lockedIndicators"));
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.addContent(id, new ContentForm("Thêm", null))))
			.isInstanceOf(BusinessRuleException.class);
		var row = this.jdbc.sql("select kind, slogan, version from campaign where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("kind")).isEqualTo("THEMATIC");
		assertThat(row.get("slogan")).isNull();
		assertThat(this.jdbc.sql("select target from indicator where id = :id")
			.param("id", indicatorId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("75");
		assertThat(this.jdbc.sql("select count(*) from campaign_content where campaign_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the wording and a later end are still accepted
		as("staff",
				() -> this.campaigns.update(id,
						new CampaignForm(null, "Đã khóa", CampaignKind.THEMATIC, 2073, LocalDate.of(2073, 1, 1),
								LocalDate.of(2074, 1, 31), "Khẩu hiệu", null, List.of(), List.of(pa04), null)));
		assertThat(this.jdbc.sql("select slogan from campaign where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Khẩu hiệu");
	}

	@Test
	void indicatorRulesAreExplainedOnTheirFields() {
		long pa04 = unit("LS-PA04");
		Campaign campaign = as("staff", () -> this.campaigns.create(form("Quy tắc chỉ tiêu", 2074, List.of(pa04))));
		long id = campaign.getId();
		long contentId = withIndicator(id, "Q.1");
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.addIndicator(id, indicator(contentId, "q.1", "80"))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("code");
				assertThat(ex.messageKey()).isEqualTo("indicator.error.codeTaken");
			});
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.addIndicator(id, indicator(contentId, "Q.2", "150"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("indicator.error.ratioTarget"));
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.addIndicator(id, indicator(contentId, "Q.3", null))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("indicator.error.targetRequired"));
	}

	@Test
	void copyMakesADraftOfAnotherYearWithTheSameIndicators() {
		long pa04 = unit("LS-PA04");
		Campaign campaign = as("staff", () -> this.campaigns.create(form("Nguồn sao chép", 2075, List.of(pa04))));
		long id = campaign.getId();
		withIndicator(id, "S.1");
		withTable(id);
		as("staff", () -> this.campaigns.launch(id));
		Campaign copy = as("staff", () -> this.campaigns.copy(id, new CopyForm(2076, "Bản sao 2076")));
		assertThat(copy.getState()).isEqualTo(CampaignState.DRAFT);
		assertThat(copy.getStartDate()).isEqualTo(LocalDate.of(2076, 1, 1));
		assertThat(copy.getCopiedFrom().getId()).isEqualTo(id);
		List<CampaignContent> contents = as("staff", () -> this.campaigns.contents(copy.getId()));
		assertThat(contents).hasSize(1);
		assertThat(contents.get(0).getIndicators()).extracting(Indicator::getCode).containsExactly("S.1");
		assertThatThrownBy(() -> as("staff", () -> this.campaigns.copy(id, new CopyForm(2075, "Cùng năm"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("campaign.error.copySameYear"));
	}

	private long withIndicator(long campaignId, String code) {
		return as("staff", () -> {
			CampaignContent content = this.campaigns.addContent(campaignId, new ContentForm("Nội dung " + code, null));
			this.campaigns.addIndicator(campaignId, indicator(content.getId(), code, "75"));
			return content.getId();
		});
	}

	private void withTable(long campaignId) {
		as("staff", () -> TestScoringTables.saveValid(this.scoring, campaignId));
	}

	private static IndicatorForm indicator(long contentId, String code, String target) {
		return new IndicatorForm(contentId, code, "Tỷ lệ " + code, "%", Direction.HIGHER_IS_BETTER, InputShape.RATIO,
				ReportingPeriod.MONTH, target == null ? null : new BigDecimal(target), null, List.of());
	}

	static CampaignForm form(String name, int year, List<Long> unitIds) {
		return new CampaignForm(null, name, CampaignKind.THEMATIC, year, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), null, null, List.of(), unitIds, null);
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, user, action);
	}

}
