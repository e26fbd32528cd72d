package vn.thidua.campaign;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.TestUsers;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moving and deleting contents and indicators of a draft campaign through its page's
 * buttons. Campaigns created here live in 2075-2076.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignStructureTests {

	@Autowired
	ScoringTableService scoring;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignService campaigns;

	@Autowired
	UnitRepository units;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void contentsMoveUpAndDownAndTheEndsStayPut() throws Exception {
		Draft d = draft("Thứ tự nội dung 2075");
		press("/campaigns/" + d.id + "/contents/" + d.contents.get(2) + "/up");
		assertThat(contentTitles(d.id)).containsExactly("Nội dung A", "Nội dung C", "Nội dung B");
		press("/campaigns/" + d.id + "/contents/" + d.contents.get(0) + "/down");
		assertThat(contentTitles(d.id)).containsExactly("Nội dung C", "Nội dung A", "Nội dung B");
		// at the ends nothing moves
		press("/campaigns/" + d.id + "/contents/" + d.contents.get(2) + "/up");
		press("/campaigns/" + d.id + "/contents/" + d.contents.get(1) + "/down");
		assertThat(contentTitles(d.id)).containsExactly("Nội dung C", "Nội dung A", "Nội dung B");
		Document page = page(d.id);
		// the first has no "up" button, the last no "down"
		var blocks = page.select(".campaign-content");
		assertThat(blocks.get(0).select(".content-up")).isEmpty();
		assertThat(blocks.get(0).select(".content-down")).hasSize(1);
		assertThat(blocks.get(2).select(".content-down")).isEmpty();
		assertThat(page.select("#history").text()).contains("Đổi thứ tự nội dung thi đua", "3. Nội dung C",
				"2. Nội dung C");
	}

	@Test
	void indicatorsMoveWithinTheirContent() throws Exception {
		Draft d = draft("Thứ tự chỉ tiêu 2075");
		press("/campaigns/" + d.id + "/indicators/" + d.indicators.get(1) + "/up");
		assertThat(indicatorCodes(d.id)).containsExactly("A.2", "A.1", "A.3");
		press("/campaigns/" + d.id + "/indicators/" + d.indicators.get(1) + "/down");
		press("/campaigns/" + d.id + "/indicators/" + d.indicators.get(1) + "/down");
		assertThat(indicatorCodes(d.id)).containsExactly("A.1", "A.3", "A.2");
		assertThat(page(d.id).select("#history").text()).contains("Đổi thứ tự chỉ tiêu");
	}

	@Test
	void anIndicatorIsDeletedAndAContentOnlyOnceItHasNone() throws Exception {
		Draft d = draft("Xóa nội dung 2075");
		MvcResult refused = press("/campaigns/" + d.id + "/contents/" + d.contents.get(0) + "/delete");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("campaign.structure.error.contentHasIndicators");
		assertThat(contentTitles(d.id)).hasSize(3);
		for (long indicator : d.indicators) {
			press("/campaigns/" + d.id + "/indicators/" + indicator + "/delete");
		}
		assertThat(indicatorCodes(d.id)).isEmpty();
		MvcResult done = press("/campaigns/" + d.id + "/contents/" + d.contents.get(0) + "/delete");
		assertThat(done.getFlashMap().get("flashSuccess")).isEqualTo("campaign.structure.contentRemoved");
		assertThat(contentTitles(d.id)).containsExactly("Nội dung B", "Nội dung C");
		String history = page(d.id).select("#history").text();
		assertThat(history).contains("Xóa chỉ tiêu", "A.1 Chỉ tiêu 1", "Xóa nội dung thi đua", "Nội dung A");
	}

	@Test
	void theRefusalMessageSaysHowManyIndicatorsRemain() throws Exception {
		Draft d = draft("Thông báo xóa 2075");
		MvcResult refused = press("/campaigns/" + d.id + "/contents/" + d.contents.get(0) + "/delete");
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + d.id + "#campaign-contents");
		Object[] args = (Object[]) refused.getFlashMap().get("flashArgs");
		assertThat(this.messages.getMessage((String) refused.getFlashMap().get("flashError"), args,
				java.util.Locale.forLanguageTag("vi")))
			.isEqualTo("Nội dung “Nội dung A” còn 3 chỉ tiêu; hãy xóa các chỉ tiêu của nội dung này trước"
					+ " rồi mới xóa nội dung.");
	}

	@Test
	void nothingMovesOrGoesOnceLaunched() throws Exception {
		long pa04 = this.units.findByCodeIgnoreCase("LS-PA04").orElseThrow().getId();
		Draft d = draft("Đã phát động không đổi 2076", List.of(pa04));
		TestUsers.runAs(this.users, "staff", () -> launchWithTable(d.id));
		for (String path : List.of("/contents/" + d.contents.get(1) + "/up",
				"/contents/" + d.contents.get(2) + "/delete", "/indicators/" + d.indicators.get(0) + "/down",
				"/indicators/" + d.indicators.get(0) + "/delete")) {
			MvcResult result = press("/campaigns/" + d.id + path);
			assertThat(result.getFlashMap().get("flashError")).as(path).isEqualTo("campaign.error.lockedIndicators");
		}
		assertThat(contentTitles(d.id)).containsExactly("Nội dung A", "Nội dung B", "Nội dung C");
		assertThat(indicatorCodes(d.id)).containsExactly("A.1", "A.2", "A.3");
		assertThat(page(d.id).select(".content-up, .content-down, .content-delete, .indicator-delete")).isEmpty();
	}

	@Test
	void unitUsersAndLeadershipMayNotChangeTheStructure() throws Exception {
		Draft d = draft("Quyền đổi thứ tự 2076");
		for (String user : List.of("leader", "member.officer")) {
			int status = this.mvc
				.perform(post("/campaigns/" + d.id + "/indicators/" + d.indicators.get(0) + "/delete").with(csrf())
					.with(TestUsers.as(this.users, user)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(user).isIn(403, 404);
		}
		assertThat(indicatorCodes(d.id)).hasSize(3);
		// an indicator of another campaign is not found through this one
		Draft other = draft("Quyền đổi thứ tự khác 2076");
		this.mvc
			.perform(post("/campaigns/" + d.id + "/indicators/" + other.indicators.get(0) + "/delete").with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isNotFound());
	}

	record Draft(long id, List<Long> contents, List<Long> indicators) {

	}

	private Draft draft(String name) {
		return draft(name, List.of());
	}

	/** Contents A, B, C; A has indicators A.1-A.3. */
	private Draft draft(String name, List<Long> unitIds) {
		int year = Integer.parseInt(name.substring(name.length() - 4));
		return TestUsers.runAs(this.users, "staff", () -> {
			Campaign c = this.campaigns.create(CampaignServiceTests.form(name, year, unitIds));
			List<Long> contents = new java.util.ArrayList<>();
			List<Long> indicators = new java.util.ArrayList<>();
			for (String title : List.of("Nội dung A", "Nội dung B", "Nội dung C")) {
				contents.add(this.campaigns.addContent(c.getId(), new ContentForm(title, null)).getId());
			}
			for (int i = 1; i <= 3; i++) {
				indicators
					.add(this.campaigns
						.addIndicator(c.getId(), new IndicatorForm(contents.get(0), "A." + i, "Chỉ tiêu " + i, null,
								Direction.DONE_OR_NOT, InputShape.VALUE, ReportingPeriod.YEAR, null, null, List.of()))
						.getId());
			}
			return new Draft(c.getId(), contents, indicators);
		});
	}

	private MvcResult press(String path) throws Exception {
		return this.mvc.perform(post(path).with(csrf()).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
	}

	private List<String> contentTitles(long id) {
		return TestUsers.runAs(this.users, "staff",
				() -> this.campaigns.contents(id).stream().map(CampaignContent::getTitle).toList());
	}

	private List<String> indicatorCodes(long id) {
		return TestUsers.runAs(this.users, "staff",
				() -> this.campaigns.contents(id)
					.stream()
					.flatMap(c -> c.getIndicators().stream())
					.map(Indicator::getCode)
					.toList());
	}

	private Document page(long id) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/campaigns/" + id).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Launches a draft after giving it a valid scoring table, as launching requires. */
	private void launchWithTable(long id) {
		TestScoringTables.saveValid(this.scoring, id);
		this.campaigns.launch(id);
	}

}
