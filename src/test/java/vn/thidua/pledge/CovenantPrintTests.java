package vn.thidua.pledge;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.shared.document.PdfChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The printed covenant and the covenant API, on the demo covenant of "Khối Cảnh sát"
 * (signed by every member): the PDF in the Decree 30 layout with Vietnamese text that
 * copies correctly, the print view, the API, and scoping (404 outside).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CovenantPrintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long covenant;

	String hash;

	@BeforeEach
	void findTheDemoCovenant() {
		Map<String, Object> row = this.jdbc.sql("""
				select c.id, v.content_hash from covenant c
				join emulation_cluster e on e.id = c.cluster_id
				join campaign k on k.id = c.campaign_id
				join covenant_version v on v.covenant_id = c.id and v.number = 1
				where e.name = 'Khối Cảnh sát' and e.year = 2026 and k.name like '%Vì an ninh Tổ quốc%năm 2026'
				""").query().singleRow();
		this.covenant = ((Number) row.get("id")).longValue();
		this.hash = (String) row.get("content_hash");
	}

	@Test
	void theCovenantPdfIsA4WithEmbeddedFontsAndReadableVietnamese() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/covenants/{id}/versions/1/print.pdf", this.covenant).with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''giao-uoc-khoi-canh-sat-2026-ban-1.pdf");
		byte[] pdf = response.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		PdfChecks.assertA4WithinMargins(pdf);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.assertTagged(pdf, "vi");
		PdfChecks.save(pdf, "covenant-print");

		String text = PdfChecks.pdftotext(pdf);
		assertThat(text)
			.contains("CÔNG AN TỈNH LÂM SƠN", "KHỐI CẢNH SÁT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "GIAO ƯỚC THI ĐUA", "Vì an ninh Tổ quốc",
					"Chủ động, kỷ cương, trách nhiệm, hiệu quả", "NỘI DUNG VÀ CHỈ TIÊU THI ĐUA CHUNG",
					"Tỷ lệ điều tra, khám phá án", "giảm ≥ 5%", "ĐĂNG KÝ DANH HIỆU THI ĐUA", "Phòng Cảnh sát hình sự",
					"Tổng cộng", "THỦ TRƯỞNG ĐƠN VỊ", "Đã có hiệu lực", this.hash)
			.containsPattern("Lâm Sơn, ngày \\d\\d tháng \\d\\d? năm 2026")
			.doesNotContain("Chưa ký");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String pdfbox = new PDFTextStripper().getText(document);
			assertThat(pdfbox).contains("GIAO ƯỚC THI ĐUA", "Khối Cảnh sát", this.hash);
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void thePrintViewShowsTheSameDocumentWithItsToolbar() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/covenants/{id}/print", this.covenant).with(TestUsers.as(this.users, "other.officer")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("GIAO ƯỚC THI ĐUA")
			.contains("/covenants/" + this.covenant + "/versions/1/print.pdf")
			.contains("id=\"document-print\"")
			.contains(this.hash)
			.doesNotContain("style=");
	}

	@Test
	void aUnitOfAnotherClusterCannotPrintIt() throws Exception {
		for (String path : new String[] { "/covenants/{id}/print", "/covenants/{id}/print.pdf",
				"/covenants/{id}/versions/1/print", "/covenants/{id}/versions/1/print.pdf" }) {
			int status = this.mvc.perform(get(path, this.covenant).with(TestUsers.as(this.users, "member.officer")))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isEqualTo(404);
		}
		int missing = this.mvc
			.perform(
					get("/covenants/{id}/versions/99/print.pdf", this.covenant).with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(missing).isEqualTo(404);
	}

	@Test
	void theApiGivesTargetsRegistrationsAndVerifiedSignatures() throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/covenants/{id}", this.covenant).with(TestUsers.as(this.users, "other.officer")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(json, "$.cluster.name")).isEqualTo("Khối Cảnh sát");
		assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("IN_FORCE");
		assertThat((String) JsonPath.read(json, "$.contentHash")).isEqualTo(this.hash);
		java.util.List<Object> parties = JsonPath.read(json, "$.parties");
		assertThat(parties).isNotEmpty();
		java.util.List<String> hashes = JsonPath.read(json, "$.parties[*].signature.hash");
		assertThat(hashes).hasSize(parties.size()).containsOnly(this.hash);
		java.util.List<Boolean> verified = JsonPath.read(json, "$.parties[*].signature.verifies");
		assertThat(verified).containsOnly(true);
		java.util.List<Object> targets = JsonPath.read(json, "$.parties[0].targets");
		assertThat(targets).isNotEmpty();

		String list = this.mvc
			.perform(get("/api/v1/campaigns/{id}/covenants", campaignOf(this.covenant))
				.with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.List<String> states = JsonPath.read(list, "$[?(@.cluster.name == 'Khối Cảnh sát')].state");
		assertThat(states).containsExactly("IN_FORCE");

		int outside = this.mvc
			.perform(get("/api/v1/covenants/{id}", this.covenant).with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(outside).isEqualTo(404);
	}

	@Test
	void theCovenantEndpointsAreInTheOpenApiDocument() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs").with(TestUsers.as(this.users, "staff")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("/api/v1/covenants/{id}", "/api/v1/covenants/{id}/versions/{number}",
				"/api/v1/campaigns/{id}/covenants");
	}

	private long campaignOf(long covenantId) {
		return this.jdbc.sql("select campaign_id from covenant where id = :id")
			.param("id", covenantId)
			.query(Long.class)
			.single();
	}

}
