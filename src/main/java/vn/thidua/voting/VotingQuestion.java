package vn.thidua.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import lombok.Getter;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * One question of a session: the award or title it proposes, how many may have it
 * (places) and the share of the whole electorate a candidate needs (threshold, %).
 */
@Entity
@Table(name = "voting_question")
@Getter
public class VotingQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "session_id")
	private VotingSession session;

	private int position;

	@Enumerated(EnumType.STRING)
	private Award award;

	private String text;

	private int places;

	private BigDecimal threshold;

	@Enumerated(EnumType.STRING)
	private QuestionOutcome outcome = QuestionOutcome.PENDING;

	/** Places left for the tied candidates, while a tie awaits a decision. */
	private Integer openPlaces;

	private String decisionReason;

	private String decidedBy;

	@OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<VotingCandidate> candidates = new ArrayList<>();

	protected VotingQuestion() {
	}

	VotingQuestion(VotingSession session, int position, Award award, String text, int places, BigDecimal threshold) {
		this.session = session;
		this.position = position;
		this.award = award;
		this.text = text == null || text.isBlank() ? award.name() : text.trim();
		change(places, threshold);
	}

	void change(int places, BigDecimal threshold) {
		if (places <= 0) {
			throw new BusinessRuleException("places", "voting.error.places");
		}
		if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new BusinessRuleException("threshold", "voting.error.threshold");
		}
		this.places = places;
		this.threshold = threshold;
	}

	VotingCandidate addCandidate(Long unitId, Long officerId, String name, BigDecimal score, Integer rank,
			boolean registered) {
		this.session.requireDraft();
		if (unitId != null && this.candidates.stream().anyMatch(c -> unitId.equals(c.getUnitId()))
				|| officerId != null && this.candidates.stream().anyMatch(c -> officerId.equals(c.getOfficerId()))) {
			throw new BusinessRuleException(null, "voting.error.candidateTwice", name);
		}
		VotingCandidate candidate = new VotingCandidate(this, unitId, officerId, name, score, rank, registered);
		this.candidates.add(candidate);
		return candidate;
	}

	VotingCandidate removeCandidate(long candidateId) {
		this.session.requireDraft();
		VotingCandidate candidate = candidate(candidateId);
		this.candidates.remove(candidate);
		return candidate;
	}

	VotingCandidate candidate(long candidateId) {
		return this.candidates.stream()
			.filter(c -> c.getId() == candidateId)
			.findFirst()
			.orElseThrow(vn.thidua.shared.web.NotFoundException::new);
	}

	void outcome(QuestionOutcome outcome, Integer openPlaces) {
		this.outcome = outcome;
		this.openPlaces = openPlaces;
	}

	void decided(String reason, String by) {
		this.outcome = QuestionOutcome.DECIDED;
		this.openPlaces = null;
		this.decisionReason = reason;
		this.decidedBy = by;
	}

	public List<VotingCandidate> tied() {
		return this.candidates.stream().filter(c -> c.getResult() == CandidateResult.TIED).toList();
	}

}
