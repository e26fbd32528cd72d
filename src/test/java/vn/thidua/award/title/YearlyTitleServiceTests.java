package vn.thidua.award.title;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.organization.OfficerForm;
import vn.thidua.organization.OfficerService;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The yearly title list of LS-PC02 for 2029 (a year no other test uses), on the embedded
 * PostgreSQL with the demo province: facts read from the tables, the officers from the
 * organisation, the scope, the unit's edits and the commander's submission.
 */
@SpringBootTest
class YearlyTitleServiceTests {

	private static final int YEAR = 2029;

	@Autowired
	YearlyTitleService titles;

	@Autowired
	OfficerService officers;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void proposesDefersAdjustsComputesTheCollectiveTitleAndSubmits() {
		long pc02 = unit("LS-PC02");
		long pa05 = unit("LS-PA05");
		// an officer who served in another unit before: CSTĐCS there in 2027 and 2028
		long chain = as("staff", () -> this.officers
			.create(new OfficerForm("Đặng Thị Chuỗi Năm", "Thiếu tá", "Cán bộ", pc02, LocalDate.of(2020, 1, 1), null)))
			.getId();
		pastTitle(chain, pa05, "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", 2027, "CSTDCS",
				"REGULAR");
		pastTitle(chain, pa05, "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", 2028, "CSTDCS",
				"REGULAR");
		this.jdbc.sql("""
				insert into award_title_recognition (officer_id, year, kind, level, decision_number)
				values (:o, 2029, 'INITIATIVE', 'MINISTRY', '88/QĐ-BCA')""").param("o", chain).update();
		// an officer reprimanded in 2029: deferred
		long disciplined = as("staff",
				() -> this.officers.create(
						new OfficerForm("Bùi Văn Kỷ Luật", "Đại úy", "Cán bộ", pc02, LocalDate.of(2020, 1, 1), null)))
			.getId();
		this.jdbc.sql("""
				insert into award_title_discipline (officer_id, level, valid_from, valid_to)
				values (:o, 'REPRIMAND', date '2029-02-01', date '2029-07-31')""").param("o", disciplined).update();

		as("other.officer", () -> this.titles.classify(pc02, YEAR, chain, new ClassificationForm(TaskClass.EXCELLENT)));
		YearlyTitleList list = as("other.officer", () -> this.titles.list(pc02, YEAR));
		assertThat(list.mayEdit()).isTrue();
		assertThat(list.maySubmit()).isFalse();
		YearlyTitleList.Row row = list.row(chain);
		assertThat(row.proposal().title()).isEqualTo(Title.CSTD_BO);
		assertThat(row.reasons().get(0).key()).isEqualTo("award.title.rule.cstdBo");
		assertThat(row.reasons().get(0).arguments()).contains("2027, 2028, 2029", "88/QĐ-BCA");
		assertThat(row.needsVote()).isTrue();
		YearlyTitleList.Row deferred = list.row(disciplined);
		assertThat(deferred.proposal().deferred()).isTrue();
		assertThat(deferred.finalTitle()).isNull();

		// the unit adjusts: it proposes CSTĐCS only, with a reason
		as("other.officer", () -> this.titles.adjust(pc02, YEAR, chain,
				new AdjustmentForm(Title.CSTDCS, "Sáng kiến chưa được Bộ công nhận phạm vi ảnh hưởng")));
		row = as("other.officer", () -> this.titles.list(pc02, YEAR)).row(chain);
		assertThat(row.proposal().title()).isEqualTo(Title.CSTD_BO);
		assertThat(row.finalTitle()).isEqualTo(Title.CSTDCS);
		assertThat(row.adjustmentReason()).startsWith("Sáng kiến");
		assertThatThrownBy(() -> as("other.officer",
				() -> this.titles.adjust(pc02, YEAR, chain, new AdjustmentForm(Title.DVQT, "Nhầm"))))
			.isInstanceOf(BusinessRuleException.class);

		// scope: another unit's officer does not see the list; staff read it, not edit
		assertThatThrownBy(() -> as("member.officer", () -> this.titles.list(pc02, YEAR)))
			.isInstanceOf(NotFoundException.class);
		assertThat(as("staff", () -> this.titles.list(pc02, YEAR)).rows()).isNotEmpty();
		assertThatThrownBy(() -> as("staff",
				() -> this.titles.classify(pc02, YEAR, chain, new ClassificationForm(TaskClass.GOOD))))
			.isInstanceOf(AccessDeniedException.class);

		// the commander cannot submit while officers are unclassified
		assertThatThrownBy(() -> as("commander.pc02", () -> this.titles.submit(pc02, YEAR)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("award.title.error.unclassified");
		for (YearlyTitleList.Row r : as("other.officer", () -> this.titles.list(pc02, YEAR)).rows()) {
			if (r.classification() == null) {
				as("other.officer",
						() -> this.titles.classify(pc02, YEAR, r.officerId(), new ClassificationForm(TaskClass.GOOD)));
			}
		}
		as("other.officer", () -> this.titles.classifyUnit(pc02, YEAR, new ClassificationForm(TaskClass.GOOD)));
		list = as("other.officer", () -> this.titles.list(pc02, YEAR));
		// everyone CSTT or better but the deferred officer
		int headcount = list.rows().size();
		int cstt = headcount - 1;
		boolean reaches = 100 * cstt >= 70 * headcount;
		assertThat(list.unitProposal().title()).isEqualTo(reaches ? Title.DVTT : null);
		assertThat(list.unitReasons()).extracting(ReasonLine::key).contains("award.title.rule.unitFigures");

		assertThatThrownBy(() -> as("other.officer", () -> this.titles.submit(pc02, YEAR)))
			.isInstanceOf(AccessDeniedException.class);
		as("commander.pc02", () -> this.titles.submit(pc02, YEAR));
		list = as("other.officer", () -> this.titles.list(pc02, YEAR));
		assertThat(list.state()).isEqualTo(ListState.SUBMITTED);
		assertThat(list.submittedBy()).isEqualTo("commander.pc02");
		assertThat(list.mayEdit()).isFalse();
		assertThat(this.jdbc.sql("""
				select e.proposed_title from award_title_list_entry e join award_title_list l on l.id = e.list_id
				where l.unit_id = :u and l.year = :y and e.officer_id = :o""")
			.param("u", pc02)
			.param("y", YEAR)
			.param("o", chain)
			.query(String.class)
			.single()).isEqualTo("CSTD_BO");
		assertThatThrownBy(() -> as("other.officer",
				() -> this.titles.classify(pc02, YEAR, chain, new ClassificationForm(TaskClass.GOOD))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("award.title.error.submitted");
		assertThatThrownBy(() -> as("commander.pc02", () -> this.titles.submit(pc02, YEAR)))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void anOfficerWhoLeftTheUnitDuringTheYearIsOnTheListsOfBothUnits() {
		long pc02 = unit("LS-PC02");
		long pa05 = unit("LS-PA05");
		long moved = as("staff",
				() -> this.officers
					.create(new OfficerForm("Lý Văn Chuyển Đơn Vị", null, null, pc02, LocalDate.of(2020, 1, 1), null)))
			.getId();
		as("staff", () -> this.officers.move(moved,
				new vn.thidua.organization.OfficerMoveForm(pa05, "Cán bộ", LocalDate.of(2026, 3, 1))));
		assertThat(as("other.officer", () -> this.titles.list(pc02, 2026)).row(moved)).isNotNull();
		assertThat(as("staff", () -> this.titles.list(pa05, 2026)).row(moved)).isNotNull();
		assertThat(as("staff", () -> this.titles.list(pa05, 2025)).row(moved)).isNull();
	}

	@Test
	void aYearOutOfRangeOrAnUnknownUnitIsNotFound() {
		assertThatThrownBy(() -> as("staff", () -> this.titles.list(unit("LS-PA04"), 1900)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("staff", () -> this.titles.list(-1, 2026))).isInstanceOf(NotFoundException.class);
	}

	private void pastTitle(long officer, long unit, String unitName, int year, String title, String kind) {
		this.jdbc.sql("""
				insert into award_title_past (officer_id, unit_id, unit_name, year, title, kind)
				values (:o, :u, :n, :y, :t, :k)""")
			.param("o", officer)
			.param("u", unit)
			.param("n", unitName)
			.param("y", year)
			.param("t", title)
			.param("k", kind)
			.update();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from organization_unit_v where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private <T> T as(String username, Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

	private void as(String username, Runnable action) {
		TestUsers.runAs(this.users, username, action);
	}

}
