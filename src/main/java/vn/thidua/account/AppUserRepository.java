package vn.thidua.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

	@Query("select u from AppUser u left join fetch u.unit where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsername(@Param("username") String username);

	@Query("select u from AppUser u left join fetch u.unit where u.id = :id")
	Optional<AppUser> findWithUnit(@Param("id") long id);

	@Transactional
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update AppUser u set u.lastLoginAt = :now where u.id = :id")
	int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

}
