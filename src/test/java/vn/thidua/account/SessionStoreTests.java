package vn.thidua.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store as two concurrent requests of one session use it: each reads the
 * session, both add the same attribute, both save.
 */
@SpringBootTest
class SessionStoreTests {

	/**
	 * The application's JDBC session repository, through the interface of its public
	 * type.
	 */
	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository repository;

	@SuppressWarnings("unchecked")
	SessionRepository<Session> sessions() {
		return this.repository;
	}

	@Test
	void twoRequestsAddingTheSameAttributeBothSucceedAndTheLaterValueIsKept() {
		assertThat(this.repository.getClass().getSimpleName()).isEqualTo("JdbcIndexedSessionRepository");
		SessionRepository<Session> sessions = sessions();
		Session created = sessions.createSession();
		created.setAttribute("kept", "yes");
		sessions.save(created);

		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());
		first.setAttribute("token", "first");
		second.setAttribute("token", "second");
		sessions.save(first);
		sessions.save(second);

		Session read = sessions.findById(created.getId());
		assertThat(read.<String>getAttribute("token")).isEqualTo("second");
		assertThat(read.<String>getAttribute("kept")).isEqualTo("yes");
		sessions.deleteById(created.getId());
	}

}
