package vn.thidua.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.TestUsers;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitForm;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitRepository;
import vn.thidua.organization.UnitService;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.text.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class AuditListTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UnitService unitService;

	@Autowired
	UnitRepository units;

	@Autowired
	AuditSearch search;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	/** A unit created by provincial staff, named with diacritics and a unique number. */
	Unit unitCreatedByStaff() {
		int n = (int) (System.nanoTime() % 100_000) * 10 + SEQUENCE.incrementAndGet();
		long parent = this.units.findByCodeIgnoreCase("LS").orElseThrow().getId();
		return TestUsers.runAs(this.userDetails, "staff", () -> this.unitService.create(new UnitForm("NK-" + n,
				"Đội Kiểm tra Nhật ký Số " + n, null, UnitKind.TEAM, parent, 5, LocalDate.of(2026, 1, 1), null)));
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(TestUsers.as(this.userDetails, "admin"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	static LocalDate today() {
		return LocalDate.now(Formats.ZONE);
	}

	@Test
	void filtersByTheObjectsLabelIgnoringDiacritics() throws Exception {
		Unit unit = unitCreatedByStaff();
		String folded = "doi kiem tra nhat ky so " + unit.getCode().substring(3);
		Document page = page(get("/admin/audit").param("q", folded.toUpperCase()));
		var rows = page.select("#audit-table tbody tr");
		assertThat(rows).hasSize(1);
		Element row = rows.get(0);
		assertThat(row.select("td").get(1).text()).isEqualTo("Nguyễn Thị Thu Hà · Công an tỉnh Lâm Sơn");
		assertThat(row.select("td.audit-what").text()).contains("Tạo đơn vị", unit.getName());
		Element link = row.select("td a").first();
		assertThat(link.attr("href")).isEqualTo("/units/" + unit.getId());
		assertThat(link.text()).isEqualTo(unit.getName());
		assertThat(row.select("td").get(0).text()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
	}

	@Test
	void filtersByActorActionTypeAndDates() {
		Unit unit = unitCreatedByStaff();
		String label = unit.getName();
		String today = today().format(DAY);

		assertThat(rows(new AuditFilter("STA", null, null, null, null, label))).containsExactly("UNIT_CREATED");
		assertThat(rows(new AuditFilter("admin", null, null, null, null, label))).isEmpty();
		assertThat(rows(new AuditFilter(null, "UNIT_CREATED", null, null, null, label))).hasSize(1);
		assertThat(rows(new AuditFilter(null, "UNIT_UPDATED", null, null, null, label))).isEmpty();
		assertThat(rows(new AuditFilter(null, null, "UNIT", null, null, label))).hasSize(1);
		assertThat(rows(new AuditFilter(null, null, "USER", null, null, label))).isEmpty();
		assertThat(rows(new AuditFilter(null, null, null, today(), today(), label))).hasSize(1);
		assertThat(rows(new AuditFilter(null, null, null, today().plusDays(1), null, label))).isEmpty();
		assertThat(rows(new AuditFilter(null, null, null, null, today().minusDays(1), label))).isEmpty();
		assertThat(today).isNotBlank();
	}

	private java.util.List<String> rows(AuditFilter filter) {
		return TestUsers.runAs(this.userDetails, "admin", () -> this.search.search(filter, 0))
			.map(AuditRow::action)
			.getContent();
	}

	@Test
	void showsTheNewestFirstAndPagesKeepingTheFilters() throws Exception {
		String tag = "Trang thử " + System.nanoTime();
		this.transactions.executeWithoutResult(status -> {
			for (int i = 1; i <= AuditSearch.PAGE_SIZE + 2; i++) {
				this.events.publishEvent(
						AuditRecord.of("LOGIN_FAILED", "USER", null, tag + " #" + i).actor("kiem.thu").build());
			}
		});
		Document first = page(get("/admin/audit").param("q", tag).param("action", "LOGIN_FAILED"));
		var rows = first.select("#audit-table tbody tr");
		assertThat(rows).hasSize(AuditSearch.PAGE_SIZE);
		assertThat(rows.get(0).text()).contains(tag + " #" + (AuditSearch.PAGE_SIZE + 2));
		assertThat(rows.get(0).select("a")).as("no page for an unknown user").isEmpty();
		assertThat(first.select(".pagination").text()).contains("Trang 1/2");
		String next = first.select(".pagination a.page-link").last().attr("href");
		assertThat(next).contains("page=1", "action=LOGIN_FAILED", "q=");

		Document second = page(get("/admin/audit").param("q", tag).param("action", "LOGIN_FAILED").param("page", "1"));
		assertThat(second.select("#audit-table tbody tr")).hasSize(2);
		assertThat(second.select("#audit-table tbody tr").last().text()).contains(tag + " #1");
	}

	@Test
	void theActionSelectListsKnownActionsWithTheirLabels() throws Exception {
		Document page = page(get("/admin/audit"));
		assertThat(page.select("select#action option")).extracting(Element::text)
			.contains("Tạo tài khoản", "Vô hiệu hóa tài khoản", "Đặt lại mật khẩu", "Đăng nhập", "Tạo đơn vị");
		assertThat(page.select("select#action option[value=ACCOUNT_DISABLED]").text())
			.isEqualTo("Vô hiệu hóa tài khoản");
		assertThat(page.select("select#type option")).extracting(e -> e.attr("value"))
			.contains("", "UNIT", "CLUSTER", "OFFICER", "USER");
	}

	@Test
	void aDateThatDoesNotParseOrABackwardsRangeIsShownAndNotApplied() throws Exception {
		Document page = page(get("/admin/audit").param("from", "31/02/2026"));
		assertThat(page.select("#from.is-invalid + .invalid-feedback").text())
			.isEqualTo("Ngày không hợp lệ (định dạng dd/MM/yyyy).");
		assertThat(page.select("#from").val()).isEqualTo("31/02/2026");
		assertThat(page.select("#audit-table tbody tr")).isNotEmpty();

		page = page(get("/admin/audit").param("from", "10/05/2026").param("to", "01/05/2026"));
		assertThat(page.select("#to.is-invalid + .invalid-feedback").text())
			.isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
		assertThat(page.select("#from").val()).isEqualTo("10/05/2026");
	}

	@Test
	void changedFieldsAreShownWithTheirLabels() throws Exception {
		Unit unit = unitCreatedByStaff();
		Document page = page(get("/admin/audit").param("q", unit.getName()).param("type", "UNIT"));
		assertThat(page.select("td.audit-what li")).extracting(Element::text)
			.contains("Mã đơn vị: — → " + unit.getCode());
	}

}
