package vn.thidua.campaign;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.organization.UnitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Launch documents through the pages and the API: upload, list, download, refusals that
 * change nothing, removal only while a draft, and the campaign's scoping. Campaigns
 * created here live in 2070-2074.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignDocumentTests {

	static final String VIETNAMESE_NAME = "Kế hoạch phát động thi đua năm 2070.pdf";

	@Autowired
	ScoringTableService scoring;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignService campaigns;

	@Autowired
	CampaignDocumentService documents;

	@Autowired
	UnitRepository units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffUploadAPdfThatIsListedAndDownloadsIdenticalWithItsVietnameseName() throws Exception {
		long id = draft("Văn bản tải lên 2070", 2070);
		byte[] pdf = pdf(30_000);
		this.mvc
			.perform(multipart("/campaigns/" + id + "/documents/new")
				.file(new MockMultipartFile("file", VIETNAMESE_NAME, "application/pdf", pdf))
				.param("title", "Kế hoạch số 7/KH-CAT")
				.with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection());
		Document page = page(id, "staff");
		var row = page.select("#documents-table .campaign-document");
		assertThat(row).hasSize(1);
		assertThat(row.text()).contains("Kế hoạch số 7/KH-CAT", VIETNAMESE_NAME, "29,3 KB",
				"Nguyễn Thị Thu Hà · Công an tỉnh Lâm Sơn");
		assertThat(row.select(".document-size").text()).isEqualTo("29,3 KB");
		String href = row.select("a.document-download").attr("href");
		MockHttpServletResponse download = this.mvc.perform(get(href).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Ke-hoach-phat-dong-thi-dua-nam-2070.pdf\"; filename*=UTF-8''"
					+ "K%E1%BA%BF%20ho%E1%BA%A1ch%20ph%C3%A1t%20%C4%91%E1%BB%99ng%20thi%20%C4%91ua%20n%C4%83m%202070.pdf");
		assertThat(download.getHeaders("X-Content-Type-Options")).containsOnly("nosniff");
		// the history says who added what
		assertThat(page.select("#history").text()).contains("Thêm văn bản phát động", "Kế hoạch số 7/KH-CAT");
	}

	@Test
	void aRefusedUploadChangesNothingAndTheFormSaysWhy() throws Exception {
		long id = draft("Văn bản bị từ chối 2070", 2070);
		long files = count("stored_file");
		long docs = count("campaign_document");
		long history = this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		Document form = upload(id, "Ảnh chụp", "anh-chup.pdf", png);
		assertThat(form.select("#file-error").text()).isEqualTo("Tệp “anh-chup.pdf” là tệp PNG; chỉ chấp nhận tệp PDF. "
				+ "Hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên tệp.");
		assertThat(form.select("#title").val()).isEqualTo("Ảnh chụp");
		form = upload(id, "Tệp rỗng", "rong.pdf", new byte[0]);
		assertThat(form.select("#file-error").text()).isEqualTo("Tệp “rong.pdf” rỗng (0 byte); hãy chọn đúng tệp.");
		form = upload(id, "Quá lớn", "lon.pdf", pdf((int) (10L * 1024 * 1024) + 1));
		assertThat(form.select("#file-error").text())
			.isEqualTo("Tệp “lon.pdf” có dung lượng 10 MB, lớn hơn giới hạn 10 MB.");
		form = upload(id, "", "dung.pdf", pdf(100));
		assertThat(form.select("#document-form .invalid-feedback").text()).contains("Không được để trống.");
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(count("campaign_document")).isEqualTo(docs);
		assertThat(this.jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(history);
	}

	@Test
	void aDocumentIsRemovedFromADraftButStaysOnceLaunched() throws Exception {
		long pa04 = unit("LS-PA04");
		long id = draft("Văn bản gỡ bỏ 2071", 2071, List.of(pa04));
		long first = add(id, "Hướng dẫn cũ");
		long second = add(id, "Kế hoạch");
		long firstFile = fileOf(first);
		this.mvc
			.perform(post("/campaigns/" + id + "/documents/" + first + "/delete").with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection());
		assertThat(count("campaign_document where id = " + first)).isZero();
		assertThat(count("stored_file where id = " + firstFile)).isZero();

		TestUsers.runAs(this.users, "staff", () -> launchWithTable(id));
		String flash = this.mvc
			.perform(post("/campaigns/" + id + "/documents/" + second + "/delete").with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("flashError")
			.toString();
		assertThat(flash).isEqualTo("campaign.document.error.removeLaunched");
		assertThat(count("campaign_document where id = " + second)).isOne();
		Document page = page(id, "staff");
		assertThat(page.select(".document-delete")).isEmpty();
		assertThat(page.text()).contains("các đơn vị đã nhận các văn bản này nên không thể gỡ bỏ");
		// documents may still be added to a launched campaign
		assertThat(page.select("#document-new")).hasSize(1);
		add(id, "Hướng dẫn bổ sung");
		// the unit in scope reads it
		Document unitPage = page(id, "member.officer");
		assertThat(unitPage.select("#documents-table .campaign-document")).hasSize(2);
		assertThat(unitPage.select("#document-new, .document-delete")).isEmpty();
		this.mvc
			.perform(get("/campaigns/" + id + "/documents/" + second).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk());
		// but may not add or remove
		this.mvc
			.perform(post("/campaigns/" + id + "/documents/" + second + "/delete").with(csrf())
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void documentsOutsideTheUsersScopeAnswer404LikeTheirCampaign() throws Exception {
		long pa04 = unit("LS-PA04");
		long launched = draft("Văn bản phạm vi 2072", 2072, List.of(pa04));
		long document = add(launched, "Kế hoạch");
		long draft = draft("Văn bản dự thảo 2072", 2072, List.of(pa04));
		long draftDocument = add(draft, "Dự thảo kế hoạch");
		TestUsers.runAs(this.users, "staff", () -> launchWithTable(launched));
		// a unit outside the scope
		for (String path : List.of("/campaigns/" + launched + "/documents/" + document,
				"/api/v1/campaigns/" + launched + "/documents/" + document)) {
			this.mvc.perform(get(path).with(TestUsers.as(this.users, "other.officer")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(path).with(TestUsers.as(this.users, "member.officer"))).andExpect(status().isOk());
		}
		// the unit in scope does not see a draft, nor its documents
		for (String path : List.of("/campaigns/" + draft + "/documents/" + draftDocument,
				"/api/v1/campaigns/" + draft + "/documents/" + draftDocument)) {
			this.mvc.perform(get(path).with(TestUsers.as(this.users, "member.officer")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(path).with(TestUsers.as(this.users, "leader"))).andExpect(status().isOk());
		}
		// a document is reached only through its own campaign
		this.mvc
			.perform(get("/campaigns/" + launched + "/documents/" + draftDocument)
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/campaigns/" + launched + "/documents/" + draftDocument)
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiListsTheDocumentsOfACampaignAndServesTheirFiles() throws Exception {
		long id = draft("Văn bản API 2073", 2073);
		long document = add(id, "Kế hoạch API");
		this.mvc.perform(get("/api/v1/campaigns/" + id).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents[0].id").value(document))
			.andExpect(jsonPath("$.documents[0].title").value("Kế hoạch API"))
			.andExpect(jsonPath("$.documents[0].fileName").value(VIETNAMESE_NAME))
			.andExpect(jsonPath("$.documents[0].contentType").value("application/pdf"))
			.andExpect(jsonPath("$.documents[0].size").value(2000))
			.andExpect(jsonPath("$.documents[0].uploadedAt").exists());
		MockHttpServletResponse file = this.mvc
			.perform(get("/api/v1/campaigns/" + id + "/documents/" + document).header("Accept", "application/json")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(file.getContentAsByteArray()).isEqualTo(pdf(2000));
		assertThat(file.getHeader("Content-Disposition")).contains("filename*=UTF-8''K%E1%BA%BF");
	}

	@Test
	void addingIsRefusedOnceTheCampaignIsClosed() throws Exception {
		long pa04 = unit("LS-PA04");
		long id = draft("Văn bản đã kết thúc 2074", 2074, List.of(pa04));
		TestUsers.runAs(this.users, "staff", () -> {
			launchWithTable(id);
			this.campaigns.close(id);
		});
		long files = count("stored_file");
		Document form = upload(id, "Muộn", "muon.pdf", pdf(100));
		assertThat(form.select("#document-form-errors").text())
			.contains("Đợt thi đua đã kết thúc; không thể thêm văn bản.");
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(page(id, "staff").select("#document-new")).isEmpty();
	}

	@Test
	void theDemoMovementCarriesItsLaunchPlanAsARealPdf() throws java.io.IOException {
		long movement = this.jdbc
			.sql("select id from campaign where name like 'Phong trào thi đua “Vì an ninh Tổ quốc” năm 2026'")
			.query(Long.class)
			.single();
		var list = TestUsers.runAs(this.users, "member.officer",
				() -> this.documents.list(this.campaigns.get(movement)));
		assertThat(list).singleElement().satisfies(d -> {
			assertThat(d.title()).isEqualTo("Kế hoạch phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2026");
			assertThat(d.file().size()).isGreaterThan(5_000);
		});
		byte[] head = this.jdbc.sql("select substring(content from 1 for 5) from stored_file where id = :id")
			.param("id", list.get(0).file().id())
			.query((rs, i) -> rs.getBytes(1))
			.single();
		assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// kept under target/screenshots, to be looked at
		byte[] pdf = this.jdbc.sql("select content from stored_file where id = :id")
			.param("id", list.get(0).file().id())
			.query((rs, i) -> rs.getBytes(1))
			.single();
		java.nio.file.Path screenshots = java.nio.file.Path.of("target", "screenshots");
		java.nio.file.Files.createDirectories(screenshots);
		java.nio.file.Files.write(screenshots.resolve("demo-launch-plan.pdf"), pdf);
	}

	private Document upload(long id, String title, String name, byte[] content) throws Exception {
		String html = this.mvc
			.perform(multipart("/campaigns/" + id + "/documents/new")
				.file(new MockMultipartFile("file", name, "application/pdf", content))
				.param("title", title)
				.with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private long add(long campaignId, String title) {
		return TestUsers.runAs(this.users, "staff",
				() -> this.documents.add(campaignId, title, VIETNAMESE_NAME, pdf(2000)).id());
	}

	private Document page(long id, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/campaigns/" + id).with(TestUsers.as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long draft(String name, int year) {
		return draft(name, year, List.of());
	}

	/** A draft with one content and indicator, ready to launch when it has a scope. */
	private long draft(String name, int year, List<Long> unitIds) {
		return TestUsers.runAs(this.users, "staff", () -> {
			Campaign c = this.campaigns.create(CampaignServiceTests.form(name, year, unitIds));
			CampaignContent content = this.campaigns.addContent(c.getId(), new ContentForm("Nội dung", null));
			this.campaigns.addIndicator(c.getId(), new IndicatorForm(content.getId(), "1", "Không vi phạm", null,
					Direction.DONE_OR_NOT, InputShape.VALUE, ReportingPeriod.YEAR, null, null, List.of()));
			return c.getId();
		});
	}

	private long count(String tableAndCondition) {
		return this.jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}

	private long fileOf(long documentId) {
		return this.jdbc.sql("select file_id from campaign_document where id = :id")
			.param("id", documentId)
			.query(Long.class)
			.single();
	}

	private long unit(String code) {
		return this.units.findByCodeIgnoreCase(code).orElseThrow().getId();
	}

	static byte[] pdf(int size) {
		byte[] content = new byte[size];
		byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
		for (int i = header.length; i < size; i++) {
			content[i] = (byte) (i % 251);
		}
		return content;
	}

	/** Launches a draft after giving it a valid scoring table, as launching requires. */
	private void launchWithTable(long id) {
		TestScoringTables.saveValid(this.scoring, id);
		this.campaigns.launch(id);
	}

}
