package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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

import vn.thidua.campaign.Indicator;
import vn.thidua.organization.Unit;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * A member unit of one covenant version (bên giao ước): its own targets, the titles it
 * registers for (đăng ký thi đua) and its commander's signature.
 */
@Entity
@Table(name = "covenant_party")
@Getter
public class CovenantParty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "version_id")
	private CovenantVersion covenantVersion;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	/** Registers for Đơn vị quyết thắng. */
	private boolean decisiveUnit;

	/** Registers for Cờ thi đua của Bộ Công an. */
	private boolean ministryFlag;

	/** Registers for Cờ thi đua của UBND tỉnh. */
	private boolean provinceFlag;

	/** Number of individuals registering for Chiến sĩ tiên tiến. */
	private int advancedSoldiers;

	/** Number of individuals registering for Chiến sĩ thi đua cơ sở. */
	private int baseEmulationSoldiers;

	private Instant signedAt;

	private String signedBy;

	private String signerName;

	private String signatureHash;

	@OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<CovenantTarget> targets = new ArrayList<>();

	@Version
	private long version;

	protected CovenantParty() {
	}

	CovenantParty(CovenantVersion covenantVersion, Unit unit) {
		this.covenantVersion = covenantVersion;
		this.unit = unit;
	}

	void addTarget(Indicator indicator, BigDecimal value) {
		this.targets.add(new CovenantTarget(this, indicator, value));
	}

	/** The targets in the campaign's order of contents and indicators. */
	public List<CovenantTarget> targetsInOrder() {
		List<CovenantTarget> ordered = new ArrayList<>(this.targets);
		ordered.sort(Comparator.comparing((CovenantTarget t) -> t.getIndicator().getContent().getPosition())
			.thenComparing(t -> t.getIndicator().getPosition()));
		return ordered;
	}

	/** The unit's target for an indicator, or {@code null} when it does not apply. */
	public CovenantTarget targetOf(Long indicatorId) {
		return this.targets.stream().filter(t -> t.getIndicator().getId().equals(indicatorId)).findFirst().orElse(null);
	}

	public boolean isSigned() {
		return this.signedAt != null;
	}

	/**
	 * Changes what the unit commits to: its own targets by indicator id (indicators not
	 * given keep theirs) and its registrations. Refused unless the version is a draft, or
	 * when a target is less demanding than the common one.
	 */
	void commit(Map<Long, BigDecimal> ownTargets, Registration registration) {
		this.covenantVersion.requireDraft();
		registration.check(this.unit.getHeadcount());
		for (CovenantTarget target : this.targets) {
			Long indicatorId = target.getIndicator().getId();
			if (ownTargets.containsKey(indicatorId)) {
				target.change(ownTargets.get(indicatorId));
			}
		}
		this.decisiveUnit = registration.decisiveUnit();
		this.ministryFlag = registration.ministryFlag();
		this.provinceFlag = registration.provinceFlag();
		this.advancedSoldiers = registration.advancedSoldiers();
		this.baseEmulationSoldiers = registration.baseEmulationSoldiers();
	}

	public Registration registration() {
		return new Registration(this.decisiveUnit, this.ministryFlag, this.provinceFlag, this.advancedSoldiers,
				this.baseEmulationSoldiers);
	}

	void sign(String username, String fullName, String hash, Instant at) {
		if (isSigned()) {
			throw new BusinessRuleException(null, "covenant.error.alreadySigned", this.unit.getName());
		}
		this.signedBy = username;
		this.signerName = fullName;
		this.signatureHash = hash;
		this.signedAt = at;
	}

	CovenantParty copyTo(CovenantVersion next) {
		CovenantParty copy = new CovenantParty(next, this.unit);
		copy.decisiveUnit = this.decisiveUnit;
		copy.ministryFlag = this.ministryFlag;
		copy.provinceFlag = this.provinceFlag;
		copy.advancedSoldiers = this.advancedSoldiers;
		copy.baseEmulationSoldiers = this.baseEmulationSoldiers;
		for (CovenantTarget target : this.targets) {
			copy.addTarget(target.getIndicator(), target.getTarget());
		}
		return copy;
	}

	/**
	 * The titles a unit registers for and the numbers of its individuals registering for
	 * individual titles.
	 */
	public record Registration(boolean decisiveUnit, boolean ministryFlag, boolean provinceFlag, int advancedSoldiers,
			int baseEmulationSoldiers) {

		/**
		 * Plausibility: counts are not negative, no more Chiến sĩ tiên tiến than the
		 * unit's headcount (quân số), and every Chiến sĩ thi đua cơ sở is first a Chiến
		 * sĩ tiên tiến.
		 */
		void check(int headcount) {
			if (this.advancedSoldiers < 0) {
				throw new BusinessRuleException("advancedSoldiers", "covenant.error.countNegative");
			}
			if (this.baseEmulationSoldiers < 0) {
				throw new BusinessRuleException("baseEmulationSoldiers", "covenant.error.countNegative");
			}
			if (headcount > 0 && this.advancedSoldiers > headcount) {
				throw new BusinessRuleException("advancedSoldiers", "covenant.error.aboveHeadcount", headcount);
			}
			if (this.baseEmulationSoldiers > this.advancedSoldiers) {
				throw new BusinessRuleException("baseEmulationSoldiers", "covenant.error.baseAboveAdvanced");
			}
		}

	}

}
