package vn.thidua.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * An emulation cluster (cụm / khối thi đua) formed by an organising unit for one year,
 * with a head unit (cụm trưởng), a deputy unit (cụm phó) and member units.
 */
@Entity
@Table(name = "emulation_cluster")
@Getter
public class EmulationCluster {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organizer_id")
	private Unit organizer;

	private int year;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "head_unit_id")
	private Unit headUnit;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deputy_unit_id")
	private Unit deputyUnit;

	private String note;

	@Column(name = "sort_key")
	private byte[] sortKey;

	@OneToMany(mappedBy = "cluster", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ClusterMember> members = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected EmulationCluster() {
	}

	public EmulationCluster(Unit organizer, int year, String name, String note) {
		this.organizer = organizer;
		this.year = year;
		rename(name, note);
	}

	void rename(String name, String note) {
		this.name = name.trim();
		this.note = note == null || note.isBlank() ? null : note.trim();
		this.sortKey = VietnameseText.sortKey(this.name);
	}

	/** Replaces the members; head and deputy must stay among them. */
	void setMembers(List<Unit> units) {
		this.members.removeIf(m -> units.stream().noneMatch(u -> u.getId().equals(m.getUnit().getId())));
		for (Unit unit : units) {
			if (!hasMember(unit.getId())) {
				this.members.add(new ClusterMember(this, unit));
			}
		}
	}

	/**
	 * Sets head and deputy: both members of the cluster, and different units.
	 */
	void setLeadership(Unit head, Unit deputy) {
		if (head != null && !hasMember(head.getId())) {
			throw new BusinessRuleException("headUnitId", "cluster.error.headNotMember");
		}
		if (deputy != null && !hasMember(deputy.getId())) {
			throw new BusinessRuleException("deputyUnitId", "cluster.error.deputyNotMember");
		}
		if (head != null && deputy != null && Objects.equals(head.getId(), deputy.getId())) {
			throw new BusinessRuleException("deputyUnitId", "cluster.error.headIsDeputy");
		}
		this.headUnit = head;
		this.deputyUnit = deputy;
	}

	public boolean hasMember(Long unitId) {
		return this.members.stream().anyMatch(m -> m.getUnit().getId().equals(unitId));
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
