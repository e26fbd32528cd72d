package vn.thidua.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.Getter;

/**
 * Membership of a unit in a cluster. The organiser and year are copied from the cluster
 * so that a unique index can guarantee one cluster per organiser, year and unit.
 */
@Entity
@Table(name = "cluster_member")
@Getter
public class ClusterMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id")
	private EmulationCluster cluster;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	private Long organizerId;

	private int year;

	protected ClusterMember() {
	}

	ClusterMember(EmulationCluster cluster, Unit unit) {
		this.cluster = cluster;
		this.unit = unit;
		this.organizerId = cluster.getOrganizer().getId();
		this.year = cluster.getYear();
	}

}
