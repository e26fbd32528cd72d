package vn.thidua.award.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.thidua.TestUsers;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.dossier.DossierService.LineInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents attached to a proposal dossier (initiatives' confirmations, minutes,
 * letters): staff attach them to a draft, the page and the printed dossier (print view
 * and DOCX) list them by title, whoever reads the dossier downloads them, nobody else
 * does; a refused file or title keeps the title typed and saves nothing; a submitted
 * dossier takes no more files and loses none. The dossier each test makes is removed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierAttachmentTests {

	private static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierService dossiers;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private long dossier;

	@BeforeEach
	void makeADraftDossier() {
		long pc02 = this.jdbc.sql("select id from organization_unit_v where code = 'LS-PC02'")
			.query(Long.class)
			.single();
		long dvqt = this.jdbc.sql("""
				select id from award_catalogue_item where code = 'DVQT' and recipient = 'COLLECTIVE'
				order by valid_from desc limit 1""").query(Long.class).single();
		this.dossier = TestUsers.runAs(this.users, "staff",
				() -> this.dossiers
					.byHand(2026, Authority.DIRECTOR, List.of(new LineInput(pc02, null, dvqt, "Dẫn đầu phong trào")))
					.getId());
	}

	@AfterEach
	void removeTheDossierAndItsFiles() {
		List<Long> files = this.jdbc.sql("select file_id from award_dossier_attachment where dossier_id = :d")
			.param("d", this.dossier)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from award_dossier where id = :d").param("d", this.dossier).update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void staffAttachAConfirmationThatThePageAndThePrintedDossierList() throws Exception {
		this.mvc.perform(attach("staff", "Quyết định công nhận sáng kiến số 12/QĐ-PC02", pdf("sang-kien.pdf")))
			.andExpect(redirectedUrl("/awards/dossiers/" + this.dossier + "#dossier-attachments"))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.attachment.attached"));
		long attachment = this.jdbc.sql("select id from award_dossier_attachment where dossier_id = :d")
			.param("d", this.dossier)
			.query(Long.class)
			.single();

		this.mvc.perform(get("/awards/dossiers/" + this.dossier).with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quyết định công nhận sáng kiến số 12/QĐ-PC02"),
					containsString("sang-kien.pdf"),
					containsString("/awards/dossiers/" + this.dossier + "/attachments/" + attachment),
					// the leadership reads, never changes
					not(containsString("id=\"dossier-attachment-form\"")), not(containsString("/delete\"")))));
		this.mvc
			.perform(get("/awards/dossiers/" + this.dossier + "/attachments/" + attachment)
				.with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(PDF));

		this.mvc.perform(get("/awards/dossiers/" + this.dossier + "/print").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tài liệu kèm theo:"),
					containsString("1. Quyết định công nhận sáng kiến số 12/QĐ-PC02"))));
		byte[] docx = this.mvc
			.perform(get("/awards/dossiers/" + this.dossier + "/dossier.docx").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Tài liệu kèm theo:",
					"1. Quyết định công nhận sáng kiến số 12/QĐ-PC02");
		}
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'AWARD_DOSSIER_FILE_ATTACHED' and object_type = 'AWARD_DOSSIER' and object_id = :d""")
			.param("d", this.dossier)
			.query(Long.class)
			.single()).isEqualTo(1);

		// a unit's officer does not see the dossier, nor its files
		this.mvc
			.perform(get("/awards/dossiers/" + this.dossier + "/attachments/" + attachment)
				.with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isNotFound());
		// another dossier's file under this dossier's address: not found
		this.mvc
			.perform(get("/awards/dossiers/" + this.dossier + "/attachments/" + (attachment + 100000))
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isNotFound());

		// removed while a draft: the file goes with it
		long file = fileOf(attachment);
		this.mvc
			.perform(post("/awards/dossiers/" + this.dossier + "/attachments/" + attachment + "/delete")
				.with(TestUsers.as(this.users, "staff"))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.attachment.removed"));
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("select count(*) from stored_file where id = :f")
			.param("f", file)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRefusedFileOrTitleKeepsTheTitleAndSavesNothing() throws Exception {
		long files = storedFiles();
		// a text file named .pdf: refused by its content, the title stays in its field
		this.mvc
			.perform(attach("staff", "Biên bản họp Hội đồng",
					new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
							"not a pdf".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"file-error\""), containsString("value=\"Bi&ecirc;n bản họp Hội đồng\""),
							containsString("id=\"dossier-attachment-dropped\""))));
		// no file chosen
		this.mvc
			.perform(attach("staff", "Biên bản họp Hội đồng",
					new MockMultipartFile("file", "", "application/octet-stream", new byte[0])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")));
		// a blank title, and too long a title
		this.mvc.perform(attach("staff", "  ", pdf("a.pdf")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")));
		this.mvc.perform(attach("staff", "x".repeat(256), pdf("a.pdf")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")));
		assertThat(count()).isZero();
		assertThat(storedFiles()).isEqualTo(files);

		// the leadership and a unit's commander attach nothing
		this.mvc.perform(attach("leader", "Thư cảm ơn", pdf("thu.pdf"))).andExpect(status().isForbidden());
		this.mvc.perform(attach("head.commander", "Thư cảm ơn", pdf("thu.pdf"))).andExpect(status().isNotFound());
		assertThat(count()).isZero();
	}

	@Test
	void aSubmittedDossierTakesNoMoreFilesAndLosesNone() throws Exception {
		this.mvc.perform(attach("staff", "Thư cảm ơn của nhân dân", pdf("thu.pdf")))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.attachment.attached"));
		long attachment = this.jdbc.sql("select id from award_dossier_attachment where dossier_id = :d")
			.param("d", this.dossier)
			.query(Long.class)
			.single();
		long version = this.jdbc.sql("select version from award_dossier where id = :d")
			.param("d", this.dossier)
			.query(Long.class)
			.single();
		// the attachment moved the version on: a submission from the page before is stale
		this.mvc
			.perform(post("/awards/dossiers/" + this.dossier + "/submit").param("version", String.valueOf(version - 1))
				.with(TestUsers.as(this.users, "staff"))
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/awards/dossiers/" + this.dossier + "/submit").param("version", String.valueOf(version))
				.with(TestUsers.as(this.users, "staff"))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "award.dossier.submitted"));

		long files = storedFiles();
		this.mvc.perform(attach("staff", "Biên bản họp Hội đồng", pdf("bien-ban.pdf")))
			.andExpect(redirectedUrl("/awards/dossiers/" + this.dossier))
			.andExpect(flash().attribute("flashError", "award.dossier.attachment.error.notDraft"));
		this.mvc
			.perform(post("/awards/dossiers/" + this.dossier + "/attachments/" + attachment + "/delete")
				.with(TestUsers.as(this.users, "staff"))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "award.dossier.attachment.error.notDraft"));
		assertThat(count()).isEqualTo(1);
		assertThat(storedFiles()).isEqualTo(files);
		this.mvc.perform(get("/awards/dossiers/" + this.dossier).with(TestUsers.as(this.users, "staff")))
			.andExpect(content().string(allOf(containsString("Thư cảm ơn của nhân dân"),
					not(containsString("id=\"dossier-attachment-form\"")))));
	}

	@Test
	void aDossierHoldsAtMostThirtyFilesAndTheThirtyFirstIsNotRead() throws Exception {
		for (int i = 0; i < DossierAttachment.MAX_PER_DOSSIER; i++) {
			long file = this.jdbc.sql("""
					insert into stored_file (original_name, content_type, size_bytes, sha256, content, created_by)
					values ('tep.pdf', 'application/pdf', :size, repeat('0', 64), :content, 'staff') returning id""")
				.param("size", PDF.length)
				.param("content", PDF)
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into award_dossier_attachment (dossier_id, file_id, title, attached_by)
					values (:d, :f, :t, 'staff')""")
				.param("d", this.dossier)
				.param("f", file)
				.param("t", "Tài liệu " + (i + 1))
				.update();
		}
		long files = storedFiles();
		this.mvc.perform(attach("staff", "Tài liệu thứ 31", pdf("31.pdf")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"file-error\""),
					containsString("Một hồ sơ có tối đa 30 tài liệu kèm theo"))));
		assertThat(storedFiles()).isEqualTo(files);
		assertThat(count()).isEqualTo(DossierAttachment.MAX_PER_DOSSIER);
	}

	private MockMultipartHttpServletRequestBuilder attach(String username, String title, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/awards/dossiers/" + this.dossier + "/attachments");
		request.file(file).param("title", title).with(TestUsers.as(this.users, username)).with(csrf());
		return request;
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", PDF);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from award_dossier_attachment where dossier_id = :d")
			.param("d", this.dossier)
			.query(Long.class)
			.single();
	}

	private long storedFiles() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	private long fileOf(long attachment) {
		return this.jdbc.sql("select file_id from award_dossier_attachment where id = :a")
			.param("a", attachment)
			.query(Long.class)
			.single();
	}

}
