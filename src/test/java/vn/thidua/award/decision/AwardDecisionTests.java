package vn.thidua.award.decision;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Award decisions entered by provincial staff through the pages, with amounts worked by
 * hand (base salary 2.340.000 đ from 01/07/2024, 1.800.000 đ from 01/07/2023; rounded up
 * to ten thousand đồng):
 * <ul>
 * <li>CSTT 0,3 × 2.340.000 = 702.000 → 710.000 đ;</li>
 * <li>ĐVTT 0,8 × 2.340.000 = 1.872.000 → 1.880.000 đ;</li>
 * <li>Giấy khen (individual) 0,3 → 710.000 đ, entered as 500.000 đ with a reason;</li>
 * <li>total 710.000 + 1.880.000 + 500.000 = 3.090.000 đ.</li>
 * </ul>
 * Every decision a test makes is removed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AwardDecisionTests {

	private static final String NUMBERS = "('7001/QĐ-CAT', '7002/QĐ-CAT', '7003/QĐ-CAT', '7004/QĐ-CAT', '7005/QĐ-CAT', '7006/QĐ-CAT',"
			+ " '7007/QĐ-CAT')";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDecisions() {
		this.jdbc.sql("update award_decision set superseded_by_id = null where number in " + NUMBERS).update();
		this.jdbc.sql("delete from award_decision where amends_id is not null and number in " + NUMBERS).update();
		this.jdbc.sql("delete from award_decision where number in " + NUMBERS).update();
	}

	@Test
	void aDecisionIsEnteredRecordedAndShownInTheRecordsWithItsAmounts() throws Exception {
		long decision = create("7001/QĐ-CAT", "15/06/2026");
		List<Long> officers = officersOf("LS-PA04");
		long pa04 = unit("LS-PA04");

		addLine(decision, pa04, officers.get(0), item("CSTT", "INDIVIDUAL"), null, null);
		addLine(decision, pa04, null, item("DVTT", "COLLECTIVE"), null, null);
		// another amount without a reason: the form comes back, nothing is added
		this.mvc.perform(line(decision, pa04, officers.get(1), item("GIAY_KHEN", "INDIVIDUAL"), "500000", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"amountReason-error\""),
					containsString("Số tiền khác danh mục phải có lý do."))));
		assertThat(lines(decision)).isEqualTo(2);
		addLine(decision, pa04, officers.get(1), item("GIAY_KHEN", "INDIVIDUAL"), "500000",
				"Theo mức khen của đợt phát động");

		assertThat(amounts(decision)).containsExactly(710_000L, 1_880_000L, 500_000L);
		this.mvc
			.perform(post("/awards/decisions/" + decision + "/record").with(csrf())
				.param("version", String.valueOf(version(decision)))
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/awards/decisions/" + decision).with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3.090.000 đ"), containsString("2.340.000 đ"),
					containsString("Theo mức khen của đợt phát động"), containsString("Đã ghi nhận"))));
		// the unit's officer reads the record of its officer, and the unit's own
		this.mvc
			.perform(
					get("/awards/records/officers/" + officers.get(0)).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7001/QĐ-CAT"), containsString("710.000 đ"))));
		this.mvc.perform(get("/awards/records/units/" + pa04).with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1.880.000 đ"), containsString("Đơn vị tiên tiến"),
					containsString("Khen thưởng cá nhân năm 2026"), containsString("710.000 đ"))));
		// the officers' records of another year, the unit's own of every year still
		this.mvc
			.perform(get("/awards/records/units/" + pa04).param("year", "2025")
				.with(TestUsers.as(this.users, "member.commander")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1.880.000 đ"),
					containsString("Khen thưởng cá nhân năm 2025"), not(containsString("năm 2026")))));
		// the search by the decision number counts and adds up its lines; a page past the
		// last shows the last
		this.mvc
			.perform(get("/awards/records").param("number", "7001/qđ-cat")
				.param("page", "3")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tìm thấy 3 hồ sơ, tổng tiền thưởng 3.090.000 đ."),
					containsString("710.000 đ"), containsString("500.000 đ"))));
		this.mvc
			.perform(get("/awards/records").param("q", "7001/qd-cat")
				.param("item", "DVTT")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tìm thấy 1 hồ sơ, tổng tiền thưởng 1.880.000 đ."),
					not(containsString("710.000 đ")))));
		// nobody else's unit sees it
		this.mvc
			.perform(get("/awards/records/officers/" + officers.get(0)).with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/awards/decisions/" + decision).with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isNotFound());
		// a recorded decision takes no more lines
		this.mvc.perform(line(decision, pa04, null, item("DVTT", "COLLECTIVE"), null, null))
			.andExpect(status().is3xxRedirection());
		assertThat(lines(decision)).isEqualTo(3);
	}

	@Test
	void theSearchIgnoresDiacriticsAndTheExportCarriesTheRowsAndTheTotal() throws Exception {
		long decision = create("7002/QĐ-CAT", "15/06/2026");
		long pa04 = unit("LS-PA04");
		long officer = officersOf("LS-PA04").get(0);
		addLine(decision, pa04, officer, item("CSTT", "INDIVIDUAL"), null, null);
		addLine(decision, pa04, null, item("DVTT", "COLLECTIVE"), null, null);
		record(decision);
		String name = this.jdbc.sql("select full_name from officer where id = :id")
			.param("id", officer)
			.query(String.class)
			.single();
		String folded = vn.thidua.shared.text.VietnameseText.fold(name);
		assertThat(folded).isNotEqualTo(name.toLowerCase());
		this.mvc
			.perform(get("/awards/records").param("q", folded)
				.param("number", "7002")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(name), containsString("Tìm thấy 1 hồ sơ"), containsString("710.000 đ"))));
		byte[] xlsx = this.mvc
			.perform(get("/awards/records/export.xlsx").param("number", "7002/qđ-cat")
				.with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			// the title, the header, two records and the total (the blank row is not
			// read)
			assertThat(rows).hasSize(5);
			assertThat(rows.get(2).getCellText(0)).isEqualTo("7002/QĐ-CAT");
			assertThat(rows.get(2).getCellAsNumber(9).orElseThrow().longValue()).isEqualTo(710_000L);
			assertThat(rows.get(4).getCellAsNumber(9).orElseThrow().longValue()).isEqualTo(2_590_000L);
		}
		// a unit outside the record's unit finds nothing
		this.mvc.perform(get("/awards/records").param("number", "7002").with(TestUsers.as(this.users, "other.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tìm thấy 0 hồ sơ"), not(containsString(name)))));
	}

	@Test
	void theSearchFindsTheWordsTypedFromTheStartOfWordsInTheOrderTypedTheLastOneUnfinished() throws Exception {
		long decision = create("7007/QĐ-CAT", "15/06/2026");
		long pa04 = unit("LS-PA04");
		long huong = this.jdbc.sql("select id from officer where full_name = 'Bùi Thị Thanh Hương'")
			.query(Long.class)
			.single();
		addLine(decision, pa04, huong, item("CSTT", "INDIVIDUAL"), null, null);
		addLine(decision, pa04, null, item("DVTT", "COLLECTIVE"), null, null);
		record(decision);
		// the officer's record is "bui thi thanh huong phong an ninh kinh te
		// 7007/qd-cat",
		// the unit's "phong an ninh kinh te phong an ninh kinh te 7007/qd-cat"
		assertFound("bui thi thanh huong", 1);
		assertFound("Thanh Hương", 1);
		assertFound("thi thanh hu", 1);
		assertFound("bui", 1);
		assertFound("an ninh kinh te", 2);
		assertFound("huong phong an ninh", 1);
		assertFound("7007/qd-cat", 2);
		assertFound("7007 QĐ", 2);
		// not in another order, not from the middle of a word, not words found apart
		assertFound("huong thanh", 0);
		assertFound("hi thanh huong", 0);
		assertFound("bui thanh huong", 0);
		assertFound("thanh huong kinh te", 0);
		// nothing to look for but signs
		assertFound("/ - /", 0);
		// the export takes the same words
		byte[] xlsx = this.mvc
			.perform(get("/awards/records/export.xlsx").param("q", "thi thanh hu")
				.param("number", "7007")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			// the title, the header, one record and the total
			assertThat(rows).hasSize(4);
			assertThat(rows.get(2).getCellText(0)).isEqualTo("7007/QĐ-CAT");
		}
	}

	@Test
	void theDatabaseWritesTheSameSearchWordsAsTheApplication() {
		// the rule of V45 fills the records written before it and those inserted without
		// their words
		for (String text : List.of("nguyen van an cong an xa thu tai 2500 2500/qd-cat",
				"phong an ninh kinh te (pa04) - 7001/qd-cat", "a", "", " x  y ")) {
			assertThat(this.jdbc.sql("select award_record_words(:text) = cast(:words as tsvector)")
				.param("text", text)
				.param("words", SearchWords.lexemes(text))
				.query(Boolean.class)
				.single()).as(text).isTrue();
		}
	}

	/** The search of the words among the records of 7007/QĐ-CAT finds that many. */
	private void assertFound(String words, int records) throws Exception {
		this.mvc
			.perform(get("/awards/records").param("q", words)
				.param("number", "7007")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tìm thấy " + records + " hồ sơ")));
	}

	@Test
	void aDuplicateNumberABadNumberAndAMissingBaseSalaryAreRefusedAndNothingIsSaved() throws Exception {
		create("7003/QĐ-CAT", "02/02/2026");
		long before = count();
		this.mvc.perform(decisionForm(" 7003/qđ-cat", "10/10/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số quyết định 7003/qđ-cat của cấp này năm 2026 đã có.")));
		this.mvc.perform(decisionForm("QĐ bảy nghìn", "10/10/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số, ký hiệu phải có dạng số/ký hiệu")));
		this.mvc.perform(decisionForm("7004/QĐ-CAT", "10/10/2015"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có mức lương cơ sở áp dụng vào ngày này")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRecipientOutsideTheIssuersSubtreeOrAnItemForTheOtherKindOfRecipientIsRefused() throws Exception {
		long decision = create("7004/QĐ-CAT", "15/06/2026");
		long outside = this.jdbc
			.sql("""
					insert into unit (code, name, kind, path, depth, headcount, valid_from, sort_key, search_text)
					values ('ZZ-KHAC', 'Công an tỉnh khác', 'PROVINCE_POLICE', '/', 0, 10, date '2020-01-01', '\\x00'::bytea,
					        'zz-khac cong an tinh khac')
					returning id""")
			.query(Long.class)
			.single();
		try {
			this.jdbc.sql("update unit set path = '/' || id || '/' where id = :id").param("id", outside).update();
			this.mvc.perform(line(decision, outside, null, item("DVTT", "COLLECTIVE"), null, null))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("không thuộc phạm vi của đơn vị ban hành")));
			this.mvc.perform(line(decision, unit("LS-PA04"), null, item("CSTT", "INDIVIDUAL"), null, null))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("hãy chọn hình thức cho tập thể")));
			assertThat(lines(decision)).isZero();
		}
		finally {
			this.jdbc.sql("delete from unit where id = :id").param("id", outside).update();
		}
	}

	@Test
	void anAmendingDecisionSupersedesTheOldOneWhoseRecordsNoLongerCount() throws Exception {
		long old = create("7005/QĐ-CAT", "10/03/2024");
		long pa04 = unit("LS-PA04");
		long officer = officersOf("LS-PA04").get(0);
		// in March 2024 the base salary was 1.800.000 đ: CSTT 0,3 × 1.800.000 = 540.000 đ
		addLine(old, pa04, officer, item("CSTT", "INDIVIDUAL"), null, null);
		assertThat(amounts(old)).containsExactly(540_000L);
		record(old);
		this.mvc
			.perform(post("/awards/decisions/" + old + "/amend").with(csrf())
				.param("number", "7006/QĐ-CAT")
				.param("decidedOn", "20/03/2024")
				.param("authority", "DIRECTOR")
				.param("signer", "Đại tá Nguyễn Văn Bình")
				.param("kind", "REGULAR")
				.param("amendmentReason", " ")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy ghi lý do sửa đổi.")));
		this.mvc
			.perform(post("/awards/decisions/" + old + "/amend").with(csrf())
				.param("number", "7006/QĐ-CAT")
				.param("decidedOn", "20/03/2024")
				.param("authority", "DIRECTOR")
				.param("signer", "Đại tá Nguyễn Văn Bình")
				.param("kind", "REGULAR")
				.param("amendmentReason", "Ghi nhầm đơn vị ban hành")
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection());
		long amending = this.jdbc.sql("select id from award_decision where amends_id = :id")
			.param("id", old)
			.query(Long.class)
			.single();
		assertThat(amounts(amending)).containsExactly(540_000L);
		record(amending);
		this.mvc.perform(get("/awards/decisions/" + old).with(TestUsers.as(this.users, "staff")))
			.andExpect(content().string(containsString("thay thế bởi quyết định 7006/QĐ-CAT")));
		this.mvc.perform(get("/awards/records/officers/" + officer).with(TestUsers.as(this.users, "staff")))
			.andExpect(content().string(allOf(containsString("7006/QĐ-CAT"), not(containsString("7005/QĐ-CAT")))));
		this.jdbc.sql("update award_decision set superseded_by_id = null where id = :id").param("id", old).update();
		this.jdbc.sql("delete from award_decision where id = :id").param("id", amending).update();
	}

	@Test
	void anOfficersRecordKeepsWhatWasGivenUnderADissolvedUnit() throws Exception {
		long decision = create("7003/QĐ-CAT", "20/12/2024");
		long district = unit("LS-H01");
		long officer = officersOf("LS-PA04").get(0);
		addLine(decision, district, null, item("DVTT", "COLLECTIVE"), null, null);
		record(decision);
		// a line of an officer serving there then, as imported from the past years' files
		this.jdbc.sql("""
				insert into award_record (decision_id, line_no, unit_id, officer_id, recipient_name, unit_name, item_id,
				                          achievement, cash_multiple, catalogue_amount, amount, search_text, sort_key)
				select :d, 2, :u, o.id, o.full_name, 'Công an huyện Yên Lạc', i.id, 'Hoàn thành tốt nhiệm vụ', 0.3,
				       710000, 710000, 'x', o.sort_key
				from officer o, award_catalogue_item i
				where o.id = :o and i.code = 'CSTT' and i.valid_to is null""")
			.param("d", decision)
			.param("u", district)
			.param("o", officer)
			.update();
		this.mvc.perform(get("/awards/records/units/" + district).with(TestUsers.as(this.users, "leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("kết thúc hoạt động ngày 28/02/2025"),
					containsString("1.880.000 đ"), containsString("710.000 đ"))));
		this.mvc.perform(get("/awards/records/officers/" + officer).with(TestUsers.as(this.users, "member.officer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Công an huyện Yên Lạc"), containsString("7003/QĐ-CAT"))));
	}

	// ------------------------------------------------------------------ helpers

	private long create(String number, String date) throws Exception {
		this.mvc.perform(decisionForm(number, date)).andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select id from award_decision where number = :n")
			.param("n", number)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder decisionForm(String number, String date) {
		return post("/awards/decisions").with(csrf())
			.param("number", number)
			.param("decidedOn", date)
			.param("authority", "DIRECTOR")
			.param("signer", "Đại tá Nguyễn Văn Bình")
			.param("kind", "REGULAR")
			.with(TestUsers.as(this.users, "staff"));
	}

	private void addLine(long decision, long unit, Long officer, long item, String amount, String reason)
			throws Exception {
		this.mvc.perform(line(decision, unit, officer, item, amount, reason)).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder line(long decision, long unit, Long officer, long item, String amount,
			String reason) {
		MockHttpServletRequestBuilder request = post("/awards/decisions/" + decision + "/lines").with(csrf())
			.param("unitId", String.valueOf(unit))
			.param("itemId", String.valueOf(item))
			.param("achievement", "Hoàn thành xuất sắc nhiệm vụ năm")
			.with(TestUsers.as(this.users, "staff"));
		if (officer != null) {
			request.param("officerId", String.valueOf(officer));
		}
		if (amount != null) {
			request.param("amount", amount);
		}
		if (reason != null) {
			request.param("amountReason", reason);
		}
		return request;
	}

	private void record(long decision) throws Exception {
		this.mvc
			.perform(post("/awards/decisions/" + decision + "/record").with(csrf())
				.param("version", String.valueOf(version(decision)))
				.with(TestUsers.as(this.users, "staff")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select state from award_decision where id = :id")
			.param("id", decision)
			.query(String.class)
			.single()).isEqualTo("RECORDED");
	}

	private long version(long decision) {
		return this.jdbc.sql("select version from award_decision where id = :id")
			.param("id", decision)
			.query(Long.class)
			.single();
	}

	private int lines(long decision) {
		return this.jdbc.sql("select count(*) from award_record where decision_id = :id")
			.param("id", decision)
			.query(Integer.class)
			.single();
	}

	private List<Long> amounts(long decision) {
		return this.jdbc.sql("select amount from award_record where decision_id = :id order by line_no")
			.param("id", decision)
			.query(Long.class)
			.list();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from award_decision").query(Long.class).single();
	}

	private long item(String code, String recipient) {
		return this.jdbc.sql("""
				select id from award_catalogue_item where code = :c and recipient = :r and valid_to is null""")
			.param("c", code)
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
	}

	private List<Long> officersOf(String code) {
		return this.jdbc.sql("""
				select o.id from officer o join unit u on u.id = o.unit_id where u.code = :c order by o.id""")
			.param("c", code)
			.query(Long.class)
			.list();
	}

}
