package vn.thidua.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.TestUsers;
import vn.thidua.shared.db.SqlStatementCounter;
import vn.thidua.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page renders with a bounded number of SQL statements whatever the number of
 * units: the same pages are rendered for a province of 5,000 units and for one of 50, and
 * must cost the same number of statements, and never more than {@link #BOUND}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlStatementBoundTests {

	static final int BOUND = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PasswordEncoder passwordEncoder;

	final Map<String, Province> provinces = new LinkedHashMap<>();

	/** A generated province, its staff account, one commune, cluster and officer. */
	record Province(String staff, String officer, long root, long commune, long cluster, long officerId, long campaign,
			long covenant, long report, long session) {

	}

	@BeforeAll
	void generateProvinces() {
		this.provinces.put("small", generate("SQS", 50));
		this.provinces.put("large", generate("SQL", 5_000));
	}

	/** Other tests (and their screenshots) see the demo province only. */
	@AfterAll
	void removeProvinces() {
		for (Province p : this.provinces.values()) {
			String subtree = "select id from unit where path like (select path from unit where id = " + p.root()
					+ ") || '%'";
			this.jdbc.sql("delete from app_user where unit_id in (" + subtree + ")").update();
			this.jdbc.sql("delete from officer where unit_id in (" + subtree + ")").update();
			this.jdbc.sql("delete from voting_elector where session_id = :s").param("s", p.session()).update();
			this.jdbc.sql("delete from voting_session where id = :s").param("s", p.session()).update();
			this.jdbc.sql("delete from campaign where organizer_id = :root").param("root", p.root()).update();
			this.jdbc.sql("delete from emulation_cluster where organizer_id = :root").param("root", p.root()).update();
			this.jdbc.sql("delete from unit where parent_id = :root").param("root", p.root()).update();
			this.jdbc.sql("delete from unit where id = :root").param("root", p.root()).update();
		}
	}

	@Test
	void pagesCostTheSameNumberOfStatementsFor50And5000Units() throws Exception {
		Map<String, Long> small = measure(this.provinces.get("small"));
		Map<String, Long> large = measure(this.provinces.get("large"));
		assertThat(large).as("statements per page, 5,000 units").isEqualTo(small);
		assertThat(large.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(BOUND));
		System.out.println("SQL statements per page (50 units / 5,000 units): " + small + " / " + large);
	}

	private Map<String, Long> measure(Province p) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String[] page : pages(p)) {
			SqlStatementCounter.reset();
			int status = this.mvc.perform(get(page[1]).with(TestUsers.as(this.users, page[0])))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(page[1]).isEqualTo(200);
			counts.put(page[0].replaceAll("^sq.\\.", "") + " " + page[1].replaceAll("([/=])\\d+", "$1{id}"),
					SqlStatementCounter.current());
		}
		return counts;
	}

	private static List<String[]> pages(Province p) {
		List<String[]> pages = new ArrayList<>();
		for (String path : List.of("/", "/units", "/units?q=xa&status=all", "/units/" + p.root(),
				"/units/" + p.commune(), "/units/" + p.commune() + "/edit", "/units/new", "/clusters?year=2026",
				"/clusters/" + p.cluster(), "/clusters/" + p.cluster() + "/edit", "/officers", "/officers?q=nguyen",
				"/officers/" + p.officerId(), "/officers/" + p.officerId() + "/move", "/clusters/print?year=2026",
				"/api/v1/units", "/api/v1/units?q=xa", "/api/v1/units/" + p.commune(), "/api/v1/clusters?year=2026",
				"/api/v1/clusters/" + p.cluster(), "/api/v1/officers", "/api/v1/officers/" + p.officerId(),
				"/campaigns?year=2026", "/campaigns/" + p.campaign(), "/campaigns/" + p.campaign() + "/edit",
				"/campaigns/new", "/campaigns/" + p.campaign() + "/documents/new", "/api/v1/campaigns?year=2026",
				"/api/v1/campaigns/" + p.campaign(),
				"/campaigns/" + p.campaign() + "/scoring/clusters/" + p.cluster() + "/edit",
				"/campaigns/" + p.campaign() + "/scoring/preview", "/api/v1/campaigns/" + p.campaign() + "/scoring",
				"/campaigns/" + p.campaign() + "/covenants", "/campaigns/" + p.campaign() + "/covenants/summary",
				"/covenants/" + p.covenant(), "/covenants/" + p.covenant() + "/versions/1",
				"/covenants/" + p.covenant() + "/units/" + p.commune() + "/edit",
				"/results?campaign=" + p.campaign() + "&month=2026-03", "/results/" + p.report(),
				"/results/rankings?campaign=" + p.campaign() + "&cluster=" + p.cluster() + "&month=2026-03",
				"/results/overview?campaign=" + p.campaign() + "&month=2026-03",
				"/api/v1/results?campaign=" + p.campaign() + "&month=2026-03", "/api/v1/results/" + p.report(),
				"/results/bulletin?campaign=" + p.campaign() + "&month=2026-03",
				"/results/bulletin?campaign=" + p.campaign() + "&cluster=" + p.cluster() + "&month=2026-03",
				"/results/rankings/units/" + p.commune() + "?campaign=" + p.campaign() + "&month=2026-03",
				"/results/registrations?campaign=" + p.campaign() + "&cluster=" + p.cluster(), "/voting?year=2026",
				"/voting/" + p.session(), "/api/v1/voting/sessions?year=2026",
				"/api/v1/voting/sessions/" + p.session())) {
			pages.add(new String[] { p.staff(), path });
		}
		for (String path : List.of("/", "/units", "/units/" + p.commune(), "/clusters?year=2026",
				"/clusters/" + p.cluster(), "/officers", "/campaigns", "/campaigns/" + p.campaign(),
				"/campaigns/" + p.campaign() + "/scoring/preview", "/covenants/" + p.covenant(),
				"/my-covenants?year=2026", "/results", "/results/" + p.report(), "/results/" + p.report() + "/edit",
				"/results/rankings?campaign=" + p.campaign(), "/results/overview?campaign=" + p.campaign(),
				"/api/v1/results", "/api/v1/results/" + p.report(), "/results/bulletin?campaign=" + p.campaign(),
				"/results/rankings/units/" + p.commune() + "?campaign=" + p.campaign(), "/voting?year=2026",
				"/voting/" + p.session(), "/api/v1/voting/sessions/" + p.session())) {
			pages.add(new String[] { p.officer(), path });
		}
		return pages;
	}

	/**
	 * Inserts a province with {@code size} communes, 4 clusters sharing them, one officer
	 * per commune.
	 */
	private Province generate(String code, int size) {
		LocalDate from = LocalDate.of(2025, 7, 1);
		long root = insertUnit(code, "Công an tỉnh " + code, "PROVINCIAL_POLICE", null, from);
		this.jdbc.sql("update unit set path = '/' || id || '/' where id = :id").param("id", root).update();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			String name = "Công an xã " + code + " số " + i;
			rows.add(new Object[] { code + "-" + i, name, "COMMUNE_POLICE", root, 10 + i % 20, from,
					VietnameseText.searchText(code + "-" + i, name), VietnameseText.sortKey(name) });
		}
		this.jdbcTemplate.batchUpdate("insert into unit (code, name, kind, parent_id, headcount, valid_from, "
				+ "search_text, sort_key) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		this.jdbc.sql("update unit set path = '/' || :root || '/' || id || '/', depth = 1 where parent_id = :root")
			.param("root", root)
			.update();
		List<Long> communes = this.jdbc.sql("select id from unit where parent_id = :root order by id")
			.param("root", root)
			.query(Long.class)
			.list();
		long firstCluster = 0;
		for (int c = 0; c < 4; c++) {
			String name = "Cụm " + code + " " + (c + 1);
			List<Long> members = communes.subList(c * size / 4, (c + 1) * size / 4);
			long cluster = this.jdbc.sql("""
					insert into emulation_cluster (organizer_id, year, name, head_unit_id, deputy_unit_id, sort_key)
					values (:root, 2026, :name, :head, :deputy, :sortKey) returning id
					""")
				.param("root", root)
				.param("name", name)
				.param("head", members.get(0))
				.param("deputy", members.get(1))
				.param("sortKey", VietnameseText.sortKey(name))
				.query(Long.class)
				.single();
			firstCluster = c == 0 ? cluster : firstCluster;
			this.jdbc.sql("""
					insert into cluster_member (cluster_id, unit_id, organizer_id, year)
					select :cluster, u.id, :root, 2026 from unit u where u.id in (:ids)
					""").param("cluster", cluster).param("root", root).param("ids", members).update();
		}
		List<Object[]> officers = new ArrayList<>();
		for (int i = 0; i < communes.size(); i++) {
			String name = "Nguyễn Văn " + code + i;
			officers.add(new Object[] { name, "Đại úy", "Cán bộ", communes.get(i), VietnameseText.searchText(name),
					VietnameseText.sortKey(name) });
		}
		this.jdbcTemplate.batchUpdate("insert into officer (full_name, rank, position, unit_id, search_text, sort_key)"
				+ " values (?, ?, ?, ?, ?, ?)", officers);
		long officerId = this.jdbc.sql("select min(id) from officer where unit_id = :u")
			.param("u", communes.get(0))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into officer_assignment (officer_id, unit_id, position, valid_from)
				select id, unit_id, position, date '2025-07-01' from officer where unit_id in (:ids)
				""").param("ids", communes).update();
		String staff = "sq" + code.charAt(2) + ".staff";
		String officer = "sq" + code.charAt(2) + ".officer";
		insertUser(staff, "PROVINCE_STAFF", root);
		insertUser(officer, "UNIT_OFFICER", communes.get(0));
		// a launched campaign for the four clusters, with a content and an indicator
		long campaign = this.jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, sort_key)
				values (:root, :name, 'REGULAR', 2026, date '2026-01-01', date '2026-12-31', 'LAUNCHED', :sortKey)
				returning id
				""")
			.param("root", root)
			.param("name", "Thi đua " + code)
			.param("sortKey", VietnameseText.sortKey("Thi đua " + code))
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into campaign_cluster (campaign_id, cluster_id) "
					+ "select :campaign, id from emulation_cluster where organizer_id = :root")
			.param("campaign", campaign)
			.param("root", root)
			.update();
		long content = this.jdbc
			.sql("insert into campaign_content (campaign_id, position, title) values (:c, 1, 'Nội dung') returning id")
			.param("c", campaign)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, measure_unit, direction,
				                       input_shape, period, target)
				values (:c, :k, 1, '1.1', 'Tỷ lệ điều tra, khám phá án', '%', 'HIGHER_IS_BETTER', 'RATIO', 'MONTH', 75)
				""").param("c", campaign).param("k", content).update();
		// its scoring table and the first cluster's own, each with a line and an item
		for (Long cluster : new Long[] { null, firstCluster }) {
			long table = this.jdbc
				.sql("insert into scoring_table (campaign_id, cluster_id, scale) values (:c, :k, 100) returning id")
				.param("c", campaign)
				.param("k", cluster)
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into scoring_rule (table_id, indicator_id, max_points, bonus_per_unit, bonus_cap)
					select :t, id, 100, 0.5, 2 from indicator where campaign_id = :c
					""").param("t", table).param("c", campaign).update();
			this.jdbc
				.sql("insert into scoring_item (table_id, position, code, name, kind, points)"
						+ " values (:t, 1, 'TR.1', 'Vi phạm kỷ luật', 'PENALTY', 5)")
				.param("t", table)
				.update();
		}
		// a draft covenant of the first cluster: every member with its target
		long covenant = this.jdbc
			.sql("insert into covenant (campaign_id, cluster_id, created_by) values (:c, :k, 'staff') returning id")
			.param("c", campaign)
			.param("k", firstCluster)
			.query(Long.class)
			.single();
		long version = this.jdbc
			.sql("insert into covenant_version (covenant_id, number, created_by) values (:c, 1, 'staff') returning id")
			.param("c", covenant)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into covenant_party (version_id, unit_id, advanced_soldiers)
				select :v, m.unit_id, 5 from cluster_member m where m.cluster_id = :k
				""").param("v", version).param("k", firstCluster).update();
		this.jdbc.sql("""
				insert into covenant_target (party_id, indicator_id, target)
				select p.id, i.id, 75 from covenant_party p, indicator i where p.version_id = :v and i.campaign_id = :c
				""").param("v", version).param("c", campaign).update();
		// a periodic report of the first commune with its value and an evidence file
		long report = this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, created_by)
				values (:c, :u, :k, date '2026-03-01', date '2099-04-05', 'staff') returning id
				""")
			.param("c", campaign)
			.param("u", communes.get(0))
			.param("k", firstCluster)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into result_value (report_id, indicator_id, position, target, numerator, denominator)
				select :r, id, 1001, 75, 45, 50 from indicator where campaign_id = :c
				""").param("r", report).param("c", campaign).update();
		long file = this.jdbc
			.sql("""
					insert into stored_file (original_name, content_type, size_bytes, sha256, content, created_by)
					values ('minh-chung.pdf', 'application/pdf', 8, repeat('0', 64), '%PDF-1.4'::bytea, 'staff') returning id
					""")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into result_evidence (report_id, file_id) values (:r, :f)")
			.param("r", report)
			.param("f", file)
			.update();
		// an open review session of the first cluster: every member unit votes, with one
		// question whose candidates are all the members
		long session = this.jdbc.sql("""
				insert into voting_session (cluster_id, year, title, electorate_kind, state, created_by, opened_at,
				                            closes_at, electorate_size)
				values (:k, 2026, 'Bình xét', 'UNITS', 'OPEN', 'staff', now(), now() + interval '1 day',
				        (select count(*) from cluster_member where cluster_id = :k))
				returning id
				""").param("k", firstCluster).query(Long.class).single();
		this.jdbc.sql("""
				insert into voting_elector (session_id, unit_id)
				select :s, unit_id from cluster_member where cluster_id = :k order by unit_id
				""").param("s", session).param("k", firstCluster).update();
		long question = this.jdbc.sql("""
				insert into voting_question (session_id, position, award, text, places, threshold)
				values (:s, 1, 'DVTT', 'Đơn vị tiên tiến', 5, 50) returning id
				""").param("s", session).query(Long.class).single();
		this.jdbc.sql("""
				insert into voting_candidate (question_id, unit_id, name, score, rank)
				select :q, u.id, u.name, 90, 1 from cluster_member m join unit u on u.id = m.unit_id
				where m.cluster_id = :k
				""").param("q", question).param("k", firstCluster).update();
		return new Province(staff.toLowerCase(), officer.toLowerCase(), root, communes.get(0), firstCluster, officerId,
				campaign, covenant, report, session);
	}

	private long insertUnit(String code, String name, String kind, Long parent, LocalDate from) {
		return this.jdbc.sql("""
				insert into unit (code, name, kind, parent_id, headcount, valid_from, search_text, sort_key)
				values (:code, :name, :kind, :parent, 100, :from, :search, :sort) returning id
				""")
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("parent", parent)
			.param("from", from)
			.param("search", VietnameseText.searchText(code, name))
			.param("sort", VietnameseText.sortKey(name))
			.query(Long.class)
			.single();
	}

	private void insertUser(String username, String role, long unit) {
		this.jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, must_change_password,
				                      search_text, sort_key)
				values (lower(:username), :username, :hash, :role, :unit, false, :username, :sort)
				""")
			.param("username", username)
			.param("hash", this.passwordEncoder.encode("Demo@2026"))
			.param("role", role)
			.param("unit", unit)
			.param("sort", VietnameseText.sortKey(username))
			.update();
	}

}
