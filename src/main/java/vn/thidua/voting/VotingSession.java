package vn.thidua.voting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.shared.web.BusinessRuleException;

/**
 * A review session (phiên bình xét) of a cluster for a year: its questions, the rules of
 * the vote (self-vote, quorum) and its lifecycle, which only this class changes. Ballots
 * are not part of the entity: they live in tables that nothing here points to.
 */
@Entity
@Table(name = "voting_session")
@Getter
public class VotingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long clusterId;

	private int year;

	private Long campaignId;

	private String title;

	@Enumerated(EnumType.STRING)
	private ElectorateKind electorateKind;

	private int round = 1;

	private Long parentSessionId;

	private Long parentQuestionId;

	@Enumerated(EnumType.STRING)
	private SessionState state = SessionState.DRAFT;

	private boolean selfVoteAllowed;

	private int quorumNumerator = 2;

	private int quorumDenominator = 3;

	private Instant closesAt;

	private Instant openedAt;

	private Instant closedAt;

	private Instant talliedAt;

	private Integer electorateSize;

	private Integer voterCount;

	private Boolean quorumReached;

	private String keyCheck;

	private Integer ballotCount;

	private String finalHash;

	private Instant minutesSignedAt;

	private String minutesSignedBy;

	/** Where the meeting was held, as the secretary writes it in the minutes. */
	private String minutesPlace;

	/** The chair's name and rank as printed in the minutes. */
	private String minutesChairName;

	/** The secretary's account (of the head unit or the organiser's staff). */
	private String minutesSecretary;

	private String minutesSecretaryName;

	private String minutesNotes;

	private String chairSignedBy;

	private String chairSignerName;

	private Instant chairSignedAt;

	private String chairSignedHash;

	private String secretarySignedBy;

	private String secretarySignerName;

	private Instant secretarySignedAt;

	private String secretarySignedHash;

	/** The hash of the minutes both signed; set when they are frozen. */
	private String minutesHash;

	private String createdBy;

	@Column(updatable = false)
	private Instant createdAt;

	@OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<VotingQuestion> questions = new ArrayList<>();

	@Version
	private long version;

	protected VotingSession() {
	}

	VotingSession(long clusterId, int year, Long campaignId, String title, ElectorateKind kind, String createdBy,
			Instant now) {
		this.clusterId = clusterId;
		this.year = year;
		this.campaignId = campaignId;
		this.title = title.trim();
		this.electorateKind = kind;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** A second round among the candidates tied at the cut-off of a question. */
	static VotingSession secondRound(VotingSession first, VotingQuestion question, String createdBy, Instant now) {
		if (first.round != 1) {
			throw new BusinessRuleException("voting.error.noThirdRound");
		}
		VotingSession next = new VotingSession(first.clusterId, first.year, first.campaignId, first.title,
				first.electorateKind, createdBy, now);
		next.round = 2;
		next.parentSessionId = first.id;
		next.parentQuestionId = question.getId();
		next.selfVoteAllowed = first.selfVoteAllowed;
		next.quorumNumerator = first.quorumNumerator;
		next.quorumDenominator = first.quorumDenominator;
		return next;
	}

	// ------------------------------------------------------------ preparation

	void changeRules(String title, boolean selfVoteAllowed, int quorumNumerator, int quorumDenominator) {
		requireDraft();
		if (quorumNumerator <= 0 || quorumDenominator < quorumNumerator) {
			throw new BusinessRuleException("quorum", "voting.error.quorum");
		}
		this.title = title.trim();
		this.selfVoteAllowed = selfVoteAllowed;
		this.quorumNumerator = quorumNumerator;
		this.quorumDenominator = quorumDenominator;
	}

	VotingQuestion addQuestion(Award award, String text, int places, java.math.BigDecimal threshold) {
		requireDraft();
		VotingQuestion question = new VotingQuestion(this, this.questions.size() + 1, award, text, places, threshold);
		this.questions.add(question);
		return question;
	}

	VotingQuestion question(long questionId) {
		return this.questions.stream()
			.filter(q -> q.getId() == questionId)
			.findFirst()
			.orElseThrow(vn.thidua.shared.web.NotFoundException::new);
	}

	void requireDraft() {
		if (this.state != SessionState.DRAFT) {
			throw new BusinessRuleException("voting.error.notDraft");
		}
	}

	// ------------------------------------------------------------ lifecycle

	/**
	 * Opens the vote until {@code closesAt}, freezing the electorate (its size) and
	 * recording the fingerprint of the ballot key, so that an instance with another
	 * secret cannot seal ballots nobody could open.
	 */
	void open(Instant closesAt, int electorateSize, String keyCheck, Instant now) {
		requireDraft();
		if (this.questions.isEmpty() || this.questions.stream().anyMatch(q -> q.getCandidates().isEmpty())) {
			throw new BusinessRuleException("voting.error.noCandidates");
		}
		if (electorateSize == 0) {
			throw new BusinessRuleException("voting.error.noElectorate");
		}
		if (closesAt == null || !closesAt.isAfter(now)) {
			throw new BusinessRuleException("closesAt", "voting.error.closesInPast");
		}
		this.state = SessionState.OPEN;
		this.openedAt = now;
		this.closesAt = closesAt;
		this.electorateSize = electorateSize;
		this.keyCheck = keyCheck;
	}

	/** Whether a ballot may be cast now. */
	boolean acceptsBallots(Instant now) {
		return this.state == SessionState.OPEN && now.isBefore(this.closesAt);
	}

	/** The chair moves the closing time later, while the session is not yet tallied. */
	void extend(Instant closesAt, Instant now) {
		if (this.state != SessionState.OPEN && this.state != SessionState.CLOSED) {
			throw new BusinessRuleException("voting.error.notOpen");
		}
		if (closesAt == null || !closesAt.isAfter(now) || !closesAt.isAfter(this.closesAt)) {
			throw new BusinessRuleException("closesAt", "voting.error.extendEarlier");
		}
		this.state = SessionState.OPEN;
		this.closedAt = null;
		this.closesAt = closesAt;
	}

	void close(Instant now) {
		if (this.state != SessionState.OPEN) {
			throw new BusinessRuleException("voting.error.notOpen");
		}
		this.state = SessionState.CLOSED;
		this.closedAt = now.isBefore(this.closesAt) ? now : this.closesAt;
	}

	/** Closed by the chair, or open past its closing time. */
	boolean mayBeTallied(Instant now) {
		return this.state == SessionState.CLOSED || (this.state == SessionState.OPEN && !now.isBefore(this.closesAt));
	}

	/**
	 * Records the tally: the count of voters, whether the quorum was reached (else the
	 * session is void), and the ballot box's final hash and count for the minutes.
	 */
	void tallied(int voters, int ballots, String finalHash, Instant now) {
		if (!mayBeTallied(now)) {
			throw new BusinessRuleException("voting.error.notClosed");
		}
		if (this.state == SessionState.OPEN) {
			close(now);
		}
		this.voterCount = voters;
		this.ballotCount = ballots;
		this.finalHash = finalHash;
		this.quorumReached = quorumReached(voters);
		this.talliedAt = now;
		this.state = this.quorumReached ? SessionState.TALLIED : SessionState.VOID;
	}

	/** At least quorumNumerator/quorumDenominator of the electorate voted (2/3). */
	boolean quorumReached(int voters) {
		return (long) voters * this.quorumDenominator >= (long) this.electorateSize * this.quorumNumerator;
	}

	// ------------------------------------------------------------ minutes

	/** Whether the minutes are frozen: both signed the same text. */
	public boolean minutesFrozen() {
		return this.state == SessionState.MINUTES_SIGNED;
	}

	public boolean chairSigned() {
		return this.chairSignedBy != null;
	}

	public boolean secretarySigned() {
		return this.secretarySignedBy != null;
	}

	/**
	 * What the secretary fills in: the place, the chair's name as printed, the secretary
	 * (account and name) and notes. Refused once the minutes are frozen.
	 */
	void changeMinutes(String place, String chairName, String secretary, String secretaryName, String notes) {
		if (minutesFrozen()) {
			throw new BusinessRuleException("voting.minutes.error.frozen");
		}
		this.minutesPlace = blankToNull(place);
		this.minutesChairName = blankToNull(chairName);
		this.minutesSecretary = blankToNull(secretary);
		this.minutesSecretaryName = this.minutesSecretary == null ? null : blankToNull(secretaryName);
		this.minutesNotes = blankToNull(notes);
	}

	/**
	 * Withdraws the signatures made over another text than {@code hash}: a signature
	 * stands for the text its signer was shown, and the minutes changed since.
	 * @return the roles whose signature was withdrawn
	 */
	List<MinutesRole> withdrawSignaturesNotOver(String hash) {
		List<MinutesRole> withdrawn = new ArrayList<>();
		if (this.chairSignedHash != null && !this.chairSignedHash.equals(hash)) {
			this.chairSignedBy = null;
			this.chairSignerName = null;
			this.chairSignedAt = null;
			this.chairSignedHash = null;
			withdrawn.add(MinutesRole.CHAIR);
		}
		if (this.secretarySignedHash != null && !this.secretarySignedHash.equals(hash)) {
			this.secretarySignedBy = null;
			this.secretarySignerName = null;
			this.secretarySignedAt = null;
			this.secretarySignedHash = null;
			withdrawn.add(MinutesRole.SECRETARY);
		}
		return withdrawn;
	}

	/**
	 * The chair or the secretary signs the minutes whose canonical text hashes to
	 * {@code hash}, once every question is decided (or the session is void) and the
	 * place, the chair's name and the secretary are written. When both have signed the
	 * same text, the minutes are frozen and the session's state is
	 * {@link SessionState#MINUTES_SIGNED}.
	 */
	void signMinutes(MinutesRole role, String username, String fullName, String hash, Instant now) {
		if (minutesFrozen()) {
			throw new BusinessRuleException("voting.minutes.error.frozen");
		}
		if (this.state != SessionState.TALLIED && this.state != SessionState.VOID) {
			throw new BusinessRuleException("voting.error.notTallied");
		}
		if (this.state == SessionState.TALLIED
				&& this.questions.stream().anyMatch(q -> q.getOutcome() != QuestionOutcome.DECIDED)) {
			throw new BusinessRuleException("voting.error.undecided");
		}
		if (this.minutesPlace == null || this.minutesChairName == null || this.minutesSecretary == null) {
			throw new BusinessRuleException("voting.minutes.error.incomplete");
		}
		String other = role == MinutesRole.CHAIR ? this.secretarySignedBy : this.chairSignedBy;
		if (username.equals(other)) {
			throw new BusinessRuleException("voting.minutes.error.samePerson");
		}
		if (role == MinutesRole.CHAIR) {
			if (chairSigned()) {
				throw new BusinessRuleException("voting.minutes.error.alreadySigned");
			}
			this.chairSignedBy = username;
			this.chairSignerName = fullName;
			this.chairSignedAt = now;
			this.chairSignedHash = hash;
		}
		else {
			if (secretarySigned()) {
				throw new BusinessRuleException("voting.minutes.error.alreadySigned");
			}
			this.secretarySignedBy = username;
			this.secretarySignerName = fullName;
			this.secretarySignedAt = now;
			this.secretarySignedHash = hash;
		}
		if (chairSigned() && secretarySigned() && this.chairSignedHash.equals(this.secretarySignedHash)) {
			this.state = SessionState.MINUTES_SIGNED;
			this.minutesSignedAt = now;
			this.minutesSignedBy = this.chairSignedBy;
			this.minutesHash = hash;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
