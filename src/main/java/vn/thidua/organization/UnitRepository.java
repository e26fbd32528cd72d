package vn.thidua.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.thidua.shared.security.Scope;

/**
 * Units. Methods taking a {@code Scope}'s parts return only what the user may see.
 */
public interface UnitRepository extends JpaRepository<Unit, Long> {

	/** The unit rule of V13 (unit_visible) applied to {@code u} with a Scope's parts. */
	String VISIBLE = "(function('unit_visible', u.id, u.path, :all, :prefix, :unitId) = true and " + Scope.SINGLE_VALUES
			+ ")";

	@Query("""
			select u from Unit u left join fetch u.parent
			where u.id = :id and """ + VISIBLE)
	Optional<Unit> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	Optional<Unit> findByCodeIgnoreCase(String code);

	/** Every unit, in tree order (depth, then Vietnamese order of names). */
	@Query("select u from Unit u order by u.depth, u.sortKey")
	List<Unit> findAllInTreeOrder();

	/** Every visible unit, in tree order (depth, then Vietnamese order of names). */
	@Query("select u from Unit u where " + VISIBLE + " order by u.depth, u.sortKey")
	List<Unit> findAllVisible(@Param("all") boolean all, @Param("prefix") String prefix, @Param("unitId") long unitId);

	/**
	 * Units whose folded search text matches, in Vietnamese order; closed units (ended
	 * before {@code today}) only when asked.
	 */
	@Query(value = "select u from Unit u left join fetch u.parent where " + VISIBLE
			+ " and (:pattern is null or u.searchText like :pattern escape '\\')"
			+ " and (:kind is null or u.kind = :kind)"
			+ " and (:includeClosed = true or u.validTo is null or u.validTo >= :today)" + " order by u.sortKey, u.id",
			countQuery = "select count(u) from Unit u where " + VISIBLE
					+ " and (:pattern is null or u.searchText like :pattern escape '\\')"
					+ " and (:kind is null or u.kind = :kind)"
					+ " and (:includeClosed = true or u.validTo is null or u.validTo >= :today)")
	Page<Unit> search(@Param("pattern") String pattern, @Param("kind") UnitKind kind,
			@Param("includeClosed") boolean includeClosed, @Param("today") LocalDate today, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("unitId") long unitId, Pageable pageable);

	/** Direct children, closed ones included, in Vietnamese order. */
	@Query("select u from Unit u where u.parent.id = :parentId order by u.sortKey, u.id")
	List<Unit> findChildren(@Param("parentId") long parentId);

	/** Children still active after the given day (they block closing their parent). */
	@Query("select count(u) from Unit u where u.parent.id = :parentId and (u.validTo is null or u.validTo > :day)")
	long countChildrenActiveAfter(@Param("parentId") long parentId, @Param("day") LocalDate day);

	/** Officers currently assigned to the unit. */
	@Query("select count(o) from Officer o where o.unit.id = :unitId")
	long countOfficers(@Param("unitId") long unitId);

	/**
	 * The clusters the unit belongs to, every year, with its role in each (read only).
	 */
	@Query("""
			select new vn.thidua.organization.UnitMembership(m.year, c.id, c.name, o.name,
			  case when h.id = :unitId then 'HEAD' when d.id = :unitId then 'DEPUTY' else 'MEMBER' end)
			from ClusterMember m join m.cluster c join c.organizer o
			  left join c.headUnit h left join c.deputyUnit d
			where m.unit.id = :unitId
			order by m.year desc, c.sortKey
			""")
	List<UnitMembership> findMemberships(@Param("unitId") long unitId);

	/** Units by code, ignoring case (codes given in lower case). */
	@Query("select u from Unit u where lower(u.code) in :codes")
	List<Unit> findByLowerCodes(@Param("codes") Collection<String> codes);

}
