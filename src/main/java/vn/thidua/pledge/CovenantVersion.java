package vn.thidua.pledge;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Indicator;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.organization.Unit;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * One version of a covenant, and its state machine:
 * <ul>
 * <li>{@code DRAFT}: targets and registrations of the member units may change;</li>
 * <li>{@code SIGNING}: opened for signature; the content is frozen, written down as a
 * canonical text and hashed (SHA-256); each member unit's commander signs that hash;</li>
 * <li>{@code IN_FORCE}: every member has signed; nothing changes any more;</li>
 * <li>{@code SUPERSEDED}: a later version came into force; still readable.</li>
 * </ul>
 */
@Entity
@Table(name = "covenant_version")
@Getter
public class CovenantVersion {

	/** Written first in the canonical text, so that its layout can evolve. */
	static final String FORMAT = "thidua-covenant/1";

	/**
	 * The layout with the scoring table: versions opened before it keep their layout, so
	 * that their signatures still verify.
	 */
	static final String FORMAT_WITH_TABLE = "thidua-covenant/2";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "covenant_id")
	private Covenant covenant;

	private int number;

	@Enumerated(EnumType.STRING)
	private CovenantState state = CovenantState.DRAFT;

	private String slogan;

	private String contentText;

	private String contentHash;

	/**
	 * The canonical text of the scoring table this version signs (the cluster's own, or
	 * else the campaign's), frozen when the version is opened for signature; part of the
	 * signed text.
	 */
	private String scoringTableText;

	private Instant createdAt;

	private String createdBy;

	private Instant openedAt;

	private String openedBy;

	private Instant inForceAt;

	private Instant supersededAt;

	@OneToMany(mappedBy = "covenantVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<CovenantParty> parties = new ArrayList<>();

	@Version
	private long version;

	protected CovenantVersion() {
	}

	CovenantVersion(Covenant covenant, int number, String slogan, String by, Instant at) {
		this.covenant = covenant;
		this.number = number;
		this.slogan = slogan;
		this.createdBy = by;
		this.createdAt = at;
	}

	public boolean isDraft() {
		return this.state == CovenantState.DRAFT;
	}

	/**
	 * Adds a member unit with the common target of each indicator that applies to it and
	 * no registration. Draft only.
	 */
	CovenantParty addParty(Unit unit, List<Indicator> indicators) {
		requireDraft();
		if (party(unit.getId()).isPresent()) {
			throw new IllegalArgumentException("Unit " + unit.getId() + " is already a party");
		}
		CovenantParty party = new CovenantParty(this, unit);
		for (Indicator indicator : indicators) {
			if (appliesTo(indicator, unit)) {
				party.addTarget(indicator, indicator.getTarget());
			}
		}
		this.parties.add(party);
		return party;
	}

	/** Whether an indicator applies to a unit: no unit kind listed means every kind. */
	static boolean appliesTo(Indicator indicator, Unit unit) {
		return indicator.getUnitKinds().isEmpty() || indicator.getUnitKinds().contains(unit.getKind());
	}

	public Optional<CovenantParty> party(Long unitId) {
		return this.parties.stream().filter(p -> p.getUnit().getId().equals(unitId)).findFirst();
	}

	/** Requires that the content may change. */
	void requireDraft() {
		if (!isDraft()) {
			throw new BusinessRuleException("covenant.error.notDraft", this.number);
		}
	}

	/**
	 * Opens the draft for signature: its content is frozen and its canonical text and
	 * hash fixed.
	 */
	void open(String by, Instant at, String scoringTableText) {
		if (!isDraft()) {
			throw new BusinessRuleException("covenant.error.openNotDraft");
		}
		if (this.parties.isEmpty()) {
			throw new BusinessRuleException("covenant.error.noParties");
		}
		this.scoringTableText = scoringTableText;
		this.contentText = canonicalText();
		this.contentHash = sha256(this.contentText);
		this.state = CovenantState.SIGNING;
		this.openedBy = by;
		this.openedAt = at;
	}

	/**
	 * The commander of a member unit signs for the unit: the signature records who, when,
	 * and the hash of the frozen content. When the last member has signed, the version is
	 * in force and the one in force before it is superseded.
	 * @param shownHash the hash the signer was shown, if the form sent one: a different
	 * one means the signer saw something else, and nothing is signed
	 */
	void sign(Long unitId, String username, String fullName, String shownHash, Instant at) {
		if (this.state != CovenantState.SIGNING) {
			throw new BusinessRuleException(
					this.state == CovenantState.DRAFT ? "covenant.error.signDraft" : "covenant.error.signClosed");
		}
		if (shownHash != null && !shownHash.equals(this.contentHash)) {
			throw new BusinessRuleException("covenant.error.hashMismatch");
		}
		CovenantParty party = party(unitId).orElseThrow(() -> new BusinessRuleException("covenant.error.notParty"));
		party.sign(username, fullName, this.contentHash, at);
		if (this.parties.stream().allMatch(CovenantParty::isSigned)) {
			this.state = CovenantState.IN_FORCE;
			this.inForceAt = at;
			this.covenant.cameIntoForce(this, at);
		}
	}

	void supersede(Instant at) {
		if (this.state != CovenantState.IN_FORCE) {
			throw new IllegalStateException("Only a version in force is superseded");
		}
		this.state = CovenantState.SUPERSEDED;
		this.supersededAt = at;
	}

	/** A new draft with the same member units, targets and registrations. */
	CovenantVersion copy(int newNumber, String by, Instant at) {
		CovenantVersion copy = new CovenantVersion(this.covenant, newNumber, this.slogan, by, at);
		for (CovenantParty party : this.parties) {
			copy.parties.add(party.copyTo(copy));
		}
		return copy;
	}

	public long signedCount() {
		return this.parties.stream().filter(CovenantParty::isSigned).count();
	}

	/**
	 * Whether a party's signature is a signature of exactly this content: its hash is the
	 * hash of the text stored when the version was opened, and that text still says what
	 * the version says now. Names of the campaign, the cluster and the units are left out
	 * of the comparison: they are written in the text for readers and may be corrected
	 * later (a unit renamed) without changing what was committed to.
	 */
	public boolean verifies(CovenantParty party) {
		return verifies(party, this.parties);
	}

	/** {@link #verifies(CovenantParty)} with the parties as read by one query. */
	boolean verifies(CovenantParty party, List<CovenantParty> members) {
		if (!party.isSigned() || this.contentText == null) {
			return false;
		}
		return party.getSignatureHash().equals(sha256(this.contentText))
				&& withoutNames(this.contentText).equals(withoutNames(canonicalText(members)));
	}

	/** The canonical text without the names that follow the ids and codes. */
	static String withoutNames(String text) {
		StringBuilder result = new StringBuilder();
		for (String line : text.split("\n")) {
			int keep = line.startsWith("campaign: ") ? 2
					: line.startsWith("cluster: ") || line.startsWith("unit: ") ? 1 : Integer.MAX_VALUE;
			String[] fields = line.split(" \\| ", -1);
			result.append(String.join(" | ", java.util.Arrays.copyOf(fields, Math.min(keep, fields.length))))
				.append('\n');
		}
		return result.toString();
	}

	/** The SHA-256 of the canonical text of this version as it is now. */
	public String currentHash() {
		return sha256(canonicalText());
	}

	/**
	 * The canonical text of what is signed: campaign, cluster, version number, slogan,
	 * the scoring table (once frozen) and every member unit's registrations and targets,
	 * units by code and indicators in the campaign's order, numbers in plain form.
	 * Deterministic: the same content always gives the same text, and any change of a
	 * target or registration changes it.
	 */
	public String canonicalText() {
		return canonicalText(this.parties);
	}

	/**
	 * The canonical text of this version with the given parties (all of them, as read
	 * with their units and targets by one query).
	 */
	String canonicalText(List<CovenantParty> members) {
		Campaign campaign = this.covenant.getCampaign();
		EmulationCluster cluster = this.covenant.getCluster();
		StringBuilder text = new StringBuilder();
		line(text, "format", this.scoringTableText == null ? FORMAT : FORMAT_WITH_TABLE);
		line(text, "campaign", campaign.getId() + " | " + campaign.getYear() + " | " + campaign.getName());
		line(text, "cluster", cluster.getId() + " | " + cluster.getName());
		line(text, "version", String.valueOf(this.number));
		line(text, "slogan", this.slogan == null ? "" : this.slogan);
		if (this.scoringTableText != null) {
			// the table's own canonical text, each of its lines prefixed
			for (String tableLine : this.scoringTableText.split("\n")) {
				line(text, "  table", tableLine);
			}
		}
		List<CovenantParty> ordered = new ArrayList<>(members);
		ordered.sort(Comparator.comparing((CovenantParty p) -> p.getUnit().getCode()));
		for (CovenantParty party : ordered) {
			Unit unit = party.getUnit();
			line(text, "unit", unit.getCode() + " | " + unit.getName());
			line(text, "  registration",
					"decisive-unit=" + yesNo(party.isDecisiveUnit()) + " ministry-flag=" + yesNo(party.isMinistryFlag())
							+ " province-flag=" + yesNo(party.isProvinceFlag()) + " advanced-soldiers="
							+ party.getAdvancedSoldiers() + " base-emulation-soldiers="
							+ party.getBaseEmulationSoldiers());
			for (CovenantTarget target : party.targetsInOrder()) {
				Indicator indicator = target.getIndicator();
				line(text, "  target", indicator.getCode() + " | " + indicator.getDirection() + " | common="
						+ plain(indicator.getTarget()) + " | own=" + plain(target.getTarget()));
			}
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String key, String value) {
		text.append(key).append(": ").append(value.replace('\r', ' ').replace('\n', ' ')).append('\n');
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	/** A number without trailing zeros or exponent ("75", "92.5"); "-" for none. */
	static String plain(BigDecimal value) {
		if (value == null) {
			return "-";
		}
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/** Lower-case hex SHA-256 of the UTF-8 text. */
	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
