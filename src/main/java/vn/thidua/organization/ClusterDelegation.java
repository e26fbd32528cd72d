package vn.thidua.organization;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

/**
 * Whether the deputy unit (cụm phó / khối phó) of a cluster acts for the head unit (cụm
 * trưởng) in reviewing the other members' reports, as the head unit's commander last set
 * it, with who and when. A cluster is formed for one year, so this is for the cluster's
 * year.
 */
@Entity
@Table(name = "cluster_delegation")
@Getter
public class ClusterDelegation {

	@Id
	private Long clusterId;

	private boolean active;

	private String changedBy;

	private Instant changedAt;

	@Version
	private long version;

	protected ClusterDelegation() {
	}

	ClusterDelegation(long clusterId) {
		this.clusterId = clusterId;
	}

	void set(boolean active, String by, Instant at) {
		this.active = active;
		this.changedBy = by;
		this.changedAt = at;
	}

}
