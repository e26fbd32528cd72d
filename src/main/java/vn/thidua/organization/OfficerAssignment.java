package vn.thidua.organization;

import java.time.LocalDate;

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
 * A period an officer served in a unit.
 */
@Entity
@Table(name = "officer_assignment")
@Getter
public class OfficerAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "officer_id")
	private Officer officer;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	private String position;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected OfficerAssignment() {
	}

	OfficerAssignment(Officer officer, Unit unit, String position, LocalDate validFrom) {
		this.officer = officer;
		this.unit = unit;
		this.position = position;
		this.validFrom = validFrom;
	}

	void end(LocalDate day) {
		this.validTo = day;
	}

}
