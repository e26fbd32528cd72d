package vn.thidua.pledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.campaign.Campaign;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * The covenant (giao ước thi đua) of one cluster for one campaign, made of numbered
 * versions; {@link #getCurrentVersion()} is the newest one.
 */
@Entity
@Table(name = "covenant")
@Getter
public class Covenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id")
	private EmulationCluster cluster;

	private int currentVersion = 1;

	@OneToMany(mappedBy = "covenant", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<CovenantVersion> versions = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt;

	private String createdBy;

	protected Covenant() {
	}

	/** A new covenant with its first version, a draft with no member units yet. */
	Covenant(Campaign campaign, EmulationCluster cluster, String by, Instant at) {
		this.campaign = campaign;
		this.cluster = cluster;
		this.createdBy = by;
		this.createdAt = at;
		this.versions.add(new CovenantVersion(this, 1, campaign.getSlogan(), by, at));
	}

	/** The newest version (loads the versions). */
	public CovenantVersion latest() {
		return this.versions.stream()
			.filter(v -> v.getNumber() == this.currentVersion)
			.findFirst()
			.orElseThrow(IllegalStateException::new);
	}

	/**
	 * Starts an amendment (sửa đổi): a new draft version copied from the version in
	 * force, which stays in force until the new one is signed by every member.
	 */
	CovenantVersion amend(String by, Instant at) {
		CovenantVersion latest = latest();
		if (latest.getState() != CovenantState.IN_FORCE) {
			throw new BusinessRuleException("covenant.error.amendNotInForce");
		}
		CovenantVersion next = latest.copy(this.currentVersion + 1, by, at);
		this.versions.add(next);
		this.currentVersion = next.getNumber();
		return next;
	}

	/** A version came into force: the one in force before it is superseded. */
	void cameIntoForce(CovenantVersion inForce, Instant at) {
		for (CovenantVersion other : this.versions) {
			if (other != inForce && other.getState() == CovenantState.IN_FORCE) {
				other.supersede(at);
			}
		}
	}

}
