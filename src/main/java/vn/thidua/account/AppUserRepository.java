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

	/**
	 * Counts a failed sign-in and locks the account once the count reaches {@code max},
	 * in one statement: parallel attempts cannot lose a count (as a read-modify-write of
	 * the entity could), and the version an administrator's edit form carries is left
	 * alone. PostgreSQL evaluates every right-hand side on the old row, so both columns
	 * see the same count.
	 */
	@Transactional
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("""
			update AppUser u set
			  u.failedAttempts = case when u.failedAttempts + 1 >= :max then 0 else u.failedAttempts + 1 end,
			  u.lockedUntil = case when u.failedAttempts + 1 >= :max then :until else u.lockedUntil end
			where lower(u.username) = lower(:username)
			""")
	int recordFailedLogin(@Param("username") String username, @Param("max") int max, @Param("until") Instant until);

	@Query("select u.lockedUntil from AppUser u where lower(u.username) = lower(:username)")
	Optional<Instant> findLockedUntil(@Param("username") String username);

	@Transactional
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
	int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

	/** A successful API call clears earlier failures, and writes nothing otherwise. */
	@Transactional
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update AppUser u set u.failedAttempts = 0 where u.id = :id and u.failedAttempts > 0")
	int clearFailedLogins(@Param("id") long id);

}
