package vn.thidua.voting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VotingSessionRepository extends JpaRepository<VotingSession, Long> {

	/** The session with its questions and their candidates, in two statements at most. */
	@Query("select distinct s from VotingSession s left join fetch s.questions q where s.id = :id")
	Optional<VotingSession> findWithQuestions(@Param("id") long id);

	/**
	 * Locks the session against ballots being cast (they take a share lock) while it is
	 * tallied or closed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from VotingSession s where s.id = :id")
	Optional<VotingSession> findForUpdate(@Param("id") long id);

	@Query("select s from VotingSession s where s.clusterId in :clusters order by s.year desc, s.id desc")
	List<VotingSession> findByClusters(@Param("clusters") Collection<Long> clusters);

	@Query("select s from VotingSession s where s.parentSessionId = :id order by s.id")
	List<VotingSession> findSecondRounds(@Param("id") long id);

	@Query("select c from VotingCandidate c join fetch c.question q where q.session.id = :session order by q.position, c.id")
	List<VotingCandidate> findCandidates(@Param("session") long session);

	@Query("select e from Elector e where e.sessionId = :session order by e.id")
	List<Elector> findElectors(@Param("session") long session);

	@Query("select count(e) from Elector e where e.sessionId = :session")
	int countElectors(@Param("session") long session);

	@Query("select count(e) > 0 from Elector e where e.sessionId = :session and e.username = :username")
	boolean isNamedElector(@Param("session") long session, @Param("username") String username);

}
