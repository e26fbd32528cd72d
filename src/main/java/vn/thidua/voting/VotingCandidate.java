package vn.thidua.voting;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.Getter;

/**
 * A candidate of a question: a unit or an officer, with what was known when it was put
 * forward (its score and rank in the cluster, whether it registered for the title), and
 * after the tally its counts and why it passed or not (a message key and arguments).
 */
@Entity
@Table(name = "voting_candidate")
@Getter
public class VotingCandidate {

	/** Separates the arguments of the result message; never part of a number or share. */
	private static final String SEPARATOR = "|";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "question_id")
	private VotingQuestion question;

	private Long unitId;

	private Long officerId;

	private String name;

	private BigDecimal score;

	private Integer rank;

	private boolean registered;

	private Integer approvals;

	private Integer disapprovals;

	private Integer abstentions;

	@Enumerated(EnumType.STRING)
	private CandidateResult result;

	private String resultKey;

	private String resultArgs;

	protected VotingCandidate() {
	}

	VotingCandidate(VotingQuestion question, Long unitId, Long officerId, String name, BigDecimal score, Integer rank,
			boolean registered) {
		this.question = question;
		this.unitId = unitId;
		this.officerId = officerId;
		this.name = name;
		this.score = score;
		this.rank = rank;
		this.registered = registered;
	}

	void counted(int approvals, int disapprovals, int abstentions) {
		this.approvals = approvals;
		this.disapprovals = disapprovals;
		this.abstentions = abstentions;
	}

	void result(CandidateResult result, String key, List<String> arguments) {
		this.result = result;
		this.resultKey = key;
		this.resultArgs = String.join(SEPARATOR, arguments);
	}

	/** The arguments of {@link #getResultKey()}, for the message bundle. */
	public Object[] resultArguments() {
		return this.resultArgs == null || this.resultArgs.isEmpty() ? new Object[0]
				: this.resultArgs.split("\\" + SEPARATOR, -1);
	}

	public boolean passed() {
		return this.result == CandidateResult.PASSED;
	}

}
