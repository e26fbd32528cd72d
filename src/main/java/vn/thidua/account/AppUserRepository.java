package vn.thidua.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u left join fetch u.unit where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsername(@Param("username") String username);

}
