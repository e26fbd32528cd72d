package vn.thidua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Units. Methods taking a {@code Scope}'s parts return only what the user may see.
 */
public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Query("""
			select u from Unit u left join fetch u.parent
			where u.id = :id and (:all = true or u.path like :prefix or u.id = :unitId)
			""")
	Optional<Unit> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("unitId") long unitId);

	Optional<Unit> findByCodeIgnoreCase(String code);

	@Query("select u from Unit u where u.path like :prefix order by u.depth, u.sortKey")
	List<Unit> findSubtree(@Param("prefix") String prefix);

}
