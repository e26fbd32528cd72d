package vn.thidua.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.Getter;

/**
 * One vote of a session's electorate: a member unit (cast by its commander, or by the
 * delegate account named for it) or a council member's account.
 */
@Entity
@Table(name = "voting_elector")
@Getter
public class Elector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sessionId;

	private Long unitId;

	private String username;

	protected Elector() {
	}

	Elector(long sessionId, Long unitId, String username) {
		this.sessionId = sessionId;
		this.unitId = unitId;
		this.username = username == null || username.isBlank() ? null : username.trim();
	}

	void delegateTo(String username) {
		this.username = username == null || username.isBlank() ? null : username.trim();
	}

}
