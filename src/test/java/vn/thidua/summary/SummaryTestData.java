package vn.thidua.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written straight in SQL for the summary's hand-counted tests: units, clusters,
 * campaigns, covenants, reports, votes, decisions and their records, each under the
 * organiser given, and removed again with {@link #removeAll()}.
 */
public final class SummaryTestData {

	private final JdbcClient jdbc;

	private final List<Long> units = new ArrayList<>();

	public SummaryTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String path(long unit) {
		return this.jdbc.sql("select path from unit where id = :id").param("id", unit).query(String.class).single();
	}

	public long unit(String code, String name, String kind, Long parent) {
		long id = this.jdbc
			.sql("""
					insert into unit (code, name, kind, parent_id, path, depth, headcount, valid_from, search_text, sort_key)
					values (:code, :name, :kind, :parent, '/', 0, 50, date '2010-01-01', lower(:code), convert_to(:name, 'UTF8'))
					returning id""")
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("parent", parent)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				update unit set path = coalesce((select p.path from unit p where p.id = :parent), '/') || id || '/',
				       depth = coalesce((select p.depth + 1 from unit p where p.id = :parent), 0)
				where id = :id""").param("id", id).param("parent", parent).update();
		this.units.add(id);
		return id;
	}

	public long cluster(long organizer, int year, String name, long head, List<Long> members) {
		return cluster(organizer, year, name, head, null, members);
	}

	public long cluster(long organizer, int year, String name, long head, Long deputy, List<Long> members) {
		long id = this.jdbc.sql("""
				insert into emulation_cluster (organizer_id, year, name, head_unit_id, deputy_unit_id, sort_key)
				values (:org, :year, :name, :head, :deputy, convert_to(:name, 'UTF8')) returning id""")
			.param("org", organizer)
			.param("year", year)
			.param("name", name)
			.param("head", head)
			.param("deputy", deputy)
			.query(Long.class)
			.single();
		for (long member : members) {
			this.jdbc.sql("""
					insert into cluster_member (cluster_id, unit_id, organizer_id, year)
					values (:cluster, :unit, :org, :year)""")
				.param("cluster", id)
				.param("unit", member)
				.param("org", organizer)
				.param("year", year)
				.update();
		}
		return id;
	}

	public long campaign(long organizer, int year, String name, String kind, String state) {
		return this.jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, sort_key)
				values (:org, :name, :kind, :year, make_date(:year, 1, 1), make_date(:year, 12, 31), :state,
				        convert_to(:name, 'UTF8')) returning id""")
			.param("org", organizer)
			.param("name", name)
			.param("kind", kind)
			.param("year", year)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	public void scopeCluster(long campaign, long cluster) {
		this.jdbc.sql("insert into campaign_cluster (campaign_id, cluster_id) values (:k, :c)")
			.param("k", campaign)
			.param("c", cluster)
			.update();
	}

	public void scopeUnit(long campaign, long unit) {
		this.jdbc.sql("insert into campaign_unit (campaign_id, unit_id) values (:k, :u)")
			.param("k", campaign)
			.param("u", unit)
			.update();
	}

	public long covenant(long campaign, long cluster, String state) {
		long id = this.jdbc.sql("""
				insert into covenant (campaign_id, cluster_id, created_by) values (:k, :c, 'test') returning id""")
			.param("k", campaign)
			.param("c", cluster)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into covenant_version (covenant_id, number, state, content_text, content_hash, created_by)
				values (:id, 1, :state, 'x', repeat('a', 64), 'test')""")
			.param("id", id)
			.param("state", state)
			.update();
		return id;
	}

	public void party(long covenant, long unit, boolean signed) {
		this.jdbc.sql("""
				insert into covenant_party (version_id, unit_id, signed_at, signature_hash)
				select v.id, :unit, case when :signed then now() end, case when :signed then repeat('b', 64) end
				from covenant_version v where v.covenant_id = :covenant""")
			.param("covenant", covenant)
			.param("unit", unit)
			.param("signed", signed)
			.update();
	}

	/** An indicator under a content of its own at the same position. */
	public long indicator(long campaign, int position, String code) {
		return indicator(campaign, content(campaign, position), position, code);
	}

	public long content(long campaign, int position) {
		return this.jdbc.sql("""
				insert into campaign_content (campaign_id, position, title) values (:k, :position, 'Nội dung kiểm thử')
				returning id""").param("k", campaign).param("position", position).query(Long.class).single();
	}

	public long indicator(long campaign, long content, int position, String code) {
		return this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, direction, input_shape, period)
				values (:k, :content, :position, :code, :name, 'DONE_OR_NOT', 'VALUE', 'MONTH') returning id""")
			.param("k", campaign)
			.param("content", content)
			.param("position", position)
			.param("code", code)
			.param("name", "Chỉ tiêu " + code)
			.query(Long.class)
			.single();
	}

	public long report(long campaign, long unit, long cluster, String month, String state) {
		return this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state, created_by)
				values (:k, :unit, :cluster, cast(:month as date), cast(:month as date) + 35, :state, 'test')
				returning id""")
			.param("k", campaign)
			.param("unit", unit)
			.param("cluster", cluster)
			.param("month", month)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	public void value(long report, long indicator, int position, String self) {
		value(report, indicator, position, self, null);
	}

	/** A value self-scored and, when not {@code null}, reviewed otherwise. */
	public void value(long report, long indicator, int position, String self, String reviewed) {
		this.jdbc.sql("""
				insert into result_value (report_id, indicator_id, position, done, self_reason, reviewed_reason)
				values (:r, :i, :position, true, :self, :reviewed)""")
			.param("r", report)
			.param("i", indicator)
			.param("position", position)
			.param("self", self)
			.param("reviewed", reviewed)
			.update();
	}

	public long session(long cluster, int year, String state) {
		return this.jdbc.sql("""
				insert into voting_session (cluster_id, year, title, electorate_kind, state, created_by)
				values (:cluster, :year, 'Bình xét kiểm thử', 'UNITS', :state, 'test') returning id""")
			.param("cluster", cluster)
			.param("year", year)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	public void passed(long session, int year, int position, String award, long unit, String name) {
		long question = this.jdbc.sql("""
				insert into voting_question (session_id, position, award, text, places, threshold, outcome)
				values (:s, :position, :award, 'Câu hỏi kiểm thử', 1, 80, 'DECIDED') returning id""")
			.param("s", session)
			.param("position", position)
			.param("award", award)
			.query(Long.class)
			.single();
		long candidate = this.jdbc.sql("""
				insert into voting_candidate (question_id, unit_id, name, result) values (:q, :unit, :name, 'PASSED')
				returning id""")
			.param("q", question)
			.param("unit", unit)
			.param("name", name)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into voting_proposal (session_id, question_id, candidate_id, unit_id, name, award, year)
				values (:s, :q, :c, :unit, :name, :award, :year)""")
			.param("s", session)
			.param("q", question)
			.param("c", candidate)
			.param("unit", unit)
			.param("name", name)
			.param("award", award)
			.param("year", year)
			.update();
	}

	/** A recorded decision of the provincial director. */
	public long decision(long issuer, String number, String date, String kind) {
		return decision(issuer, number, date, kind, "RECORDED", null);
	}

	public long decision(long issuer, String number, String date, String kind, String state, Long supersededBy) {
		LocalDate on = LocalDate.parse(date);
		return this.jdbc
			.sql("""
					insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year, decided_on,
					                            signer, kind, state, superseded_by_id, base_salary, created_by, recorded_at)
					values (:org, 'DIRECTOR', :number, :number, :org, :year, :on, 'Giám đốc', :kind, :state, :superseded,
					        2340000, 'test', case when :state = 'RECORDED' then now() end) returning id""")
			.param("org", issuer)
			.param("number", number)
			.param("year", on.getYear())
			.param("on", on)
			.param("kind", kind)
			.param("state", state)
			.param("superseded", supersededBy)
			.query(Long.class)
			.single();
	}

	public void record(long decision, int line, long unit, String item, String recipient, long amount) {
		this.jdbc
			.sql("""
					insert into award_record (decision_id, line_no, unit_id, recipient_name, unit_name, item_id, achievement,
					                          catalogue_amount, amount, search_text, sort_key)
					select :d, :line, :unit, 'Người nhận kiểm thử', 'Đơn vị kiểm thử', i.id, 'Thành tích kiểm thử',
					       :amount, :amount, 'kiem thu', convert_to('kiem thu', 'UTF8')
					from award_catalogue_item i where i.code = :item and i.recipient = :recipient""")
			.param("d", decision)
			.param("line", line)
			.param("unit", unit)
			.param("item", item)
			.param("recipient", recipient)
			.param("amount", amount)
			.update();
	}

	public void deed(long unit, String kind, String date) {
		this.jdbc.sql("""
				insert into award_good_deed (unit_id, kind, happened_on, place, description, recorded_by)
				values (:unit, :kind, :on, 'Nơi kiểm thử', 'Việc tốt kiểm thử', 'test')""")
			.param("unit", unit)
			.param("kind", kind)
			.param("on", LocalDate.parse(date))
			.update();
	}

	/** The units and cluster of {@link #ministryWithTwoProvinces()}. */
	public record Ministry(long ministry, long md, long one, long a1, long b1, long two, long a2, long cluster1) {

	}

	/**
	 * A ministry of its own ("Bộ Kiểm Thử") holding two provinces, for the summary above
	 * the province. 2026, by hand: province One (units A1, B1) launched a regular
	 * campaign over its cluster {A1, B1} (covenant in force, both signed; a tallied
	 * review session with one proposal; A1 reported January, one indicator met) and a
	 * thematic one over A1; A1 got Đơn vị quyết thắng (3.510.000 đ) and B1 Chiến sĩ tiên
	 * tiến (702.000 đ). Province Two (unit A2) launched a regular campaign over its
	 * cluster {A2} (covenant still being signed, A2 not signed) and has a peak campaign
	 * in draft (not counted); A2 got a collective Giấy khen (1.404.000 đ); in 2025 it ran
	 * a regular campaign. The ministry launched a thematic campaign over its own
	 * department MD, which got Chiến sĩ tiên tiến (702.000 đ).
	 */
	public Ministry ministryWithTwoProvinces() {
		long ministry = unit("TST-RU", "Bộ Kiểm Thử", "MINISTRY", null);
		long md = unit("TST-RU-MD", "Cục Kiểm thử", "DEPARTMENT", ministry);
		long one = unit("TST-RU-1", "Công an tỉnh Tổng Hợp Một", "PROVINCIAL_POLICE", ministry);
		long a1 = unit("TST-RU-1A", "Công an xã Một A", "COMMUNE_POLICE", one);
		long b1 = unit("TST-RU-1B", "Công an xã Một B", "COMMUNE_POLICE", one);
		long two = unit("TST-RU-2", "Công an tỉnh Tổng Hợp Hai", "PROVINCIAL_POLICE", ministry);
		long a2 = unit("TST-RU-2A", "Công an xã Hai A", "COMMUNE_POLICE", two);
		// province One
		long cluster1 = cluster(one, 2026, "Cụm Một", a1, List.of(a1, b1));
		long regular1 = campaign(one, 2026, "Thường xuyên Một", "REGULAR", "LAUNCHED");
		scopeCluster(regular1, cluster1);
		long thematic1 = campaign(one, 2026, "Chuyên đề Một", "THEMATIC", "LAUNCHED");
		scopeUnit(thematic1, a1);
		long covenant1 = covenant(regular1, cluster1, "IN_FORCE");
		party(covenant1, a1, true);
		party(covenant1, b1, true);
		long session = session(cluster1, 2026, "TALLIED");
		passed(session, 2026, 1, "CO_THI_DUA_TINH", a1, "Công an xã Một A");
		long indicator = indicator(regular1, 1, "RU1");
		long report = report(regular1, a1, cluster1, "2026-01-01", "APPROVED");
		value(report, indicator, 1, "MET");
		long d1 = decision(one, "1/QĐ-RU1", "2026-03-10", "REGULAR");
		record(d1, 1, a1, "DVQT", "COLLECTIVE", 3_510_000);
		record(d1, 2, b1, "CSTT", "INDIVIDUAL", 702_000);
		// province Two
		long cluster2 = cluster(two, 2026, "Cụm Hai", a2, List.of(a2));
		long regular2 = campaign(two, 2026, "Thường xuyên Hai", "REGULAR", "LAUNCHED");
		scopeCluster(regular2, cluster2);
		campaign(two, 2026, "Cao điểm Hai", "PEAK", "DRAFT");
		campaign(two, 2026 - 1, "Thường xuyên Hai 2025", "REGULAR", "CLOSED");
		long covenant2 = covenant(regular2, cluster2, "SIGNING");
		party(covenant2, a2, false);
		long d2 = decision(two, "1/QĐ-RU2", "2026-04-01", "REGULAR");
		record(d2, 1, a2, "GIAY_KHEN", "COLLECTIVE", 1_404_000);
		// the ministry itself
		long thematicM = campaign(ministry, 2026, "Chuyên đề của Bộ", "THEMATIC", "LAUNCHED");
		scopeUnit(thematicM, md);
		long dm = decision(ministry, "1/QĐ-RUM", "2026-05-01", "ONE_OFF");
		record(dm, 1, md, "CSTT", "INDIVIDUAL", 702_000);
		return new Ministry(ministry, md, one, a1, b1, two, a2, cluster1);
	}

	/** Removes everything written under the units made here, then the units. */
	public void removeAll() {
		if (this.units.isEmpty()) {
			return;
		}
		java.util.Map<String, Object> p = java.util.Map.of("units", this.units);
		this.jdbc.sql("delete from award_good_deed where unit_id in (:units)").params(p).update();
		this.jdbc.sql("update award_decision set superseded_by_id = null where issuer_unit_id in (:units)")
			.params(p)
			.update();
		this.jdbc.sql("delete from award_decision where issuer_unit_id in (:units)").params(p).update();
		this.jdbc.sql("""
				delete from voting_proposal where session_id in (select s.id from voting_session s
				join emulation_cluster c on c.id = s.cluster_id where c.organizer_id in (:units))""")
			.params(p)
			.update();
		this.jdbc.sql("""
				delete from voting_session where cluster_id in (select id from emulation_cluster
				where organizer_id in (:units))""").params(p).update();
		this.jdbc.sql("delete from campaign where organizer_id in (:units)").params(p).update();
		this.jdbc.sql("delete from emulation_cluster where organizer_id in (:units)").params(p).update();
		this.jdbc.sql("delete from summary_report where organizer_id in (:units)").params(p).update();
		this.jdbc.sql("delete from summary_snapshot where organizer_id in (:units)").params(p).update();
		// children before their parents
		List<Long> reversed = new ArrayList<>(this.units);
		java.util.Collections.reverse(reversed);
		for (long unit : reversed) {
			this.jdbc.sql("delete from unit where id = :id").param("id", unit).update();
		}
		this.units.clear();
	}

}
