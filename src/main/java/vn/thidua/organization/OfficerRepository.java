package vn.thidua.organization;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

/**
 * Officers, visible when their current unit is in the user's scope.
 */
public interface OfficerRepository extends JpaRepository<Officer, Long> {

	String VISIBLE = UnitRepository.VISIBLE;

	@Query(value = "select o from Officer o join fetch o.unit u where " + VISIBLE
			+ " and (:pattern is null or o.searchText like :pattern) and (:filterUnit is null or u.id = :filterUnit)"
			+ " order by o.sortKey, o.id",
			countQuery = "select count(o) from Officer o join o.unit u where " + VISIBLE
					+ " and (:pattern is null or o.searchText like :pattern)"
					+ " and (:filterUnit is null or u.id = :filterUnit)")
	Page<Officer> search(@Param("pattern") String pattern, @Param("filterUnit") Long filterUnit,
			@Param("all") boolean all, @Param("prefix") String prefix, @Param("unitId") long unitId, Pageable pageable);

	@Query("select o from Officer o join fetch o.unit u where o.id = :id and " + VISIBLE)
	Optional<Officer> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	@Query("select a from OfficerAssignment a join fetch a.unit where a.officer.id = :officerId "
			+ "order by a.validFrom desc, a.id desc")
	java.util.List<OfficerAssignment> findAssignments(@Param("officerId") long officerId);

}
