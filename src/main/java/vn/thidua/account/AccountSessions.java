package vn.thidua.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the sessions of an account whose access an administrator has just changed. A
 * session keeps the role and unit it signed in with, so a disabled account, a changed
 * role or unit, or a reset password would otherwise go on working until the session
 * expires (hours later).
 */
@Component
class AccountSessions {

	private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/** Ends them once the current transaction has committed (not if it rolls back). */
	void endAfterCommit(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(username);
				}
			});
		}
		else {
			end(username);
		}
	}

	void end(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		var ids = repository.findByPrincipalName(username).keySet();
		ids.forEach(repository::deleteById);
		if (!ids.isEmpty()) {
			log.info("Ended {} session(s) of account {}", ids.size(), username);
		}
	}

}
