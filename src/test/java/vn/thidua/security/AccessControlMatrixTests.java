package vn.thidua.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.thidua.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint × every role, on objects of another unit than the commanders' and
 * officers' own: {@code other.officer}'s unit (Phòng Cảnh sát hình sự), its cluster
 * ("Khối Cảnh sát" 2026) and one of its officers. Only the roles listed as allowed may
 * answer 2xx (or a redirect after a successful action); the others get 403 for a role
 * they do not have, and 404 for an object outside their scope.
 * <p>
 * A separate test fails when a new endpoint is not in the matrix.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixTests {

	static final List<String> ROLES = List.of("admin", "staff", "leader", "head.commander", "head.officer",
			"member.commander", "member.officer", "other.officer");

	static final Set<String> ALL = Set.copyOf(ROLES);

	static final Set<String> SEES_OTHER_UNIT = Set.of("admin", "staff", "leader", "other.officer");

	static final Set<String> ADMIN = Set.of("admin");

	/**
	 * The organiser's staff, its leadership and administrators: who sees a draft
	 * campaign.
	 */
	static final Set<String> ORGANISER_STAFF = Set.of("admin", "staff", "leader");

	static final Set<String> ORG_EDITORS = Set.of("admin", "staff");

	/**
	 * Everybody but the read-only leadership manages officers (unit users: of their own
	 * unit).
	 */
	static final Set<String> OFFICER_EDITORS = Set.of("admin", "staff", "head.commander", "head.officer",
			"member.commander", "member.officer", "other.officer");

	/**
	 * Who records good deeds: a unit's commander and officers (their own unit), staff
	 * (their subtree); leadership and administrators only read the book.
	 */
	static final Set<String> DEED_RECORDERS = Set.of("staff", "head.commander", "head.officer", "member.commander",
			"member.officer", "other.officer");

	static final Set<String> EDITS_OTHER_UNITS_OFFICERS = Set.of("admin", "staff", "other.officer");

	/** Endpoints that need no sign-in or are not application pages. */
	static final Set<String> PUBLIC_OR_INFRASTRUCTURE = Set.of("GET /login", "GET /error", "POST /error",
			"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
			"GET /v3/api-docs/{group}", "GET /v3/api-docs.yaml/{group}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Map<String, Object> ids = new LinkedHashMap<>();

	/** One row of the matrix. */
	record Row(String method, String path, Set<String> allowed, String note) {

		String key() {
			return this.method + " " + this.path;
		}

	}

	static List<Row> matrix() {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("GET", "/", ALL, "dashboard"));
		rows.add(new Row("GET", "/account/password", ALL, "own password"));
		rows.add(new Row("POST", "/account/password", ALL, "own password, invalid form re-rendered"));
		// units
		rows.add(new Row("GET", "/units", ALL, "tree and search are scoped"));
		rows.add(new Row("GET", "/units/{otherUnit}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/units/new", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/units", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/units/{otherUnit}/edit", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/units/{otherUnit}", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/units/{otherUnit}/close", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/units/{otherUnit}/close", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/units/import", ORG_EDITORS, ""));
		rows.add(new Row("GET", "/units/import/template.xlsx", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/units/import", ORG_EDITORS, "no file: re-rendered with an error"));
		rows.add(new Row("GET", "/units/import/{otherToken}", ORG_EDITORS, "unknown preview"));
		rows.add(new Row("POST", "/units/import/{otherToken}", ORG_EDITORS, "unknown preview"));
		rows.add(new Row("POST", "/units/import/{otherToken}/cancel", ORG_EDITORS, "unknown preview"));
		// clusters
		rows.add(new Row("GET", "/clusters", ALL, "list is scoped"));
		rows.add(new Row("GET", "/clusters/{otherCluster}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/clusters/new", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/clusters/new", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/clusters/{otherCluster}/edit", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/clusters/{otherCluster}/edit", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("POST", "/clusters/copy", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("POST", "/clusters/{otherCluster}/delegation", Set.of(),
				"the head unit's commander only (PC08: none of the roles)"));
		rows.add(new Row("GET", "/clusters/print", ALL, "printed list is scoped"));
		rows.add(new Row("GET", "/clusters/print.pdf", ALL, "printed list is scoped"));
		// officers
		rows.add(new Row("GET", "/officers", ALL, "list is scoped"));
		rows.add(new Row("GET", "/officers/{otherOfficer}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/officers/new", OFFICER_EDITORS, ""));
		rows.add(new Row("POST", "/officers/new", OFFICER_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/officers/{otherOfficer}/edit", EDITS_OTHER_UNITS_OFFICERS, ""));
		rows.add(
				new Row("POST", "/officers/{otherOfficer}/edit", EDITS_OTHER_UNITS_OFFICERS, "empty form re-rendered"));
		rows.add(new Row("GET", "/officers/{otherOfficer}/move", EDITS_OTHER_UNITS_OFFICERS, ""));
		rows.add(
				new Row("POST", "/officers/{otherOfficer}/move", EDITS_OTHER_UNITS_OFFICERS, "empty form re-rendered"));
		// campaigns: the demo movement has the four 2026 clusters in scope, so every unit
		// user sees it; actions go to a throw-away draft campaign of the province
		rows.add(new Row("GET", "/campaigns", ALL, "list is scoped"));
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}", SEES_OTHER_UNIT, "scope: the other unit only"));
		rows.add(new Row("GET", "/campaigns/{otherCampaign}", ORGANISER_STAFF, "a draft: not shown to its units"));
		// (before the launch row below, which launches the draft)
		rows.add(new Row("GET", "/api/v1/campaigns/{otherCampaign}", ORGANISER_STAFF, "a draft"));
		rows.add(new Row("GET", "/campaigns/new", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/new", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherCampaign}/edit", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/edit", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherCampaign}/contents/new", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/contents/new", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherCampaign}/contents/{otherContent}/edit", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/contents/{otherContent}/edit", ORG_EDITORS,
				"empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherCampaign}/indicators/new", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/indicators/new", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherCampaign}/indicators/{otherIndicator}/edit", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/indicators/{otherIndicator}/edit", ORG_EDITORS,
				"empty form re-rendered"));
		// scoring tables: the draft's own table; the launched campaign has "Khối Cảnh
		// sát" in
		// scope, whose head unit (PC08) is none of the roles' units
		rows.add(new Row("GET", "/campaigns/{otherCampaign}/scoring/edit", ORG_EDITORS, "a draft's table"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/scoring/edit", ORG_EDITORS, "empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}/scoring/clusters/{otherCluster}/edit", ORG_EDITORS,
				"not the cluster's head unit"));
		rows.add(new Row("POST", "/campaigns/{otherLaunchedCampaign}/scoring/clusters/{otherCluster}/edit", ORG_EDITORS,
				"empty form re-rendered"));
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}/scoring/preview", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/campaigns/{otherLaunchedCampaign}/scoring/preview", SEES_OTHER_UNIT,
				"empty form answered with its error"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/launch", ORG_EDITORS,
				"refused: no scoring table, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/close", ORG_EDITORS, "refused: a draft, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/summarise", ORG_EDITORS, "refused: a draft, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/copy", ORG_EDITORS, "empty form re-rendered"));
		// covenants: the demo covenant of "Khối Cảnh sát" (in force: edits refused,
		// nothing
		// changes) and a throw-away draft covenant of that cluster with no member
		// (opening
		// and amending refused)
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}/covenants", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}/covenants/summary", SEES_OTHER_UNIT, "htmx"));
		rows.add(new Row("POST", "/campaigns/{movement}/clusters/{otherCluster}/covenant", ORG_EDITORS,
				"refused: exists, redirected"));
		rows.add(new Row("GET", "/covenants/{otherCovenant}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/covenants/{otherCovenant}/versions/{versionOne}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/covenants/{otherCovenant}/units/{otherUnit}/edit", EDITS_OTHER_UNITS_OFFICERS,
				"in force: redirected with a message"));
		rows.add(new Row("POST", "/covenants/{otherCovenant}/units/{otherUnit}/edit", EDITS_OTHER_UNITS_OFFICERS,
				"empty form re-rendered"));
		rows.add(new Row("POST", "/covenants/{otherCovenant}/units/{otherUnit}/sign", Set.of(),
				"only the unit's commander (not in the matrix): 403 with the reason, 404 outside"));
		rows.add(new Row("POST", "/covenants/{otherDraftCovenant}/open", ORG_EDITORS, "refused: no member"));
		rows.add(new Row("POST", "/covenants/{otherDraftCovenant}/amend", ORG_EDITORS, "refused: not in force"));
		rows.add(new Row("GET", "/my-covenants", ALL, "own unit only"));
		rows.add(new Row("GET", "/covenants/{otherCovenant}/print", SEES_OTHER_UNIT, "print view"));
		rows.add(new Row("GET", "/covenants/{otherCovenant}/print.pdf", SEES_OTHER_UNIT, "PDF"));
		rows.add(new Row("GET", "/covenants/{otherCovenant}/versions/{versionOne}/print", SEES_OTHER_UNIT,
				"print view"));
		rows.add(new Row("GET", "/covenants/{otherCovenant}/versions/{versionOne}/print.pdf", SEES_OTHER_UNIT, "PDF"));
		rows.add(new Row("GET", "/api/v1/campaigns/{otherLaunchedCampaign}/covenants", SEES_OTHER_UNIT, "api"));
		rows.add(new Row("GET", "/api/v1/covenants/{otherCovenant}", SEES_OTHER_UNIT, "api"));
		rows.add(new Row("GET", "/api/v1/covenants/{otherCovenant}/versions/{versionOne}", SEES_OTHER_UNIT, "api"));
		// reordering and deleting in the draft: one content with one indicator, so
		// nothing
		// moves and the content is refused while it has its indicator
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/contents/{otherContent}/up", ORG_EDITORS,
				"the only content: nothing moves, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/contents/{otherContent}/down", ORG_EDITORS,
				"the only content: nothing moves, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/contents/{otherContent}/delete", ORG_EDITORS,
				"refused: it has an indicator, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/indicators/{otherIndicator}/up", ORG_EDITORS,
				"the only indicator: nothing moves, redirected"));
		rows.add(new Row("POST", "/campaigns/{otherCampaign}/indicators/{otherIndicator}/down", ORG_EDITORS,
				"the only indicator: nothing moves, redirected"));
		// deleting an indicator: on the launched campaign, refused, so nothing is lost
		// between the roles
		rows.add(new Row("POST", "/campaigns/{otherLaunchedCampaign}/indicators/{otherLaunchedIndicator}/delete",
				ORG_EDITORS, "refused: launched, redirected"));
		// launch documents, on the launched campaign of the other unit
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}/documents/new", ORG_EDITORS, ""));
		rows.add(new Row("POST", "/campaigns/{otherLaunchedCampaign}/documents/new", ORG_EDITORS,
				"no title, no file: re-rendered with errors"));
		rows.add(new Row("GET", "/campaigns/{otherLaunchedCampaign}/documents/{otherDocument}", SEES_OTHER_UNIT,
				"download, scoped like the campaign"));
		rows.add(new Row("POST", "/campaigns/{otherLaunchedCampaign}/documents/{otherDocument}/delete", ORG_EDITORS,
				"refused: launched, redirected"));
		// periodic results: a draft report of the other unit (its head unit is none of
		// the
		// roles' units); the reviewer's actions are refused on a draft and change nothing
		rows.add(new Row("GET", "/results", ALL, "lists are scoped"));
		rows.add(new Row("POST", "/results/open", ALL, "no parameters: redirected"));
		rows.add(new Row("GET", "/results/{otherReport}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/results/{otherReport}/review", Set.of("staff"), "a draft: redirected"));
		rows.add(new Row("GET", "/results/{otherReport}/edit", Set.of("other.officer"), "its own unit"));
		rows.add(
				new Row("POST", "/results/{otherReport}/edit", Set.of("other.officer"), "empty form: nothing changes"));
		rows.add(new Row("POST", "/results/{otherReport}/rows/{otherValue}", SEES_OTHER_UNIT, "htmx preview"));
		rows.add(new Row("POST", "/results/{otherReport}/submit", Set.of(), "the unit's commander only"));
		rows.add(new Row("POST", "/results/{otherReport}/approve", Set.of("staff"), "refused: a draft, redirected"));
		rows.add(new Row("POST", "/results/{otherReport}/return", Set.of("staff"), "refused: a draft, re-rendered"));
		rows.add(new Row("POST", "/results/{otherReport}/values/{otherValue}/adjust", Set.of("staff"),
				"refused: a draft, redirected"));
		rows.add(new Row("POST", "/results/{otherReport}/reopen", Set.of("staff"), "refused: no reason, redirected"));
		rows.add(new Row("POST", "/results/{otherReport}/evidence", Set.of("other.officer"),
				"refused: no file, re-rendered"));
		rows.add(new Row("GET", "/results/{otherReport}/evidence", Set.of("other.officer"),
				"a refused upload's address asked again: the entry page"));
		rows.add(new Row("GET", "/results/{otherReport}/evidence/{otherEvidence}", SEES_OTHER_UNIT, "download"));
		rows.add(new Row("POST", "/results/{otherReport}/evidence/{otherEvidence}/delete", Set.of("other.officer"),
				"its own unit: removed (other.officer is the last role)"));
		// results in Excel: the entry template and its upload for the unit only; the
		// cluster's export for those who see the cluster (its units, staff, leadership)
		rows.add(new Row("GET", "/results/{otherReport}/template.xlsx", Set.of("other.officer"), "its own unit"));
		rows.add(new Row("POST", "/results/{otherReport}/import", Set.of("other.officer"),
				"no file: the preview says so, nothing changes"));
		rows.add(new Row("GET", "/results/{otherReport}/import", Set.of("other.officer"),
				"an upload's address asked again: the entry page"));
		rows.add(new Row("POST", "/results/{otherReport}/import/confirm", Set.of("other.officer"),
				"no preview: redirected, nothing changes"));
		rows.add(new Row("GET",
				"/results/export.xlsx?campaign={otherLaunchedCampaign}&cluster={otherCluster}&month=2077-01",
				SEES_OTHER_UNIT, "the other unit's cluster"));
		// accounts and audit: administrators only, on an account of the other unit
		rows.add(new Row("GET", "/admin/accounts", ADMIN, ""));
		rows.add(new Row("GET", "/admin/accounts/new", ADMIN, ""));
		rows.add(new Row("POST", "/admin/accounts", ADMIN, "empty form re-rendered"));
		rows.add(new Row("GET", "/admin/accounts/{otherAccount}", ADMIN, ""));
		rows.add(new Row("GET", "/admin/accounts/{otherAccount}/edit", ADMIN, ""));
		rows.add(new Row("POST", "/admin/accounts/{otherAccount}/edit", ADMIN, "empty form re-rendered"));
		rows.add(new Row("GET", "/admin/accounts/{otherAccount}/password", ADMIN, ""));
		rows.add(new Row("POST", "/admin/accounts/{otherAccount}/password", ADMIN, "empty form re-rendered"));
		rows.add(new Row("POST", "/admin/accounts/{otherAccount}/disable", ADMIN, "a throw-away account"));
		rows.add(new Row("POST", "/admin/accounts/{otherAccount}/enable", ADMIN, "a throw-away account"));
		rows.add(new Row("POST", "/admin/accounts/{otherAccount}/unlock", ADMIN, "a throw-away account"));
		rows.add(new Row("GET", "/admin/audit", ADMIN, ""));
		// API
		rows.add(new Row("GET", "/api/v1/results", ALL, "list is scoped"));
		rows.add(new Row("GET", "/api/v1/results/{otherReport}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("PUT", "/api/v1/results/{otherReport}/values", Set.of("other.officer"),
				"its own unit, an empty list: nothing changes"));
		rows.add(new Row("POST", "/api/v1/results/{otherReport}/submit", Set.of(), "the unit's commander only"));
		rows.add(new Row("POST", "/api/v1/results", SEES_OTHER_UNIT,
				"opening the other unit's existing month: found by whoever sees it"));
		rows.add(new Row("POST", "/api/v1/results/{otherReport}/approve", Set.of("staff"), "refused: a draft, 409"));
		rows.add(new Row("POST", "/api/v1/results/{otherReport}/return", Set.of("staff"), "refused: no comment, 400"));
		rows.add(new Row("GET", "/api/v1/units", ALL, "list is scoped"));
		rows.add(new Row("GET", "/api/v1/units/{otherUnit}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/api/v1/clusters", ALL, "list is scoped"));
		rows.add(new Row("GET", "/api/v1/clusters/{otherCluster}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/api/v1/officers", ALL, "list is scoped"));
		rows.add(new Row("GET", "/api/v1/officers/{otherOfficer}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/api/v1/campaigns", ALL, "list is scoped"));
		rows.add(new Row("GET", "/api/v1/campaigns/{otherLaunchedCampaign}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/api/v1/campaigns/{otherLaunchedCampaign}/scoring", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/api/v1/campaigns/{otherLaunchedCampaign}/documents/{otherDocument}", SEES_OTHER_UNIT,
				"download, scoped like the campaign"));
		// rankings and the bonus and penalty items of a report of the other unit, in the
		// launched campaign; its cluster's head unit (PC08) is none of the roles' units
		rows.add(new Row("GET", "/results/rankings", ALL, "the first campaign the user sees"));
		rows.add(new Row("GET", "/results/rankings?campaign={otherLaunchedCampaign}&cluster={otherCluster}",
				SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/results/overview", ALL, "the first campaign the user sees"));
		rows.add(new Row("GET", "/results/overview?campaign={otherLaunchedCampaign}", SEES_OTHER_UNIT, ""));
		// the monthly bulletin and a unit's trend, scoped like the rankings
		rows.add(new Row("GET", "/results/bulletin", ALL, "the first campaign the user sees"));
		rows.add(new Row("GET", "/results/bulletin.pdf", ALL, "the first campaign the user sees"));
		rows.add(new Row("GET", "/results/bulletin?campaign={otherLaunchedCampaign}&cluster={otherCluster}",
				SEES_OTHER_UNIT, "print view"));
		rows.add(new Row("GET", "/results/bulletin.pdf?campaign={otherLaunchedCampaign}&cluster={otherCluster}",
				SEES_OTHER_UNIT, "PDF"));
		rows.add(new Row("GET", "/results/rankings/units/{otherUnit}?campaign={otherLaunchedCampaign}", SEES_OTHER_UNIT,
				"trend of the other unit"));
		rows.add(new Row("GET", "/results/registrations?campaign={otherLaunchedCampaign}&cluster={otherCluster}",
				SEES_OTHER_UNIT, "registrations beside results of the other unit's cluster"));
		// requests to reopen a locked month: March 2026 of a campaign of the other unit
		// alone, never opened and past its deadline; the unit asks (no reason: the form
		// comes back), staff answer its waiting request (granted once, then refused as
		// answered; an empty refusal comes back)
		rows.add(new Row("GET", "/results/reopen-requests/new?campaign={reopenCampaign}&month=2026-03",
				Set.of("other.officer"), "its own locked month"));
		rows.add(new Row("POST", "/results/reopen-requests?campaign={reopenCampaign}&month=2026-03",
				Set.of("other.officer"), "no reason: re-rendered"));
		rows.add(new Row("GET", "/results/reopen-requests/{otherReopenRequest}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/results/reopen-requests/{otherReopenRequest}/grant", Set.of("staff"),
				"granted once, then refused as answered: redirected"));
		rows.add(new Row("POST", "/results/reopen-requests/{otherReopenRequest}/refuse", Set.of("staff"),
				"empty form re-rendered"));
		rows.add(new Row("GET", "/results/{rankedReport}/score-items", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/results/{rankedReport}/score-items", Set.of("staff"), "empty form re-rendered"));
		rows.add(new Row("POST", "/results/{rankedReport}/score-items/{rankedItem}/delete", Set.of("staff"),
				"removed once, by staff"));
		// review and voting: a draft session of the other unit's cluster ("Khối Cảnh
		// sát" 2026, whose head unit is none of the roles' units), with one question and
		// one candidate; every action on it is refused (missing reason, time or award,
		// not
		// open, no tie, not tallied) and changes nothing
		// the year-end summary: the province's for its staff and leadership, a unit's for
		// its users, a cluster's for its head unit's users; administrators are refused
		Set<String> summaryReaders = Set.of("staff", "leader", "head.commander", "head.officer", "member.commander",
				"member.officer", "other.officer");
		rows.add(new Row("GET", "/summary", summaryReaders, "the province's or the own unit's"));
		rows.add(new Row("GET", "/summary?year=2026&unitId={otherUnit}", Set.of("staff", "leader", "other.officer"),
				"the other unit's summary"));
		rows.add(new Row("GET", "/summary?year=2026&clusterId={otherCluster}", Set.of("staff", "leader"),
				"the other unit's cluster, whose head unit is none of the roles'"));
		rows.add(new Row("POST", "/summary/text?year=2026", Set.of("staff"), "empty form re-rendered"));
		rows.add(new Row("POST", "/summary/freeze?year=2026", Set.of("staff"),
				"without the figures seen: refused with a message, nothing stored"));
		rows.add(new Row("POST", "/summary/reopen?year=2026", Set.of("staff"),
				"without a reason: refused with a message, nothing changed"));
		rows.add(new Row("GET", "/summary/print?year=2026", summaryReaders,
				"printed, the province's or the own unit's"));
		rows.add(new Row("GET", "/summary/summary.pdf?year=2026&unitId={otherUnit}",
				Set.of("staff", "leader", "other.officer"), "PDF of the other unit's summary"));
		rows.add(new Row("GET", "/summary/summary.docx?year=2026&clusterId={otherCluster}", Set.of("staff", "leader"),
				"DOCX of the other unit's cluster"));
		rows.add(new Row("GET", "/summary/summary.xlsx?year=2026&unitId={otherUnit}",
				Set.of("staff", "leader", "other.officer"), "annex tables of the other unit's summary"));
		rows.add(new Row("GET", "/api/v1/summary", summaryReaders, "the province's or the own unit's"));
		rows.add(new Row("GET", "/api/v1/summary?year=2026&unitId={otherUnit}",
				Set.of("staff", "leader", "other.officer"), "api"));
		rows.add(new Row("GET", "/api/v1/summary/final?year=2026", Set.of("staff", "leader"),
				"the province's final figures; a unit's users 404"));
		rows.add(new Row("GET", "/voting", ALL, "list is scoped"));
		rows.add(new Row("POST", "/voting/new", Set.of("admin", "staff", "head.commander", "head.officer"),
				"those who chair a cluster's sessions; no cluster: redirected with a message"));
		rows.add(new Row("GET", "/voting/{otherSession}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/voting/{otherSession}/questions", ORG_EDITORS, "no award: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/rules", ORG_EDITORS, "no quorum: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/questions/{otherQuestion}/change", ORG_EDITORS,
				"no places: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/electors/{otherUnit}/delegate", ORG_EDITORS,
				"no account: the commander votes, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/council", ORG_EDITORS,
				"a unit electorate: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/questions/{otherQuestion}/suggest", ORG_EDITORS,
				"no campaign: nothing suggested, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/questions/{otherQuestion}/candidates", ORG_EDITORS,
				"no reason: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/questions/{otherQuestion}/candidates/{otherCandidate}/remove",
				ORG_EDITORS, "no reason: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/open", ORG_EDITORS, "no closing time: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/extend", ORG_EDITORS, "a draft: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/tally", ORG_EDITORS, "a draft: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/questions/{otherQuestion}/decide", ORG_EDITORS,
				"no tie: refused, redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/questions/{otherQuestion}/second-round", ORG_EDITORS,
				"no tie: refused, redirected"));
		// the minutes: read by whoever sees the session (a draft has none yet: redirected
		// with a message), completed by whoever prepares it, signed only by the chair
		// (the
		// head unit's commander) and the secretary named in them
		rows.add(new Row("GET", "/voting/{otherSession}/minutes", SEES_OTHER_UNIT, "not tallied: redirected"));
		rows.add(new Row("GET", "/voting/{otherSession}/minutes.pdf", SEES_OTHER_UNIT, "not tallied: redirected"));
		rows.add(new Row("GET", "/voting/{otherSession}/minutes.docx", SEES_OTHER_UNIT, "not tallied: redirected"));
		rows.add(new Row("GET", "/voting/{otherSession}/minutes/edit", ORG_EDITORS, "the secretary's form"));
		rows.add(new Row("POST", "/voting/{otherSession}/minutes", ORG_EDITORS, "empty form: nothing written"));
		rows.add(new Row("GET", "/voting/{otherSession}/minutes/sign", Set.of(), "only the chair and the secretary"));
		rows.add(new Row("POST", "/voting/{otherSession}/minutes/sign", Set.of(), "only the chair and the secretary"));
		rows.add(new Row("POST", "/voting/{otherSession}/verify", SEES_OTHER_UNIT, "not tallied: redirected"));
		rows.add(new Row("POST", "/voting/{otherSession}/receipt", SEES_OTHER_UNIT, "no code: redirected"));
		rows.add(new Row("GET", "/voting/{otherSession}/ballot", SEES_OTHER_UNIT,
				"not an elector: redirected with the reason"));
		rows.add(new Row("POST", "/voting/{otherSession}/ballot/review", SEES_OTHER_UNIT,
				"not an elector: redirected with the reason"));
		rows.add(new Row("POST", "/voting/{otherSession}/ballot", SEES_OTHER_UNIT,
				"not open: refused, redirected, nothing stored"));
		// yearly titles: the other unit's 2026 list (a draft), read by whoever sees the
		// unit, edited only by the unit's own users (other.officer), submitted only by
		// its
		// commander (none of the roles)
		rows.add(new Row("GET", "/awards/titles", ALL, "redirected to the own unit's list of this year"));
		rows.add(new Row("GET", "/awards/titles/{otherUnit}/{titleYear}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/classification", Set.of("other.officer"),
				"empty form re-rendered"));
		rows.add(new Row("GET", "/awards/titles/{otherUnit}/{titleYear}/classifications.xlsx", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/classifications", Set.of("other.officer"),
				"no file: form re-rendered"));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/vote", Set.of("staff", "admin"),
				"refused: the list is a draft, redirected"));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/submit", Set.of(),
				"only the unit's commander"));
		rows.add(new Row("GET", "/awards/titles/{otherUnit}/{titleYear}/officers/{otherOfficer}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/officers/{otherOfficer}/classification",
				Set.of("other.officer"), "empty form re-rendered"));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/officers/{otherOfficer}/adjustment",
				Set.of("other.officer"), "empty form re-rendered"));
		rows.add(new Row("POST", "/awards/titles/{otherUnit}/{titleYear}/officers/{otherOfficer}/adjustment/clear",
				Set.of("other.officer"), "nothing to clear, redirected"));
		// awards: a recorded decision of the province naming the other unit and its
		// officer, and a draft; only provincial staff write, administrators keep the
		// catalogue
		rows.add(new Row("GET", "/awards/catalogue", ALL, ""));
		rows.add(new Row("POST", "/awards/catalogue/base-salaries", ADMIN, "empty form re-rendered"));
		rows.add(new Row("GET", "/awards/catalogue/items/{catalogueItem}/next", ADMIN, ""));
		rows.add(new Row("POST", "/awards/catalogue/items/{catalogueItem}/next?version=0", ADMIN,
				"empty form re-rendered"));
		rows.add(new Row("GET", "/awards/decisions", ALL, "list is scoped (unit users: none)"));
		rows.add(new Row("GET", "/awards/decisions/new", Set.of("staff"), ""));
		rows.add(new Row("POST", "/awards/decisions", Set.of("staff"), "empty form re-rendered"));
		rows.add(new Row("GET", "/awards/decisions/{otherDecision}", SEES_OTHER_UNIT, "names the other unit"));
		rows.add(new Row("GET", "/awards/decisions/{otherDraftDecision}", ORGANISER_STAFF, "a draft: not to units"));
		rows.add(new Row("GET", "/awards/decisions/{otherDraftDecision}/edit", Set.of("staff"), ""));
		rows.add(new Row("POST", "/awards/decisions/{otherDraftDecision}/edit", Set.of("staff"),
				"empty form re-rendered"));
		rows.add(new Row("GET", "/awards/decisions/{otherDecision}/amend", Set.of("staff"), ""));
		rows.add(new Row("POST", "/awards/decisions/{otherDecision}/amend", Set.of("staff"), "empty form re-rendered"));
		rows.add(new Row("POST", "/awards/decisions/{otherDecision}/delete?version=0", Set.of("staff"),
				"recorded: refused, redirected"));
		rows.add(new Row("POST", "/awards/decisions/{otherDecision}/record?version=0", Set.of("staff"),
				"recorded: refused, redirected"));
		rows.add(new Row("GET", "/awards/decisions/{otherDraftDecision}/lines/new", Set.of("staff"), ""));
		rows.add(new Row("POST", "/awards/decisions/{otherDraftDecision}/lines", Set.of("staff"),
				"empty form re-rendered"));
		rows.add(new Row("POST", "/awards/decisions/{otherDecision}/lines/{otherAwardLine}/delete", Set.of("staff"),
				"recorded: refused, redirected"));
		rows.add(new Row("POST", "/awards/decisions/{otherDecision}/scan", Set.of("staff"),
				"no file: refused, redirected"));
		rows.add(new Row("GET", "/awards/decisions/{otherDecision}/scan", Set.of(), "no scan attached"));
		rows.add(new Row("GET", "/awards/dossiers", ALL, "list is scoped (unit users: none)"));
		rows.add(new Row("GET", "/awards/dossiers/{otherDossier}", ORGANISER_STAFF, "not to units"));
		rows.add(new Row("POST", "/awards/dossiers/from-session?session={otherSession}&authority=DIRECTOR",
				Set.of("staff"), "refused: a draft session has no proposals"));
		rows.add(new Row("POST", "/awards/dossiers/{otherDossier}/submit?version=0", Set.of("staff"),
				"refused: already submitted"));
		rows.add(new Row("POST", "/awards/dossiers/from-titles?unit={otherUnit}&year={titleYear}&authority=DIRECTOR",
				Set.of("staff"), "refused: the list is a draft"));
		rows.add(new Row("POST", "/awards/dossiers/{otherDossier}/return?version=0", Set.of("staff"),
				"refused: no reason"));
		rows.add(
				new Row("POST", "/awards/dossiers/{otherDossier}/decision", Set.of("staff"), "empty form re-rendered"));
		rows.add(new Row("GET", "/awards/dossiers/{otherDossier}/print", ORGANISER_STAFF, "not to units"));
		rows.add(new Row("GET", "/awards/dossiers/{otherDossier}/dossier.pdf", ORGANISER_STAFF, "not to units"));
		rows.add(new Row("GET", "/awards/dossiers/{otherDossier}/dossier.docx", ORGANISER_STAFF, "not to units"));
		rows.add(new Row("POST", "/awards/dossiers", Set.of("staff"), "empty form re-rendered"));
		rows.add(new Row("GET", "/awards/dossiers/{otherDossier}/lines/new", Set.of("staff"), "submitted: redirected"));
		rows.add(new Row("POST", "/awards/dossiers/{otherDossier}/lines", Set.of("staff"),
				"submitted: refused, redirected"));
		rows.add(new Row("POST", "/awards/dossiers/{otherDossier}/lines/{otherDossierLine}/delete", Set.of("staff"),
				"submitted: refused, redirected"));
		rows.add(new Row("POST", "/awards/dossiers/{otherDossier}/attachments", Set.of("staff"),
				"submitted: refused, redirected"));
		rows.add(new Row("GET", "/awards/dossiers/{otherDossier}/attachments/{otherDossierFile}", ORGANISER_STAFF,
				"not to units"));
		rows.add(new Row("POST", "/awards/dossiers/{otherDossier}/attachments/{otherDossierFile}/delete",
				Set.of("staff"), "submitted: refused, redirected"));
		rows.add(new Row("POST", "/api/v1/awards/decisions", Set.of("staff"), "refused: an empty body, 400"));
		// the good-deed book: a deed of the other unit, already proposed, with a scan
		rows.add(new Row("GET", "/awards/deeds", ALL, "list is scoped"));
		rows.add(new Row("GET", "/awards/deeds/new", DEED_RECORDERS, "own unit (staff: the subtree)"));
		rows.add(new Row("POST", "/awards/deeds", DEED_RECORDERS, "empty form re-rendered"));
		rows.add(new Row("GET", "/awards/deeds/{otherDeed}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/awards/deeds/{otherDeed}/scan", SEES_OTHER_UNIT, ""));
		rows.add(new Row("POST", "/awards/deeds/{otherDeed}/delete?version=0", Set.of("staff", "other.officer"),
				"proposed: refused, redirected"));
		rows.add(new Row("POST", "/awards/deeds/{otherDeed}/dossier?version=0", Set.of("staff"),
				"already proposed: refused, redirected"));
		rows.add(new Row("GET", "/awards/records", ALL, "search is scoped"));
		rows.add(new Row("GET", "/awards/records/export.xlsx", ALL, "export is scoped"));
		rows.add(new Row("GET", "/awards/records/import", Set.of("staff"), ""));
		rows.add(new Row("GET", "/awards/records/import/template.xlsx", Set.of("staff"), ""));
		rows.add(new Row("POST", "/awards/records/import", Set.of("staff"), "no file: re-rendered with an error"));
		rows.add(new Row("GET", "/awards/records/officers/{otherOfficer}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/awards/records/units/{otherUnit}", SEES_OTHER_UNIT, ""));
		rows.add(new Row("GET", "/api/v1/awards/catalogue", ALL, "api"));
		rows.add(new Row("GET", "/api/v1/awards/records", ALL, "api, scoped"));
		rows.add(new Row("GET", "/api/v1/awards/decisions/{otherDecision}", SEES_OTHER_UNIT, "api"));
		rows.add(new Row("GET", "/api/v1/awards/officers/{otherOfficer}/records", SEES_OTHER_UNIT, "api"));
		rows.add(new Row("GET", "/api/v1/awards/units/{otherUnit}/records", SEES_OTHER_UNIT, "api"));
		// statistical forms 0601.N-0603.N: the organiser's staff and leadership (its
		// subtree); administrators and unit users 404
		Set<String> forms = Set.of("staff", "leader");
		rows.add(new Row("GET", "/summary/forms?year=2026", forms, "the province's forms"));
		rows.add(new Row("GET", "/summary/forms/check?year=2026", forms, "checks before sending"));
		rows.add(new Row("GET", "/summary/forms/{statisticalForm}?year=2026", forms, ""));
		rows.add(new Row("GET", "/summary/forms/{statisticalForm}/cells?year=2026&row=TOTAL&col=TOTAL", forms,
				"a cell's records"));
		rows.add(new Row("GET", "/summary/forms/{statisticalForm}/export.xlsx?year=2026", forms, "XLSX"));
		rows.add(new Row("GET", "/summary/forms/{statisticalForm}/print?year=2026", forms, "print view"));
		rows.add(new Row("GET", "/summary/forms/{statisticalForm}/print.pdf?year=2026", forms, "PDF"));
		rows.add(new Row("GET", "/api/v1/summary/forms/{statisticalForm}?year=2026", forms, "api"));
		rows.add(new Row("GET", "/api/v1/voting/sessions", ALL, "list is scoped"));
		rows.add(new Row("GET", "/api/v1/voting/sessions/{otherSession}", SEES_OTHER_UNIT, "api"));
		return rows;
	}

	@BeforeAll
	void nameAStatisticalForm() {
		this.ids.put("statisticalForm", "0603");
	}

	@BeforeAll
	void findObjectsOfTheOtherUnit() {
		long otherUnit = this.jdbc.sql("select id from unit where code = 'LS-PC02'").query(Long.class).single();
		this.ids.put("otherUnit", otherUnit);
		this.ids.put("titleYear", 2026);
		this.ids.put("otherOfficer",
				this.jdbc.sql("select min(id) from officer where unit_id = :u")
					.param("u", otherUnit)
					.query(Long.class)
					.single());
		this.ids.put("otherCluster",
				this.jdbc.sql("select c.id from emulation_cluster c where c.name = 'Khối Cảnh sát' and c.year = 2026")
					.query(Long.class)
					.single());
		this.ids.put("otherOfficer",
				this.jdbc.sql("select min(id) from officer where unit_id = :u")
					.param("u", otherUnit)
					.query(Long.class)
					.single());
		// a throw-away account of the other unit: the administrator's actions in the
		// matrix change nothing that matters
		this.jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, unit_id, must_change_password,
				                      search_text, sort_key)
				values ('matrix.target', 'Tài khoản thử', '{noop}Matrix2026', 'UNIT_OFFICER', :unit, false,
				        'matrix.target', ''::bytea)
				on conflict do nothing
				""").param("unit", otherUnit).update();
		this.ids.put("otherAccount",
				this.jdbc.sql("select id from app_user where username = 'matrix.target'").query(Long.class).single());
		this.ids.put("otherToken", java.util.UUID.randomUUID().toString());
		// a draft campaign of the province whose scope is the other unit alone, with one
		// content and one indicator but never launchable by the matrix (launch needs the
		// scope, which it has, so it is launched at most once and then refused)
		this.jdbc
			.sql("""
					insert into campaign (organizer_id, name, kind, year, start_date, end_date, sort_key)
					select id, 'Đợt thi đua của ma trận quyền', 'THEMATIC', 2077, date '2077-01-01', date '2077-12-31', ''::bytea
					from unit where code = 'LS'
					and not exists (select 1 from campaign where name = 'Đợt thi đua của ma trận quyền')
					""")
			.update();
		long campaign = this.jdbc.sql("select id from campaign where name = 'Đợt thi đua của ma trận quyền'")
			.query(Long.class)
			.single();
		this.ids.put("otherCampaign", campaign);
		// and a launched one with the same scope, which the other unit does see
		this.jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at,
				                      launched_by, sort_key)
				select id, 'Đợt thi đua đã phát động của ma trận quyền', 'THEMATIC', 2077, date '2077-01-01',
				       date '2077-12-31', 'LAUNCHED', now(), 'staff', ''::bytea
				from unit where code = 'LS'
				and not exists (select 1 from campaign where name = 'Đợt thi đua đã phát động của ma trận quyền')
				""").update();
		long launched = this.jdbc
			.sql("select id from campaign where name = 'Đợt thi đua đã phát động của ma trận quyền'")
			.query(Long.class)
			.single();
		this.ids.put("otherLaunchedCampaign", launched);
		this.jdbc.sql("insert into campaign_unit (campaign_id, unit_id) values (:c, :u) on conflict do nothing")
			.param("c", launched)
			.param("u", otherUnit)
			.update();
		this.jdbc.sql("insert into campaign_cluster (campaign_id, cluster_id) values (:c, :k) on conflict do nothing")
			.param("c", launched)
			.param("k", this.ids.get("otherCluster"))
			.update();
		this.jdbc.sql("insert into campaign_unit (campaign_id, unit_id) values (:c, :u) on conflict do nothing")
			.param("c", campaign)
			.param("u", otherUnit)
			.update();
		this.jdbc.sql("""
				insert into campaign_content (campaign_id, position, title)
				select :c, 1, 'Nội dung thử' where not exists (select 1 from campaign_content where campaign_id = :c)
				""").param("c", campaign).update();
		long content = this.jdbc.sql("select min(id) from campaign_content where campaign_id = :c")
			.param("c", campaign)
			.query(Long.class)
			.single();
		this.ids.put("otherContent", content);
		this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, direction, input_shape, period)
				values (:c, :k, 1, 'MT.1', 'Chỉ tiêu thử', 'DONE_OR_NOT', 'VALUE', 'YEAR') on conflict do nothing
				""").param("c", campaign).param("k", content).update();
		// a launch document of the launched campaign
		byte[] pdf = "%PDF-1.4 ma tran".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		// the file and its document in one statement: the document points at the file
		// just made
		this.jdbc.sql("""
				with file as (
				  insert into stored_file (original_name, content_type, size_bytes, sha256, content, created_by)
				  select 'Kế hoạch ma trận.pdf', 'application/pdf', :size, repeat('0', 64), :content, 'staff'
				  where not exists (select 1 from campaign_document where campaign_id = :c)
				  returning id)
				insert into campaign_document (campaign_id, file_id, title)
				select :c, file.id, 'Kế hoạch ma trận' from file
				""").param("size", pdf.length).param("content", pdf).param("c", launched).update();
		this.ids.put("otherDocument",
				this.jdbc.sql("select min(id) from campaign_document where campaign_id = :c")
					.param("c", launched)
					.query(Long.class)
					.single());
		// an indicator of the launched campaign, which no role may delete
		this.jdbc.sql("""
				insert into campaign_content (campaign_id, position, title)
				select :c, 1, 'Nội dung của ma trận quyền'
				where not exists (select 1 from campaign_content where campaign_id = :c)
				""").param("c", launched).update();
		this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, measure_unit, direction,
				                       input_shape, period, target)
				select :c, min(id), 1, 'MT.1', 'Chỉ tiêu của ma trận quyền', '%', 'HIGHER_IS_BETTER', 'RATIO',
				       'MONTH', 75
				from campaign_content where campaign_id = :c
				and not exists (select 1 from indicator where campaign_id = :c)
				""").param("c", launched).update();
		this.ids.put("otherLaunchedIndicator",
				this.jdbc.sql("select min(id) from indicator where campaign_id = :c")
					.param("c", launched)
					.query(Long.class)
					.single());
		this.ids.put("otherIndicator",
				this.jdbc.sql("select min(id) from indicator where campaign_id = :c")
					.param("c", campaign)
					.query(Long.class)
					.single());
		makeAReportOfTheOtherUnit();
	}

	/** A draft report of the other unit, with one value and one evidence file. */
	private void makeAReportOfTheOtherUnit() {
		Object campaign = this.ids.get("otherLaunchedCampaign");
		this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, created_by)
				values (:c, :u, :k, date '2077-01-01', date '2077-02-05', 'other.officer') on conflict do nothing
				""")
			.param("c", campaign)
			.param("u", this.ids.get("otherUnit"))
			.param("k", this.ids.get("otherCluster"))
			.update();
		long report = this.jdbc.sql("select id from result_report where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", this.ids.get("otherUnit"))
			.query(Long.class)
			.single();
		this.ids.put("otherReport", report);
		this.jdbc.sql("""
				insert into result_value (report_id, indicator_id, position, target)
				values (:r, :i, 1001, 75) on conflict do nothing
				""").param("r", report).param("i", this.ids.get("otherLaunchedIndicator")).update();
		this.ids.put("otherValue",
				this.jdbc.sql("select id from result_value where report_id = :r")
					.param("r", report)
					.query(Long.class)
					.single());
		byte[] pdf = "%PDF-1.4 minh chung".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long file = this.jdbc.sql("""
				insert into stored_file (original_name, content_type, size_bytes, sha256, content, created_by)
				values ('Minh chứng ma trận.pdf', 'application/pdf', :size, repeat('0', 64), :content, 'other.officer')
				returning id
				""").param("size", pdf.length).param("content", pdf).query(Long.class).single();
		this.ids.put("otherEvidence",
				this.jdbc.sql("insert into result_evidence (report_id, file_id) values (:r, :f) returning id")
					.param("r", report)
					.param("f", file)
					.query(Long.class)
					.single());
	}

	/**
	 * A submitted report of the other unit, with one bonus or penalty item, in a launched
	 * campaign of its own for "Khối Cảnh sát" (set-up methods run in no stated order).
	 */
	/**
	 * A launched 2026 campaign of the other unit alone with one monthly indicator, whose
	 * March is locked (never opened, past its deadline), and the other unit's request to
	 * reopen it, waiting for staff.
	 */
	@BeforeAll
	void makeAReopenRequestOfTheOtherUnit() {
		this.jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at,
				                      launched_by, sort_key)
				select id, 'Đợt thi đua có tháng khóa của ma trận quyền', 'THEMATIC', 2026, date '2026-01-01',
				       date '2026-12-31', 'LAUNCHED', now(), 'staff', ''::bytea
				from unit where code = 'LS'
				and not exists (select 1 from campaign where name = 'Đợt thi đua có tháng khóa của ma trận quyền')
				""").update();
		long campaign = this.jdbc
			.sql("select id from campaign where name = 'Đợt thi đua có tháng khóa của ma trận quyền'")
			.query(Long.class)
			.single();
		this.ids.put("reopenCampaign", campaign);
		long unit = this.jdbc.sql("select id from unit where code = 'LS-PC02'").query(Long.class).single();
		this.jdbc.sql("insert into campaign_unit (campaign_id, unit_id) values (:c, :u) on conflict do nothing")
			.param("c", campaign)
			.param("u", unit)
			.update();
		this.jdbc.sql("""
				insert into campaign_content (campaign_id, position, title)
				select :c, 1, 'Nội dung thử' where not exists (select 1 from campaign_content where campaign_id = :c)
				""").param("c", campaign).update();
		this.jdbc.sql("""
				insert into indicator (campaign_id, content_id, position, code, name, direction, input_shape, period)
				select :c, min(id), 1, 'MK.1', 'Chỉ tiêu hằng tháng', 'DONE_OR_NOT', 'VALUE', 'MONTH'
				from campaign_content where campaign_id = :c
				on conflict do nothing
				""").param("c", campaign).update();
		this.jdbc
			.sql("""
					insert into result_reopen_request (campaign_id, unit_id, period_month, reason, requested_by, requested_at)
					values (:c, :u, date '2026-03-01', 'Mất kết nối mạng nội bộ', 'other.officer', now())
					on conflict do nothing
					""")
			.param("c", campaign)
			.param("u", unit)
			.update();
		this.ids.put("otherReopenRequest",
				this.jdbc.sql("select max(id) from result_reopen_request where campaign_id = :c")
					.param("c", campaign)
					.query(Long.class)
					.single());
	}

	@BeforeAll
	void findReportsOfTheOtherUnit() {
		this.jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at,
				                      launched_by, sort_key)
				select id, 'Đợt thi đua có báo cáo của ma trận quyền', 'THEMATIC', 2077, date '2077-01-01',
				       date '2077-12-31', 'LAUNCHED', now(), 'staff', ''::bytea
				from unit where code = 'LS'
				and not exists (select 1 from campaign where name = 'Đợt thi đua có báo cáo của ma trận quyền')
				""").update();
		this.jdbc.sql("""
				insert into campaign_cluster (campaign_id, cluster_id)
				select k.id, c.id from campaign k, emulation_cluster c
				where k.name = 'Đợt thi đua có báo cáo của ma trận quyền' and c.name = 'Khối Cảnh sát' and c.year = 2026
				on conflict do nothing
				""").update();
		long report = this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state, created_by)
				select k.id, u.id, c.id, date '2077-01-01', date '2077-02-05', 'SUBMITTED', 'staff'
				from campaign k, unit u, emulation_cluster c
				where k.name = 'Đợt thi đua có báo cáo của ma trận quyền' and u.code = 'LS-PC02'
				  and c.name = 'Khối Cảnh sát' and c.year = 2026
				on conflict (campaign_id, unit_id, period_month) do update set state = excluded.state returning id
				""").query(Long.class).single();
		this.ids.put("rankedReport", report);
		this.ids.put("rankedItem", this.jdbc.sql("""
				insert into result_score_item (report_id, item_code, item_name, kind, points, reason, recorded_by)
				values (:r, 'TR.1', 'Vi phạm kỷ luật', 'PENALTY', 5, 'Ma trận quyền', 'staff') returning id
				""").param("r", report).query(Long.class).single());
	}

	@BeforeAll
	void findCovenantsOfTheOtherUnit() {
		this.ids.put("movement",
				this.jdbc.sql("select id from campaign where name like 'Phong trào thi đua%Vì an ninh%2026'")
					.query(Long.class)
					.single());
		this.ids.put("otherCovenant", this.jdbc.sql("""
				select c.id from covenant c join emulation_cluster k on k.id = c.cluster_id
				where k.name = 'Khối Cảnh sát' and k.year = 2026 and c.campaign_id = :m
				""").param("m", this.ids.get("movement")).query(Long.class).single());
		this.ids.put("versionOne", 1);
		this.jdbc.sql("""
				insert into campaign (organizer_id, name, kind, year, start_date, end_date, state, launched_at,
				                      launched_by, sort_key)
				select id, 'Đợt thi đua có giao ước của ma trận quyền', 'THEMATIC', 2077, date '2077-01-01',
				       date '2077-12-31', 'LAUNCHED', now(), 'staff', ''::bytea
				from unit where code = 'LS'
				and not exists (select 1 from campaign where name = 'Đợt thi đua có giao ước của ma trận quyền')
				""").update();
		long campaign = this.jdbc
			.sql("select id from campaign where name = 'Đợt thi đua có giao ước của ma trận quyền'")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into covenant (campaign_id, cluster_id, created_by) values (:c, :k, 'staff')
				on conflict do nothing
				""").param("c", campaign).param("k", this.ids.get("otherCluster")).update();
		long covenant = this.jdbc.sql("select id from covenant where campaign_id = :c")
			.param("c", campaign)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into covenant_version (covenant_id, number, created_by) values (:c, 1, 'staff')
				on conflict do nothing
				""").param("c", covenant).update();
		this.ids.put("otherDraftCovenant", covenant);
	}

	/**
	 * A draft review session of the other unit's cluster, with a question and a
	 * candidate.
	 */
	@BeforeAll
	void makeAVotingSessionOfTheOtherUnit() {
		long session = this.jdbc.sql("""
				insert into voting_session (cluster_id, year, title, electorate_kind, state, created_by)
				select c.id, 2026, 'Phiên bình xét của ma trận quyền', 'UNITS', 'DRAFT', 'staff'
				from emulation_cluster c where c.name = 'Khối Cảnh sát' and c.year = 2026 returning id
				""").query(Long.class).single();
		this.ids.put("otherSession", session);
		long question = this.jdbc.sql("""
				insert into voting_question (session_id, position, award, text, places, threshold)
				values (:s, 1, 'DVQT', 'Đơn vị quyết thắng', 3, 50) returning id
				""").param("s", session).query(Long.class).single();
		this.ids.put("otherQuestion", question);
		this.ids.put("otherCandidate", this.jdbc.sql("""
				insert into voting_candidate (question_id, unit_id, name)
				select :q, id, name from unit where code = 'LS-PC02' returning id
				""").param("q", question).query(Long.class).single());
		this.jdbc.sql("""
				insert into voting_elector (session_id, unit_id)
				select :s, m.unit_id from cluster_member m join emulation_cluster c on c.id = m.cluster_id
				where c.name = 'Khối Cảnh sát' and c.year = 2026
				""").param("s", session).update();
	}

	/**
	 * A decision of the provincial director, recorded, naming the other unit and its
	 * officer, and a draft one without lines.
	 */
	@BeforeAll
	void makeAwardDecisionsOfTheOtherUnit() {
		this.ids.put("catalogueItem",
				this.jdbc.sql("select id from award_catalogue_item where code = 'CSTT' order by valid_from limit 1")
					.query(Long.class)
					.single());
		long decision = this.jdbc.sql("""
				insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year,
				                            decided_on, signer, kind, state, base_salary, created_by, recorded_by,
				                            recorded_at)
				select u.id, 'DIRECTOR', '9901/QĐ-CAT', '9901/QĐ-CAT', u.id, 2026, date '2026-03-02',
				       'Giám đốc', 'ONE_OFF', 'RECORDED', 2340000, 'staff', 'staff', now()
				from unit u where u.code = 'LS' returning id""").query(Long.class).single();
		this.ids.put("otherDecision", decision);
		this.ids.put("otherAwardLine", this.jdbc.sql("""
				insert into award_record (decision_id, line_no, unit_id, recipient_name, unit_name, item_id,
				                          achievement, cash_multiple, catalogue_amount, amount, search_text, sort_key)
				select :d, 1, u.id, u.name, u.name, i.id, 'Phá án nhanh', 0.6, 1410000, 1410000, 'x', '\\x00'::bytea
				from unit u, award_catalogue_item i
				where u.code = 'LS-PC02' and i.code = 'GIAY_KHEN' and i.recipient = 'COLLECTIVE' returning id""")
			.param("d", decision)
			.query(Long.class)
			.single());
		this.jdbc.sql("""
				insert into award_record (decision_id, line_no, unit_id, officer_id, recipient_name, unit_name,
				                          item_id, achievement, cash_multiple, catalogue_amount, amount, search_text,
				                          sort_key)
				select :d, 2, o.unit_id, o.id, o.full_name, 'Phòng Cảnh sát hình sự', i.id, 'Phá án nhanh', 0.3,
				       710000, 710000, 'x', '\\x00'::bytea
				from officer o, award_catalogue_item i
				where o.id = :o and i.code = 'GIAY_KHEN' and i.recipient = 'INDIVIDUAL'""")
			.param("d", decision)
			.param("o", this.ids.get("otherOfficer"))
			.update();
		this.ids.put("otherDraftDecision", this.jdbc.sql("""
				insert into award_decision (issuer_unit_id, authority, number, number_key, number_scope, year,
				                            decided_on, signer, kind, state, base_salary, created_by)
				select u.id, 'DIRECTOR', '9902/QĐ-CAT', '9902/QĐ-CAT', u.id, 2026, date '2026-03-02',
				       'Giám đốc', 'ONE_OFF', 'DRAFT', 2340000, 'staff'
				from unit u where u.code = 'LS' returning id""").query(Long.class).single());
	}

	/**
	 * A deed of the other unit in the good-deed book, with a scan, already proposed in a
	 * dossier of its own (so that neither delete nor propose changes it).
	 */
	@BeforeAll
	void makeAGoodDeedOfTheOtherUnit() {
		long dossier = this.jdbc.sql("""
				insert into award_dossier (proposing_unit_id, year, authority, source, created_by)
				select u.id, 2026, 'DIRECTOR', 'MANUAL', 'staff' from unit u where u.code = 'LS' returning id""")
			.query(Long.class)
			.single();
		byte[] pdf = "%PDF-1.4 thu cam on".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long file = this.jdbc.sql("""
				insert into stored_file (original_name, content_type, size_bytes, sha256, content, created_by)
				values ('Thư cảm ơn ma trận.pdf', 'application/pdf', :size, repeat('0', 64), :content, 'other.officer')
				returning id""").param("size", pdf.length).param("content", pdf).query(Long.class).single();
		this.ids.put("otherDeed", this.jdbc.sql("""
				insert into award_good_deed (unit_id, kind, happened_on, place, description, scan_file_id, dossier_id,
				                             recorded_by)
				select u.id, 'THANK_YOU_LETTER', date '2026-03-02', 'Ma trận', 'Việc tốt của ma trận quyền', :f, :d,
				       'other.officer'
				from unit u where u.code = 'LS-PC02' returning id""")
			.param("f", file)
			.param("d", dossier)
			.query(Long.class)
			.single());
	}

	/** A submitted dossier of the province proposing the other unit. */
	@BeforeAll
	void makeADossierOfTheOtherUnit() {
		long dossier = this.jdbc.sql("""
				insert into award_dossier (proposing_unit_id, year, authority, source, state, created_by, submitted_at)
				select u.id, 2026, 'DIRECTOR', 'MANUAL', 'SUBMITTED', 'staff', now()
				from unit u where u.code = 'LS' returning id""").query(Long.class).single();
		this.ids.put("otherDossier", dossier);
		this.ids.put("otherDossierLine", this.jdbc.sql("""
				insert into award_dossier_line (dossier_id, line_no, unit_id, recipient_name, item_id, achievement)
				select :d, 1, u.id, u.name, i.id, 'Dẫn đầu phong trào'
				from unit u, award_catalogue_item i
				where u.code = 'LS-PC02' and i.code = 'DVQT' and i.recipient = 'COLLECTIVE'
				order by i.valid_from desc limit 1 returning id""").param("d", dossier).query(Long.class).single());
		byte[] pdf = "%PDF-1.4 sang kien".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long file = this.jdbc.sql("""
				insert into stored_file (original_name, content_type, size_bytes, sha256, content, created_by)
				values ('Sáng kiến ma trận.pdf', 'application/pdf', :size, repeat('0', 64), :content, 'staff')
				returning id""").param("size", pdf.length).param("content", pdf).query(Long.class).single();
		this.ids.put("otherDossierFile",
				this.jdbc.sql("""
						insert into award_dossier_attachment (dossier_id, file_id, title, attached_by)
						values (:d, :f, 'Quyết định công nhận sáng kiến', 'staff') returning id""")
					.param("d", dossier)
					.param("f", file)
					.query(Long.class)
					.single());
	}

	Stream<Arguments> cases() {
		return matrix().stream().flatMap(row -> ROLES.stream().map(role -> Arguments.of(row.key(), role, row)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void onlyAllowedRolesReachObjectsOfAnotherUnit(String endpoint, String role, Row row) throws Exception {
		String path = expand(row.path());
		boolean api = path.startsWith("/api/");
		MockHttpServletRequestBuilder request = switch (row.method()) {
			case "GET" -> get(path);
			case "PUT" -> put(path).contentType("application/json").content("[]");
			default -> api ? post(path).with(csrf()).contentType("application/json").content(apiBody(row))
					: post(path).with(csrf());
		};
		int status = this.mvc
			.perform(request.with(TestUsers.as(this.users, role))
				.header("Accept", api ? "application/json" : "text/html"))
			.andReturn()
			.getResponse()
			.getStatus();
		if (row.allowed().contains(role) && api && row.note().startsWith("refused")) {
			// reached the workflow, which refused the request
			assertThat(status).as(endpoint + " as " + role).isIn(400, 409);
		}
		else if (row.allowed().contains(role)) {
			assertThat(status).as(endpoint + " as " + role).isBetween(200, 399);
		}
		else {
			assertThat(status).as(endpoint + " as " + role).isIn(403, 404);
			if (!api || row.path().contains("{")) {
				// objects of another unit are not revealed: 404, not 403, for roles that
				// may use the page at all
				if (seesPageAtAll(row, role)) {
					assertThat(status).as(endpoint + " as " + role + " (out of scope)").isEqualTo(404);
				}
			}
		}
	}

	/** The body of a POST to the API: opening the other unit's month, else empty. */
	private String apiBody(Row row) {
		if (row.path().equals("/api/v1/results")) {
			return "{\"campaign\": " + this.ids.get("otherLaunchedCampaign") + ", \"unit\": "
					+ this.ids.get("otherUnit") + ", \"month\": \"2077-01\"}";
		}
		return "{}";
	}

	/**
	 * The deputy unit of "Khối An ninh" 2026 (PA09, commander.pa09) beside its head unit
	 * (PA03, head.commander), on submitted reports of PA03 and of the member PA04: the
	 * deputy sees both and reviews the head's; it reviews PA04's only while the head
	 * unit's commander has delegated the review; PA01 (commander.pa01), neither head nor
	 * deputy, gets 404 for the other members' reports.
	 */
	@Test
	void theDeputyReviewsTheHeadsReportsAndTheOthersOnlyWhenTheHeadDelegates() throws Exception {
		long security = this.jdbc.sql("select id from emulation_cluster where name = 'Khối An ninh' and year = 2026")
			.query(Long.class)
			.single();
		long headReport = submittedReport("LS-PA03", security);
		long memberReport = submittedReport("LS-PA04", security);
		try {
			assertThat(status(get("/results/" + headReport), "commander.pa09")).isEqualTo(200);
			assertThat(status(get("/results/" + headReport + "/review"), "commander.pa09")).isEqualTo(200);
			assertThat(status(get("/results/" + memberReport), "commander.pa09")).isEqualTo(200);
			assertThat(status(get("/api/v1/results/" + memberReport), "commander.pa09")).isEqualTo(200);
			assertThat(status(get("/results/" + headReport + "/review"), "head.commander"))
				.as("the head never reviews itself")
				.isEqualTo(403);
			// no delegation: the deputy does not review the other members
			assertThat(status(get("/results/" + memberReport + "/review"), "commander.pa09")).isEqualTo(403);
			assertThat(status(post("/results/" + memberReport + "/approve").with(csrf()), "commander.pa09"))
				.isEqualTo(403);
			assertThat(status(post("/api/v1/results/" + memberReport + "/approve").with(csrf()), "commander.pa09"))
				.isEqualTo(403);
			assertThat(stateOf(memberReport)).isEqualTo("SUBMITTED");
			// a member that is neither head nor deputy
			for (String path : List.of("/results/" + memberReport, "/results/" + headReport,
					"/api/v1/results/" + memberReport)) {
				assertThat(status(get(path), "commander.pa01")).as(path).isEqualTo(404);
			}
			assertThat(status(post("/api/v1/results/" + memberReport + "/approve").with(csrf()), "commander.pa01"))
				.isEqualTo(404);
			// the deputy reviews the head's report
			assertThat(status(post("/results/" + headReport + "/approve").with(csrf()), "commander.pa09"))
				.isEqualTo(302);
			assertThat(stateOf(headReport)).isEqualTo("APPROVED");
			// the delegation: only the head unit's commander turns it on
			assertThat(status(post("/clusters/" + security + "/delegation").with(csrf()).param("active", "true"),
					"commander.pa09"))
				.isEqualTo(403);
			assertThat(status(post("/clusters/" + security + "/delegation").with(csrf()).param("active", "true"),
					"head.commander"))
				.isEqualTo(302);
			assertThat(status(get("/results/" + memberReport + "/review"), "commander.pa09")).isEqualTo(200);
			assertThat(status(post("/api/v1/results/" + memberReport + "/approve").with(csrf()), "commander.pa09"))
				.isEqualTo(200);
			assertThat(stateOf(memberReport)).isEqualTo("APPROVED");
			assertThat(status(get("/results/" + memberReport), "commander.pa01")).isEqualTo(404);
		}
		finally {
			this.mvc.perform(post("/clusters/" + security + "/delegation").with(csrf())
				.param("active", "false")
				.with(TestUsers.as(this.users, "head.commander")));
		}
	}

	/** A submitted report of the unit in the cluster, for a month of its own. */
	private long submittedReport(String unitCode, long cluster) {
		return this.jdbc.sql("""
				insert into result_report (campaign_id, unit_id, cluster_id, period_month, deadline, state,
				                           submitted_at, submitted_by, created_by)
				select :c, u.id, :k, date '2077-03-01', date '2077-04-05', 'SUBMITTED', now(), 'matrix', 'matrix'
				from unit u where u.code = :code
				on conflict (campaign_id, unit_id, period_month) do update set state = 'SUBMITTED'
				returning id
				""")
			.param("c", this.ids.get("otherLaunchedCampaign"))
			.param("k", cluster)
			.param("code", unitCode)
			.query(Long.class)
			.single();
	}

	private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
		boolean api = request.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getRequestURI()
			.startsWith("/api/");
		return this.mvc
			.perform(request.with(TestUsers.as(this.users, user))
				.header("Accept", api ? "application/json" : "text/html"))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String stateOf(long report) {
		return this.jdbc.sql("select state from result_report where id = :id")
			.param("id", report)
			.query(String.class)
			.single();
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(
			strings = { "/api/v1/units?size=200", "/api/v1/clusters", "/api/v1/officers?size=200" })
	void listsOfTheApiNeverShowAnotherUnitsObjects(String path) throws Exception {
		String body = this.mvc.perform(get(path).with(TestUsers.as(this.users, "member.officer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Phòng An ninh kinh tế")
			.doesNotContain("Phòng Cảnh sát hình sự")
			.doesNotContain("Khối Cảnh sát");
	}

	@Test
	void everyEndpointOfTheApplicationIsInTheMatrix() {
		Set<String> covered = new TreeSet<>();
		matrix().forEach(row -> covered.add(row.method() + " " + normalise(row.path())));
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				List<String> verbs = methods.isEmpty() ? List.of("GET", "POST")
						: methods.stream().map(Enum::name).toList();
				for (String verb : verbs) {
					String key = verb + " " + normalise(pattern);
					if (!covered.contains(key) && !PUBLIC_OR_INFRASTRUCTURE.contains(verb + " " + pattern)) {
						missing.add(key);
					}
				}
			}
		}
		assertThat(missing).as("endpoints missing from the access-control matrix").isEmpty();
	}

	/** Roles for whom the row is a page they could open for their own objects. */
	private static boolean seesPageAtAll(Row row, String role) {
		return row.allowed().containsAll(SEES_OTHER_UNIT) && !row.allowed().contains(role);
	}

	String expand(String path) {
		String result = path;
		for (var entry : this.ids.entrySet()) {
			result = result.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
		}
		return result;
	}

	/** Path variables are compared by position, not by name; a query is left out. */
	static String normalise(String pattern) {
		return Arrays.stream(pattern.split("\\?")[0].split("/"))
			.map(part -> part.startsWith("{") ? "{}" : part)
			.reduce((a, b) -> a + "/" + b)
			.orElse(pattern);
	}

}
