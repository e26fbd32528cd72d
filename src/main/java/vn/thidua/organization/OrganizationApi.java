package vn.thidua.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.NotFoundException;

/**
 * Read API of the organisation under {@code /api/v1}, for other systems: the same
 * accounts (HTTP Basic) and the same scoping as the pages; anything outside the caller's
 * units answers 404. Each endpoint runs a fixed number of SQL statements.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@RequiredArgsConstructor
@Tag(name = "Tổ chức / Organisation", description = "Đơn vị, cụm khối thi đua, cán bộ — units, clusters, officers")
class OrganizationApi {

	private static final String UNIT_SCOPE = "(unit_visible(u.id, u.path, :all, :prefix, :unitId))";

	private static final String CLUSTER_SCOPE = "(c.id in (select v.id from visible_cluster_ids(:all, :prefix, :unitId) v))";

	private static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	/** A page of results. */
	record PageDto<T>(List<T> items, int page, int size, long total) {

	}

	record UnitDto(long id, String code, String name, String shortName, UnitKind kind, Long parentId, int headcount,
			LocalDate validFrom, LocalDate validTo) {

	}

	record UnitRef(long id, String code, String name) {

	}

	record ClusterDto(long id, String name, int year, UnitRef organizer, UnitRef head, UnitRef deputy,
			List<UnitRef> members) {

	}

	record OfficerDto(long id, String fullName, String rank, String position, UnitRef unit) {

	}

	record AssignmentDto(UnitRef unit, String position, LocalDate validFrom, LocalDate validTo) {

	}

	record OfficerDetailDto(long id, String fullName, String rank, String position, UnitRef unit,
			List<AssignmentDto> assignments) {

	}

	@GetMapping("/units")
	@Operation(summary = "Đơn vị trong phạm vi / Units in scope",
			description = "Tìm không dấu theo mã, tên; sắp xếp theo thứ tự tiếng Việt. Search ignores diacritics.")
	@Transactional(readOnly = true)
	public PageDto<UnitDto> units(
			@Parameter(description = "tìm kiếm / search") @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Map<String, Object> params = scopeParams();
		params.put("pattern", VietnameseText.likePattern(q));
		params.put("kind", kind == null ? null : kind.name());
		String where = " from unit u where " + UNIT_SCOPE
				+ " and (cast(:pattern as text) is null or u.search_text like cast(:pattern as text))"
				+ " and (cast(:kind as text) is null or u.kind = cast(:kind as text))";
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		int pageSize = pageSize(size);
		List<UnitDto> items = this.jdbc
			.sql("select u.id, u.code, u.name, u.short_name, u.kind, u.parent_id, u.headcount, u.valid_from, u.valid_to"
					+ where + " order by u.sort_key, u.id limit :limit offset :offset")
			.params(params)
			.param("limit", pageSize)
			.param("offset", (long) Math.max(page, 0) * pageSize)
			.query(OrganizationApi::unit)
			.list();
		return new PageDto<>(items, Math.max(page, 0), pageSize, total);
	}

	@GetMapping("/units/{id}")
	@Operation(summary = "Một đơn vị / One unit")
	@Transactional(readOnly = true)
	public UnitDto unit(@PathVariable long id) {
		return this.jdbc
			.sql("select u.id, u.code, u.name, u.short_name, u.kind, u.parent_id, u.headcount, u.valid_from, u.valid_to"
					+ " from unit u where u.id = :id and " + UNIT_SCOPE)
			.params(scopeParams())
			.param("id", id)
			.query(OrganizationApi::unit)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	@GetMapping("/clusters")
	@Operation(summary = "Cụm, khối thi đua của một năm / Clusters of a year")
	@Transactional(readOnly = true)
	public List<ClusterDto> clusters(
			@Parameter(description = "năm (mặc định: năm nay) / year (default: this year)") @RequestParam(
					required = false) Integer year) {
		int chosen = year != null ? year : java.time.LocalDate.now(this.clock).getYear();
		return loadClusters("c.year = :year", Map.of("year", chosen));
	}

	@GetMapping("/clusters/{id}")
	@Operation(summary = "Một cụm, khối thi đua / One cluster")
	@Transactional(readOnly = true)
	public ClusterDto cluster(@PathVariable long id) {
		return loadClusters("c.id = :id", Map.of("id", id)).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	@GetMapping("/officers")
	@Operation(summary = "Cán bộ trong phạm vi / Officers in scope")
	@Transactional(readOnly = true)
	public PageDto<OfficerDto> officers(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Map<String, Object> params = scopeParams();
		params.put("pattern", VietnameseText.likePattern(q));
		params.put("filterUnit", unitId);
		String where = " from officer f join unit u on u.id = f.unit_id where " + UNIT_SCOPE
				+ " and (cast(:pattern as text) is null or f.search_text like cast(:pattern as text))"
				+ " and (cast(:filterUnit as bigint) is null or u.id = cast(:filterUnit as bigint))";
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		int pageSize = pageSize(size);
		List<OfficerDto> items = this.jdbc
			.sql("select f.id, f.full_name, f.rank, f.position, u.id, u.code, u.name" + where
					+ " order by f.sort_key, f.id limit :limit offset :offset")
			.params(params)
			.param("limit", pageSize)
			.param("offset", (long) Math.max(page, 0) * pageSize)
			.query((rs, i) -> new OfficerDto(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					new UnitRef(rs.getLong(5), rs.getString(6), rs.getString(7))))
			.list();
		return new PageDto<>(items, Math.max(page, 0), pageSize, total);
	}

	@GetMapping("/officers/{id}")
	@Operation(summary = "Một cán bộ, với quá trình công tác / One officer, with assignments")
	@Transactional(readOnly = true)
	public OfficerDetailDto officer(@PathVariable long id) {
		OfficerDto officer = this.jdbc
			.sql("select f.id, f.full_name, f.rank, f.position, u.id, u.code, u.name"
					+ " from officer f join unit u on u.id = f.unit_id where f.id = :id and " + UNIT_SCOPE)
			.params(scopeParams())
			.param("id", id)
			.query((rs, i) -> new OfficerDto(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					new UnitRef(rs.getLong(5), rs.getString(6), rs.getString(7))))
			.optional()
			.orElseThrow(NotFoundException::new);
		List<AssignmentDto> assignments = this.jdbc
			.sql("select u.id, u.code, u.name, a.position, a.valid_from, a.valid_to from officer_assignment a"
					+ " join unit u on u.id = a.unit_id where a.officer_id = :id order by a.valid_from desc, a.id desc")
			.param("id", id)
			.query((rs, i) -> new AssignmentDto(new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3)),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
			.list();
		return new OfficerDetailDto(officer.id(), officer.fullName(), officer.rank(), officer.position(),
				officer.unit(), assignments);
	}

	/** Clusters matching a condition, with their members: two statements. */
	private List<ClusterDto> loadClusters(String condition, Map<String, Object> extra) {
		Map<String, Object> params = scopeParams();
		params.putAll(extra);
		Map<Long, ClusterDto> clusters = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, c.name, c.year, o.id, o.code, o.name, h.id, h.code, h.name, d.id, d.code, d.name
				from emulation_cluster c join unit o on o.id = c.organizer_id
				left join unit h on h.id = c.head_unit_id left join unit d on d.id = c.deputy_unit_id
				where
				""" + " " + condition + " and " + CLUSTER_SCOPE + " order by c.sort_key").params(params).query(rs -> {
			long id = rs.getLong(1);
			clusters.put(id,
					new ClusterDto(id, rs.getString(2), rs.getInt(3),
							new UnitRef(rs.getLong(4), rs.getString(5), rs.getString(6)), ref(rs, 7), ref(rs, 10),
							new java.util.ArrayList<>()));
		});
		if (clusters.isEmpty()) {
			return List.of();
		}
		this.jdbc
			.sql("select m.cluster_id, u.id, u.code, u.name from cluster_member m join unit u on u.id = m.unit_id"
					+ " where m.cluster_id in (:ids) order by u.sort_key")
			.param("ids", clusters.keySet())
			.query(rs -> {
				clusters.get(rs.getLong(1)).members().add(new UnitRef(rs.getLong(2), rs.getString(3), rs.getString(4)));
			});
		return List.copyOf(clusters.values());
	}

	private static UnitRef ref(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		long id = rs.getLong(column);
		return rs.wasNull() ? null : new UnitRef(id, rs.getString(column + 1), rs.getString(column + 2));
	}

	private static UnitDto unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long parent = rs.getLong(6);
		Long parentId = rs.wasNull() ? null : parent;
		return new UnitDto(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				UnitKind.valueOf(rs.getString(5)), parentId, rs.getInt(7), rs.getObject(8, LocalDate.class),
				rs.getObject(9, LocalDate.class));
	}

	private static int pageSize(int size) {
		return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
	}

	private static Map<String, Object> scopeParams() {
		return CurrentUser.get().scope().parameters();
	}

}
