package vn.thidua.award.deed;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The good-deed book through its pages: a commander records a thank-you letter with its
 * scan for an officer of LS-PA04, refused forms keep what was typed and save nothing,
 * other units and the read-only leadership are kept out, the record pages show the deed,
 * and staff turn it into a one-off proposal dossier. What the tests make is removed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GoodDeedPagesTests {

	private static final String MARK = "Kiểm thử sổ việc tốt";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatTheTestsMade() {
		List<Long> dossiers = this.jdbc
			.sql("select dossier_id from award_good_deed where description like :m and dossier_id is not null")
			.param("m", MARK + "%")
			.query(Long.class)
			.list();
		List<Long> files = this.jdbc
			.sql("select scan_file_id from award_good_deed where description like :m and scan_file_id is not null")
			.param("m", MARK + "%")
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from award_good_deed where description like :m").param("m", MARK + "%").update();
		if (!dossiers.isEmpty()) {
			this.jdbc.sql("delete from award_dossier where id in (:ids)").param("ids", dossiers).update();
		}
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void aCommanderRecordsALetterWithItsScanAndTheRecordPagesShowIt() throws Exception {
		long officer = officerOf("LS-PA04");
		String location = this.mvc
			.perform(deed("member.commander", unit("LS-PA04"), officer, "15/11/2026", "Chợ Đông Kinh", MARK + " thư 1")
				.file(png()))
			.andExpect(redirectedUrlPattern("/awards/deeds/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(MARK + " thư 1"), containsString("Chợ Đông Kinh"),
					containsString("id=\"deed-scan-link\""), containsString("thu-cam-on.png"),
					not(containsString("id=\"deed-propose\"")))));
		this.mvc.perform(get(location + "/scan").with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		this.mvc.perform(get("/awards/records/officers/" + officer).with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Việc tốt, thư cảm ơn"), containsString(MARK + " thư 1"),
					containsString("/awards/deeds/" + id))));
		this.mvc
			.perform(get("/awards/records/units/" + unit("LS-PA04")).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unit-deeds\""), containsString(MARK + " thư 1"))));
		this.mvc.perform(get("/awards/deeds").with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(MARK + " thư 1")));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'AWARD_GOOD_DEED_CREATED' and object_type = 'AWARD_GOOD_DEED' and object_id = :id""")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSavesNothing() throws Exception {
		long before = count();
		long files = this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		// a blank place and too long a sender: the fields say so, the text stays
		this.mvc
			.perform(deed("member.commander", unit("LS-PA04"), officerOf("LS-PA04"), "15/11/2026", " ",
					MARK + " giữ lại")
				.param("senderName", "x".repeat(256))
				.file(png()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"place-error\""),
					containsString("id=\"senderName-error\""), containsString(MARK + " giữ lại"),
					containsString("id=\"deed-file-dropped\""), containsString("checked=\"checked\""))));
		// a date after today
		this.mvc
			.perform(deed("member.commander", unit("LS-PA04"), null, "01/01/2099", "Bến xe Lạng Sơn",
					MARK + " tương lai"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"happenedOn-error\""),
					containsString("Ngày xảy ra không được sau hôm nay"), containsString("Bến xe Lạng Sơn"))));
		// a text file called .png: refused by its content
		this.mvc
			.perform(deed("member.commander", unit("LS-PA04"), null, "15/11/2026", "Bến xe Lạng Sơn", MARK + " tệp")
				.file(new MockMultipartFile("file", "thu.png", "image/png",
						"not an image".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"file-error\""), containsString(MARK + " tệp"))));
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void anotherUnitsDeedIsNotFoundAndAnotherUnitCannotBeChosen() throws Exception {
		long id = record("member.commander", MARK + " phạm vi");
		this.mvc.perform(get("/awards/deeds/" + id).with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/awards/deeds/" + id + "/scan").with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/awards/deeds/" + id + "/delete").param("version", "0")
				.with(csrf())
				.with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/awards/deeds").with(TestUsers.as(this.users, "other.officer")))
			.andExpect(content().string(not(containsString(MARK + " phạm vi"))));
		long before = count();
		this.mvc
			.perform(deed("member.commander", unit("LS-PC02"), null, "15/11/2026", "Ngã tư Phai Vệ",
					MARK + " đơn vị khác"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unitId-error\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void leadershipReadsButDoesNotWrite() throws Exception {
		long id = record("member.commander", MARK + " lãnh đạo");
		this.mvc.perform(get("/awards/deeds/" + id).with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"deed-delete\""))));
		this.mvc.perform(get("/awards/deeds/new").with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isForbidden());
		long before = count();
		this.mvc.perform(deed("leader", unit("LS-PA04"), null, "15/11/2026", "Ngã tư Phai Vệ", MARK + " lãnh đạo ghi"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/awards/deeds/" + id + "/dossier").param("version", "0")
				.with(csrf())
				.with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void staffTurnADeedIntoAOneOffDossier() throws Exception {
		long id = record("member.commander", MARK + " đề nghị");
		this.mvc.perform(get("/awards/deeds/" + id).with(TestUsers.as(this.users, "staff")))
			.andExpect(content().string(containsString("id=\"deed-propose\"")));
		// a unit's commander does not make dossiers
		this.mvc
			.perform(post("/awards/deeds/" + id + "/dossier").param("version", "0")
				.with(csrf())
				.with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isForbidden());
		String location = this.mvc
			.perform(post("/awards/deeds/" + id + "/dossier").param("version", "0")
				.with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(redirectedUrlPattern("/awards/dossiers/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long dossier = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.sql("select dossier_id from award_good_deed where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(dossier);
		assertThat(this.jdbc.sql("""
				select i.code || ' ' || i.recipient || ' ' || d.authority || ' ' || l.achievement
				from award_dossier_line l join award_catalogue_item i on i.id = l.item_id
				join award_dossier d on d.id = l.dossier_id where l.dossier_id = :d""")
			.param("d", dossier)
			.query(String.class)
			.list()).containsExactly("GIAY_KHEN INDIVIDUAL DIRECTOR " + MARK + " đề nghị");
		this.mvc.perform(get(location).with(TestUsers.as(this.users, "staff"))).andExpect(status().isOk());
		this.mvc.perform(get("/awards/deeds/" + id).with(TestUsers.as(this.users, "member.commander")))
			.andExpect(content()
				.string(allOf(containsString("id=\"deed-dossier-link\""), not(containsString("id=\"deed-delete\"")))));
		// once only
		this.mvc
			.perform(post("/awards/deeds/" + id + "/dossier").param("version", "1")
				.with(csrf())
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(redirectedUrl("/awards/deeds/" + id))
			.andExpect(flash().attributeExists("flashError"));
	}

	@Test
	void aDeedNotYetProposedIsDeleted() throws Exception {
		long id = record("member.commander", MARK + " xóa");
		this.mvc
			.perform(post("/awards/deeds/" + id + "/delete").param("version", "0")
				.with(csrf())
				.with(TestUsers.as(this.users, "member.officer")))
			.andExpect(redirectedUrl("/awards/deeds"));
		assertThat(this.jdbc.sql("select count(*) from award_good_deed where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'AWARD_GOOD_DEED_DELETED' " + "and object_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDemoBookHasTheCommandersThankYouLetter() {
		assertThat(this.jdbc.sql("""
				select count(*) from award_good_deed d join unit u on u.id = d.unit_id
				where u.code = 'LS-PA04' and d.kind = 'THANK_YOU_LETTER' and d.recorded_by = 'member.commander'
				  and d.scan_file_id is not null""").query(Long.class).single()).isEqualTo(1);
	}

	private long record(String user, String text) throws Exception {
		String location = this.mvc
			.perform(deed(user, unit("LS-PA04"), officerOf("LS-PA04"), "15/11/2026", "Phường Chi Lăng", text)
				.file(png()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockMultipartHttpServletRequestBuilder deed(String user, long unit, Long officer, String date, String place,
			String text) {
		MockMultipartHttpServletRequestBuilder request = multipart("/awards/deeds");
		request.param("unitId", String.valueOf(unit))
			.param("kind", "THANK_YOU_LETTER")
			.param("happenedOn", date)
			.param("place", place)
			.param("description", text)
			.param("senderName", "Ông Nguyễn Văn Thử")
			.with(csrf())
			.with(TestUsers.as(this.users, user));
		if (officer != null) {
			request.param("officerIds", String.valueOf(officer));
		}
		return request;
	}

	private static MockMultipartFile png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return new MockMultipartFile("file", "thu-cam-on.png", "image/png", out.toByteArray());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from award_good_deed").query(Long.class).single();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from organization_unit_v where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long officerOf(String code) {
		return this.jdbc.sql("select min(o.id) from organization_officer_v o where o.unit_id = :u")
			.param("u", unit(code))
			.query(Long.class)
			.single();
	}

}
