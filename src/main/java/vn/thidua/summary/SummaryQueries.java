package vn.thidua.summary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.result.ClusterOverviewRow;
import vn.thidua.result.RankingService;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.summary.SummaryFigures.ClusterLine;
import vn.thidua.summary.SummaryFigures.ClusterResultLine;
import vn.thidua.summary.SummaryFigures.Figure;
import vn.thidua.summary.SummaryFigures.IndicatorLine;
import vn.thidua.summary.SummaryFigures.OrganiserLine;
import vn.thidua.summary.SummaryFigures.Section;
import vn.thidua.summary.SummaryFigures.VoteLine;

/**
 * The figures of the year-end summary (ADR 0018), read from the views the other modules
 * publish (ADR 0008), each aggregate one SQL statement over the four years compared: a
 * constant number of statements, whatever the size of the province, plus one ranking
 * overview per regular campaign of the year.
 * <p>
 * Who sees what: the organiser's staff and leadership see the province's summary and may
 * narrow it to one of its clusters of the year or one unit of its subtree; a unit's
 * commander and officers see their unit's, and the commander and officers of a cluster's
 * head unit that cluster's. Anything else answers 404; administrators, who run the
 * application rather than the movement, are refused.
 */
@Service
@RequiredArgsConstructor
public class SummaryQueries {

	private static final List<String> CAMPAIGN_KINDS = List.of("REGULAR", "THEMATIC", "PEAK", "CELEBRATION");

	private static final List<String> DEED_KINDS = List.of("THANK_YOU_LETTER", "ON_THE_SPOT", "OTHER");

	private final JdbcClient jdbc;

	private final Organisers organisers;

	private final CampaignService campaigns;

	private final RankingService rankings;

	/**
	 * Whose summary the current user asks for; 404 for a cluster or unit outside what
	 * they may see.
	 */
	@Transactional(readOnly = true)
	public SummaryScope scope(int year, Long clusterId, Long unitId) {
		return scope(year, null, clusterId, unitId);
	}

	/**
	 * Whose summary the current user asks for, possibly narrowed to one organiser below
	 * theirs (a province, for a user of the ministry); 404 for an organiser, cluster or
	 * unit outside what they may see.
	 */
	@Transactional(readOnly = true)
	public SummaryScope scope(int year, Long organizerId, Long clusterId, Long unitId) {
		CurrentUser user = CurrentUser.get();
		if (user.is(Role.ADMIN) || user.unitId() == null) {
			throw new AccessDeniedException("The summary is the organiser's and its units'");
		}
		if (year < 2000 || year > 2100) {
			throw new NotFoundException();
		}
		if (user.role().seesSubtree()) {
			Unit own = unit(user.unitId());
			boolean staff = user.is(Role.PROVINCE_STAFF);
			boolean above = hasOrganisersBelow(own);
			Unit organizer = own;
			boolean chosen = false;
			if (organizerId != null && organizerId != own.id()) {
				Organisers.Organiser below = this.organisers.of(own.id(), organizerId);
				organizer = new Unit(below.id(), below.name(), below.path());
				chosen = true;
			}
			// above the province, every organiser below counts unless one was chosen
			boolean rolledUp = above && !chosen;
			if (unitId != null) {
				Unit unit = unit(unitId);
				if (!unit.path().startsWith(organizer.path())) {
					throw new NotFoundException();
				}
				return new SummaryScope(year, organizer.id(), organizer.name(), organizer.path(), null, null, unit.id(),
						unit.name(), false, rolledUp, chosen);
			}
			if (clusterId != null) {
				Cluster cluster = cluster(clusterId, year);
				boolean inScope = rolledUp ? unit(cluster.organizerId()).path().startsWith(organizer.path())
						: cluster.organizerId() == organizer.id();
				if (!inScope) {
					throw new NotFoundException();
				}
				return new SummaryScope(year, organizer.id(), organizer.name(), organizer.path(), cluster.id(),
						cluster.name(), null, null, false, rolledUp, chosen);
			}
			return new SummaryScope(year, organizer.id(), organizer.name(), organizer.path(), null, null, null, null,
					staff && !chosen, rolledUp, chosen);
		}
		Unit own = unit(user.unitId());
		Unit organizer = organizerOf(own);
		if (organizerId != null && organizerId != organizer.id()) {
			throw new NotFoundException();
		}
		if (clusterId != null) {
			Cluster cluster = cluster(clusterId, year);
			if (cluster.headUnitId() == null || cluster.headUnitId() != own.id()) {
				throw new NotFoundException();
			}
			Unit clusterOrganizer = unit(cluster.organizerId());
			return new SummaryScope(year, clusterOrganizer.id(), clusterOrganizer.name(), clusterOrganizer.path(),
					cluster.id(), cluster.name(), null, null, false, false, false);
		}
		if (unitId != null && unitId != own.id()) {
			throw new NotFoundException();
		}
		return new SummaryScope(year, organizer.id(), organizer.name(), organizer.path(), null, null, own.id(),
				own.name(), false, false, false);
	}

	/**
	 * Whether other organisers (provincial police) lie below a unit: the user is above
	 * the province, and the summary is rolled up over them.
	 */
	private boolean hasOrganisersBelow(Unit unit) {
		return this.jdbc.sql("""
				select exists (select 1 from organization_unit_v u
				               where u.path like :prefix and u.id <> :id and u.kind = 'PROVINCIAL_POLICE')""")
			.param("prefix", unit.path() + "%")
			.param("id", unit.id())
			.query(Boolean.class)
			.single();
	}

	/** The clusters of the year the current user may narrow the summary to. */
	@Transactional(readOnly = true)
	public List<Option> clusterOptions(SummaryScope scope) {
		CurrentUser user = CurrentUser.get();
		if (user.role().seesSubtree()) {
			if (scope.rolledUp()) {
				// hundreds of clusters across the country: a province is chosen first
				return List.of();
			}
			return this.jdbc
				.sql("select c.id, c.name from organization_cluster_v c where c.organizer_id = :org and c.year = :year "
						+ "order by c.sort_key, c.id")
				.param("org", scope.organizerId())
				.param("year", scope.year())
				.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return this.jdbc
			.sql("select c.id, c.name from organization_cluster_v c where c.head_unit_id = :unit and c.year = :year "
					+ "order by c.sort_key, c.id")
			.param("unit", user.unitId())
			.param("year", scope.year())
			.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** A cluster or unit to narrow the summary to. */
	public record Option(long id, String name) {

	}

	/** The figures of the summary the current user asks for. */
	@Transactional(readOnly = true)
	public SummaryFigures figures(int year, Long clusterId, Long unitId) {
		return figures(scope(year, clusterId, unitId));
	}

	/** The figures of a summary whose scope has been checked. */
	@Transactional(readOnly = true)
	public SummaryFigures figures(SummaryScope scope) {
		Map<String, Object> params = scope.parameters();
		String units = scope.unitSet();
		List<Integer> years = new ArrayList<>();
		for (int y = scope.year(); y >= scope.firstYear(); y--) {
			years.add(y);
		}
		Links links = new Links(scope);
		List<Section> sections = new ArrayList<>();
		sections.add(campaignSection(scope, params, units, years, links));
		sections.add(clusterSection(scope, params, units, years, links));
		sections.add(covenantSection(scope, params, units, years, links));
		sections.add(resultSection(scope, params, units, years, links));
		sections.add(voteSection(scope, params, units, years, links));
		sections.addAll(awardSections(scope, params, units, years, links));
		sections.add(deedSection(params, units, years, links));
		boolean country = scope.rolledUp() && scope.level() == SummaryScope.Level.PROVINCE;
		// above the province the tables by cluster and by indicator are each province's;
		// the table by organiser stands for them
		return new SummaryFigures(scope, years, sections, clusters(scope, params, units),
				country ? List.of() : indicators(scope, params, units),
				country ? List.of() : clusterResults(scope, params, units), votes(scope, params, units),
				country ? organisers(params) : List.of());
	}

	// ------------------------------------------------------------- campaigns

	/**
	 * Campaigns launched (not drafts) by the organiser in each year, by kind; narrowed,
	 * those whose scope covers one of the units, directly or through its cluster.
	 */
	private Section campaignSection(SummaryScope scope, Map<String, Object> params, String units, List<Integer> years,
			Links links) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select k.year, k.kind, count(*) from campaign_v k
				where k.organizer_id %2$s and k.year between :from and :year and k.state <> 'DRAFT'
				  and (:province
				       or exists (select 1 from campaign_unit_v cu where cu.campaign_id = k.id and cu.unit_id in (%1$s))
				       or exists (select 1 from campaign_cluster_v cc
				                  join organization_cluster_member_v m on m.cluster_id = cc.cluster_id
				                  where cc.campaign_id = k.id and m.unit_id in (%1$s)))
				group by k.year, k.kind""".formatted(units, scope.organizers())).params(params).query(rs -> {
			add(counts, rs.getString(2), years, rs.getInt(1), rs.getLong(3));
			add(counts, "total", years, rs.getInt(1), rs.getLong(3));
		});
		List<Figure> figures = new ArrayList<>();
		figures.add(figure("campaigns.total", counts, years, y -> links.campaigns(y, null)));
		for (String kind : CAMPAIGN_KINDS) {
			figures.add(figure("campaigns." + kind, counts.get(kind), years, y -> links.campaigns(y, kind)));
		}
		return new Section("campaigns", figures);
	}

	// -------------------------------------------------------------- clusters

	/**
	 * The organiser's clusters of each year and their member units; narrowed, the
	 * clusters one of the units is a member of.
	 */
	private Section clusterSection(SummaryScope scope, Map<String, Object> params, String units, List<Integer> years,
			Links links) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select c.year, count(distinct c.id), count(m.unit_id) from organization_cluster_v c
				left join organization_cluster_member_v m on m.cluster_id = c.id
				where c.organizer_id %2$s and c.year between :from and :year
				  and (:province or exists (select 1 from organization_cluster_member_v x
				                            where x.cluster_id = c.id and x.unit_id in (%1$s)))
				group by c.year""".formatted(units, scope.organizers())).params(params).query(rs -> {
			add(counts, "clusters", years, rs.getInt(1), rs.getLong(2));
			add(counts, "members", years, rs.getInt(1), rs.getLong(3));
		});
		return new Section("clusters",
				List.of(figure("clusters.clusters", counts.get("clusters"), years, links::clusters),
						figure("clusters.members", counts.get("members"), years, links::clusters)));
	}

	/**
	 * The clusters of the year summarised: head, deputy, members, covenants in force,
	 * review sessions held, and the leading units of the year's regular campaigns'
	 * rankings.
	 */
	private List<ClusterLine> clusters(SummaryScope scope, Map<String, Object> params, String units) {
		record Row(long id, String name, String head, String deputy, long members, long inForce, long sessions,
				long organizerId) {
		}
		if (scope.rolledUp() && scope.level() == SummaryScope.Level.PROVINCE) {
			// the country's clusters are the provinces' own summaries: the organisers'
			// table stands for them (organisers())
			return List.of();
		}
		List<Row> rows = this.jdbc.sql("""
				select c.id, c.name, h.name, d.name,
				       (select count(*) from organization_cluster_member_v m where m.cluster_id = c.id),
				       (select count(*) from pledge_covenant_v pc where pc.cluster_id = c.id and pc.in_force),
				       (select count(*) from voting_session_v s
				        where s.cluster_id = c.id and s.state in ('TALLIED', 'MINUTES_SIGNED')),
				       c.organizer_id
				from organization_cluster_v c
				left join organization_unit_v h on h.id = c.head_unit_id
				left join organization_unit_v d on d.id = c.deputy_unit_id
				where c.organizer_id %2$s and c.year = :year
				  and (:province or exists (select 1 from organization_cluster_member_v x
				                            where x.cluster_id = c.id and x.unit_id in (%1$s)))
				order by c.sort_key, c.id""".formatted(units, scope.organizers()))
			.params(params)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		// the leading units of each cluster in the rankings of the year's regular
		// campaigns, at their last month (RankingService: the rule written once)
		Map<Long, List<String>> leaders = new LinkedHashMap<>();
		Map<Long, String> rankingLinks = new HashMap<>();
		List<Long> regular = this.jdbc.sql("""
				select k.id from campaign_v k
				where k.organizer_id in (:organizers) and k.year = :year and k.kind = 'REGULAR' and k.state <> 'DRAFT'
				  and k.id in (select v.id from visible_campaign_ids(:userAll, :userPrefix, :userUnit) v)
				order by k.start_date, k.id""")
			.params(params)
			.params(userScope())
			// the organisers of the clusters listed: one, or a few for a unit seen from
			// above the province
			.param("organizers", rows.stream().map(Row::organizerId).distinct().toList())
			.query(Long.class)
			.list();
		for (long campaignId : regular) {
			Campaign campaign = this.campaigns.get(campaignId);
			YearMonth month = this.rankings.monthOf(campaign, YearMonth.of(scope.year(), 12));
			for (ClusterOverviewRow row : this.rankings.overview(campaignId, month)) {
				if (row.leaders() != null) {
					leaders.computeIfAbsent(row.clusterId(), k -> new ArrayList<>()).add(row.leaders());
				}
				rankingLinks.putIfAbsent(row.clusterId(),
						UriComponentsBuilder.fromPath("/results/rankings")
							.queryParam("campaign", campaignId)
							.queryParam("cluster", row.clusterId())
							.queryParam("month", month.toString())
							.toUriString());
			}
		}
		return rows.stream()
			.map(r -> new ClusterLine(r.id(), r.name(), r.head(), r.deputy(), r.members(), r.inForce(), r.sessions(),
					leaders.containsKey(r.id()) ? String.join("; ", leaders.get(r.id())) : null,
					rankingLinks.get(r.id())))
			.toList();
	}

	// ------------------------------------------------------------- covenants

	/**
	 * Covenants of the campaigns of each year in the organiser's clusters: how many, how
	 * many came into force, and the signatures of the units on the version last opened
	 * for signature (narrowed: of the units counted).
	 */
	private Section covenantSection(SummaryScope scope, Map<String, Object> params, String units, List<Integer> years,
			Links links) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select k.year, count(distinct pc.id), count(distinct pc.id) filter (where pc.in_force),
				       count(pp.unit_id), count(pp.signed_at)
				from pledge_covenant_v pc
				join campaign_v k on k.id = pc.campaign_id
				join organization_cluster_v c on c.id = pc.cluster_id
				left join pledge_covenant_party_v pp on pp.covenant_id = pc.id and pp.unit_id in (%1$s)
				where k.organizer_id %2$s and k.year between :from and :year
				  and (:province or exists (select 1 from organization_cluster_member_v x
				                            where x.cluster_id = pc.cluster_id and x.unit_id in (%1$s)))
				group by k.year""".formatted(units, scope.organizers())).params(params).query(rs -> {
			add(counts, "covenants", years, rs.getInt(1), rs.getLong(2));
			add(counts, "inForce", years, rs.getInt(1), rs.getLong(3));
			add(counts, "parties", years, rs.getInt(1), rs.getLong(4));
			add(counts, "signed", years, rs.getInt(1), rs.getLong(5));
		});
		List<Figure> figures = new ArrayList<>();
		for (String key : List.of("covenants", "inForce", "parties", "signed")) {
			figures.add(figure("covenants." + key, counts.get(key), years, links::covenants));
		}
		return new Section("covenants", figures);
	}

	// --------------------------------------------------------------- results

	/**
	 * The outcomes counted: the result module's tally of the outcomes in approved reports
	 * by campaign, unit, cluster and indicator (ADR 0021), of the organiser's campaigns.
	 */
	private static final String OUTCOMES = """
			from result_outcome_tally_v o
			join campaign_v k on k.id = o.campaign_id
			where k.organizer_id %2$s and o.unit_id in (%1$s)
			""";

	/**
	 * The outcomes of indicators in the approved reports of the organiser's campaigns of
	 * each year: met and not met, and the units that reported.
	 */
	private Section resultSection(SummaryScope scope, Map<String, Object> params, String units, List<Integer> years,
			Links links) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc
			// counted by unit first, then by year: the units that reported are the
			// groups,
			// not a count (distinct …) that sorts every outcome
			.sql("select x.year, sum(x.outcomes), sum(x.met), sum(x.not_met), count(*) from (select k.year, "
					+ "o.unit_id, sum(o.met + o.not_met) as outcomes, sum(o.met) as met, "
					+ "sum(o.not_met) as not_met " + OUTCOMES.formatted(units, scope.organizers())
					+ " and k.year between :from and :year group by k.year, o.unit_id) x group by x.year")
			.params(params)
			.query(rs -> {
				add(counts, "outcomes", years, rs.getInt(1), rs.getLong(2));
				add(counts, "met", years, rs.getInt(1), rs.getLong(3));
				add(counts, "notMet", years, rs.getInt(1), rs.getLong(4));
				add(counts, "units", years, rs.getInt(1), rs.getLong(5));
			});
		List<Figure> figures = new ArrayList<>();
		for (String key : List.of("units", "outcomes", "met", "notMet")) {
			figures.add(figure("results." + key, counts.get(key), years, links::results));
		}
		return new Section("results", figures);
	}

	private List<IndicatorLine> indicators(SummaryScope scope, Map<String, Object> params, String units) {
		return this.jdbc
			.sql("select i.id, k.name, i.code, i.name, x.met, x.not_met from (select o.indicator_id, "
					+ "sum(o.met) as met, sum(o.not_met) as not_met " + OUTCOMES.formatted(units, scope.organizers())
					+ " and k.year = :year group by o.indicator_id) x "
					+ "join campaign_indicator_v i on i.id = x.indicator_id join campaign_v k on k.id = i.campaign_id "
					+ "order by k.start_date, k.id, i.content_position, i.position")
			.params(params)
			.query((rs, i) -> new IndicatorLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private List<ClusterResultLine> clusterResults(SummaryScope scope, Map<String, Object> params, String units) {
		return this.jdbc.sql("select x.cluster_id, c.name, x.units, x.met, x.not_met from (select y.cluster_id, "
				+ "count(*) as units, sum(y.met) as met, sum(y.not_met) as not_met from (select o.cluster_id, o.unit_id, "
				+ "sum(o.met) as met, sum(o.not_met) as not_met " + OUTCOMES.formatted(units, scope.organizers())
				+ " and k.year = :year group by o.cluster_id, o.unit_id) y "
				+ "group by y.cluster_id) x left join organization_cluster_v c on c.id = x.cluster_id "
				+ "order by c.sort_key nulls last, c.id")
			.params(params)
			.query((rs, i) -> new ClusterResultLine((Long) rs.getObject(1), rs.getString(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	// ----------------------------------------------------------------- votes

	/**
	 * The review sessions of the organiser's clusters (narrowed: of the units' clusters).
	 */
	private static final String SESSIONS = """
			where c.organizer_id %2$s
			  and (:province or exists (select 1 from organization_cluster_member_v x
			                            where x.cluster_id = s.cluster_id and x.unit_id in (%1$s)))
			""";

	/** What passed for a unit counted: a unit, or an officer of one. */
	private static final String PROPOSAL_OF_UNITS = """
			(p.unit_id in (%1$s) or exists (select 1 from organization_officer_v f
			                                where f.id = p.officer_id and f.unit_id in (%1$s)))""";

	/**
	 * Review sessions of the organiser's clusters in each year: held (tallied), and the
	 * candidates who passed (proposals; narrowed, those of the units counted).
	 */
	private Section voteSection(SummaryScope scope, Map<String, Object> params, String units, List<Integer> years,
			Links links) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc
			.sql("select s.year, count(distinct s.id) filter (where s.state in ('TALLIED', 'MINUTES_SIGNED')), "
					+ "count(distinct s.id) filter (where s.state = 'MINUTES_SIGNED'), count(p.id) "
					+ "from voting_session_v s join organization_cluster_v c on c.id = s.cluster_id "
					+ "left join voting_proposal_v p on p.session_id = s.id and (:province or "
					+ PROPOSAL_OF_UNITS.formatted(units) + ") " + SESSIONS.formatted(units, scope.organizers())
					+ " and s.year between :from and :year group by s.year")
			.params(params)
			.query(rs -> {
				add(counts, "sessions", years, rs.getInt(1), rs.getLong(2));
				add(counts, "signed", years, rs.getInt(1), rs.getLong(3));
				add(counts, "proposals", years, rs.getInt(1), rs.getLong(4));
			});
		List<Figure> figures = new ArrayList<>();
		for (String key : List.of("sessions", "signed", "proposals")) {
			figures.add(figure("votes." + key, counts.get(key), years, links::votes));
		}
		return new Section("votes", figures);
	}

	private List<VoteLine> votes(SummaryScope scope, Map<String, Object> params, String units) {
		return this.jdbc.sql("select q.award, count(distinct q.id), count(distinct q.id) filter (where q.outcome = "
				+ "'DECIDED'), count(p.id) from voting_question_v q join voting_session_v s on s.id = q.session_id "
				+ "join organization_cluster_v c on c.id = s.cluster_id "
				+ "left join voting_proposal_v p on p.question_id = q.id and (:province or "
				+ PROPOSAL_OF_UNITS.formatted(units) + ") " + SESSIONS.formatted(units, scope.organizers())
				+ " and s.year = :year and s.state in ('TALLIED', 'MINUTES_SIGNED') group by q.award order by q.award")
			.params(params)
			.query((rs, i) -> new VoteLine(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	// ---------------------------------------------------------------- awards

	/**
	 * The award records of each year (decisions dated in the year) given in the units
	 * counted, in one statement over the award module's tally of them (ADR 0021): titles
	 * and forms of commendation by catalogue item and recipient, the one-off ones, and
	 * the cash.
	 */
	private List<Section> awardSections(SummaryScope scope, Map<String, Object> params, String units,
			List<Integer> years, Links links) {
		record Line(int year, String code, String category, String recipient, String nameVi, String nameEn, int order,
				String kind, long count, long amount) {
		}
		List<Line> lines = this.jdbc.sql("""
				select a.year, a.item_code, a.category, a.recipient, min(a.name_vi), min(a.name_en), min(a.sort_order),
				       a.decision_kind, sum(a.records), coalesce(sum(a.amount), 0)
				from award_record_tally_v a
				where a.year between :from and :year and a.unit_id in (%s)
				group by a.year, a.item_code, a.category, a.recipient, a.decision_kind""".formatted(units))
			.params(params)
			.query((rs, i) -> new Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getInt(7), rs.getString(8), rs.getLong(9), rs.getLong(10)))
			.list();
		Map<String, long[]> totals = new HashMap<>();
		Map<String, long[]> items = new LinkedHashMap<>();
		Map<String, Line> itemNames = new LinkedHashMap<>();
		for (Line line : lines) {
			String who = "INDIVIDUAL".equals(line.recipient()) ? "individual" : "collective";
			add(totals, line.category() + "." + who, years, line.year(), line.count());
			add(totals, "cash", years, line.year(), line.amount());
			add(totals, "records", years, line.year(), line.count());
			if ("ONE_OFF".equals(line.kind())) {
				add(totals, "oneOff", years, line.year(), line.count());
			}
			String item = line.category() + "|" + line.recipient() + "|" + line.code();
			add(items, item, years, line.year(), line.count());
			itemNames.merge(item, line, (a, b) -> a);
		}
		List<Figure> titles = new ArrayList<>();
		titles.add(figure("titles.individual", totals.get("TITLE.individual"), years, y -> links.records(y, null)));
		titles.add(figure("titles.collective", totals.get("TITLE.collective"), years, y -> links.records(y, null)));
		List<Figure> forms = new ArrayList<>();
		forms.add(figure("forms.individual", totals.get("FORM.individual"), years, y -> links.records(y, null)));
		forms.add(figure("forms.collective", totals.get("FORM.collective"), years, y -> links.records(y, null)));
		itemNames.entrySet()
			.stream()
			.sorted(java.util.Comparator.comparing((Map.Entry<String, Line> e) -> e.getValue().order())
				.thenComparing(e -> e.getValue().code()))
			.forEach(e -> {
				Line line = e.getValue();
				String code = line.code();
				Figure figure = new Figure(code + "." + line.recipient(),
						line.nameVi() + " (" + recipientVi(line.recipient()) + ")",
						line.nameEn() + " (" + recipientEn(line.recipient()) + ")", values(items.get(e.getKey())),
						years.stream().map(y -> links.records(y, code)).toList());
				("TITLE".equals(line.category()) ? titles : forms).add(figure);
			});
		List<Figure> cash = List.of(figure("cash.records", totals.get("records"), years, y -> links.records(y, null)),
				figure("cash.amount", totals.get("cash"), years, y -> links.records(y, null)),
				figure("cash.oneOff", totals.get("oneOff"), years, y -> links.records(y, null)));
		return List.of(new Section("titles", titles), new Section("forms", forms), new Section("cash", cash));
	}

	private static String recipientVi(String recipient) {
		return "INDIVIDUAL".equals(recipient) ? "cá nhân" : "tập thể";
	}

	private static String recipientEn(String recipient) {
		return "INDIVIDUAL".equals(recipient) ? "individual" : "collective";
	}

	// ------------------------------------------------------------ organisers

	/**
	 * Above the province, the year's figures by organiser, in one statement: the ministry
	 * itself (what it organised directly, and its units outside any province) and each
	 * provincial police below it. A unit, campaign or cluster belongs to the nearest of
	 * them above it, so the lines add up to the rolled-up figures of the year.
	 */
	private List<OrganiserLine> organisers(Map<String, Object> params) {
		return this.jdbc.sql("""
				with o as (
				    select u.id, u.name, u.path, u.sort_key from organization_unit_v u
				    where u.path like :prefix and (u.id = :org or u.kind = 'PROVINCIAL_POLICE')),
				owner as (
				    select x.id as unit_id,
				           (select o.id from o where x.path like o.path || '%'
				            order by length(o.path) desc limit 1) as org_id
				    from organization_unit_v x where x.path like :prefix),
				k as (
				    select w.org_id, count(*) as campaigns from campaign_v k join owner w on w.unit_id = k.organizer_id
				    where k.year = :year and k.state <> 'DRAFT' group by w.org_id),
				c as (
				    select w.org_id, count(distinct c.id) as clusters, count(m.unit_id) as members
				    from organization_cluster_v c join owner w on w.unit_id = c.organizer_id
				    left join organization_cluster_member_v m on m.cluster_id = c.id
				    where c.year = :year group by w.org_id),
				p as (
				    select w.org_id, count(*) filter (where pc.in_force) as in_force
				    from pledge_covenant_v pc join campaign_v k on k.id = pc.campaign_id
				    join owner w on w.unit_id = k.organizer_id
				    where k.year = :year group by w.org_id),
				v as (
				    select w.org_id, count(*) as sessions
				    from voting_session_v s join organization_cluster_v c on c.id = s.cluster_id
				    join owner w on w.unit_id = c.organizer_id
				    where s.year = :year and s.state in ('TALLIED', 'MINUTES_SIGNED') group by w.org_id),
				a as (
				    select w.org_id, sum(r.titles) as titles, sum(r.forms) as forms, sum(r.cash) as cash
				    from (select a.unit_id, coalesce(sum(a.records) filter (where a.category = 'TITLE'), 0) as titles,
				                 coalesce(sum(a.records) filter (where a.category = 'FORM'), 0) as forms,
				                 coalesce(sum(a.amount), 0) as cash
				          from award_record_tally_v a
				          where a.year = :year and a.unit_id in (select s.id from subtree_unit_ids(:prefix) s)
				          group by a.unit_id) r
				    join owner w on w.unit_id = r.unit_id group by w.org_id)
				select o.id, o.name, o.id = :org, coalesce(k.campaigns, 0), coalesce(c.clusters, 0),
				       coalesce(c.members, 0), coalesce(p.in_force, 0), coalesce(v.sessions, 0),
				       coalesce(a.titles, 0), coalesce(a.forms, 0), coalesce(a.cash, 0)
				from o
				left join k on k.org_id = o.id left join c on c.org_id = o.id left join p on p.org_id = o.id
				left join v on v.org_id = o.id left join a on a.org_id = o.id
				order by o.id = :org desc, o.sort_key, o.id""")
			.params(params)
			.query((rs, i) -> new OrganiserLine(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
					rs.getLong(11)))
			.list();
	}

	// ----------------------------------------------------------------- deeds

	/** Good deeds in the units counted, by the year they happened in and kind. */
	private Section deedSection(Map<String, Object> params, String units, List<Integer> years, Links links) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select g.year, g.kind, count(*) from award_good_deed_v g
				where g.year between :from and :year and g.unit_id in (%s)
				group by g.year, g.kind""".formatted(units)).params(params).query(rs -> {
			add(counts, rs.getString(2), years, rs.getInt(1), rs.getLong(3));
			add(counts, "total", years, rs.getInt(1), rs.getLong(3));
		});
		List<Figure> figures = new ArrayList<>();
		figures.add(figure("deeds.total", counts.get("total"), years, links::deeds));
		for (String kind : DEED_KINDS) {
			figures.add(figure("deeds." + kind, counts.get(kind), years, links::deeds));
		}
		return new Section("deeds", figures);
	}

	// ---------------------------------------------------------------- helpers

	/** The current user's scope, under names that do not clash with the summary's. */
	private static Map<String, Object> userScope() {
		vn.thidua.shared.security.Scope scope = CurrentUser.get().scope();
		return Map.of("userAll", scope.all(), "userPrefix", scope.pathPrefix(), "userUnit", scope.unitId());
	}

	private static void add(Map<String, long[]> counts, String key, List<Integer> years, int year, long value) {
		int index = years.indexOf(year);
		if (index >= 0) {
			counts.computeIfAbsent(key, k -> new long[years.size()])[index] += value;
		}
	}

	private static Figure figure(String key, Map<String, long[]> counts, List<Integer> years,
			IntFunction<String> link) {
		return figure(key, counts.get("total"), years, link);
	}

	private static Figure figure(String key, long[] values, List<Integer> years, IntFunction<String> link) {
		return new Figure(key, null, null, values(values), years.stream().map(link::apply).toList());
	}

	private static List<Long> values(long[] values) {
		List<Long> list = new ArrayList<>();
		for (int i = 0; i <= SummaryFigures.PREVIOUS_YEARS; i++) {
			list.add(values == null ? 0L : values[i]);
		}
		return list;
	}

	private record Unit(long id, String name, String path) {

	}

	private record Cluster(long id, String name, long organizerId, Long headUnitId) {

	}

	private Unit unit(long id) {
		return this.jdbc.sql("select id, name, path from organization_unit_v where id = :id")
			.param("id", id)
			.query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The organiser of a unit's summary: the provincial police it belongs to (or is),
	 * else the root of its tree.
	 */
	private Unit organizerOf(Unit unit) {
		return this.jdbc.sql("""
				select a.id, a.name, a.path from organization_unit_v a
				where :path like a.path || '%'
				order by (a.kind = 'PROVINCIAL_POLICE') desc, a.depth limit 1""")
			.param("path", unit.path())
			.query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	private Cluster cluster(long id, int year) {
		return this.jdbc.sql(
				"select id, name, organizer_id, head_unit_id from organization_cluster_v where id = :id and year = :year")
			.param("id", id)
			.param("year", year)
			.query((rs, i) -> new Cluster(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4)))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The list pages behind the figures, with the filters they offer; {@code null} where
	 * no list shows exactly the records counted.
	 */
	private record Links(SummaryScope scope) {

		String campaigns(int year, String kind) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/campaigns").queryParam("year", year);
			if (kind != null) {
				uri.queryParam("kind", kind);
			}
			return uri.toUriString();
		}

		String clusters(int year) {
			return "/clusters?year=" + year;
		}

		String covenants(int year) {
			return this.scope.level() == SummaryScope.Level.UNIT ? "/my-covenants?year=" + year
					: "/campaigns?year=" + year + "&kind=REGULAR";
		}

		String results(int year) {
			return "/results/rankings";
		}

		String votes(int year) {
			return "/voting?year=" + year;
		}

		String records(int year, String item) {
			if (this.scope.level() == SummaryScope.Level.CLUSTER) {
				return null;
			}
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/awards/records").queryParam("year", year);
			if (item != null) {
				uri.queryParam("item", item);
			}
			if (this.scope.unitId() != null) {
				uri.queryParam("unitId", this.scope.unitId());
			}
			return uri.toUriString();
		}

		String deeds(int year) {
			return "/awards/deeds";
		}

	}

}
