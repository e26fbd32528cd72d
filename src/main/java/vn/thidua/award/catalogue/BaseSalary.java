package vn.thidua.award.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * The base salary (mức lương cơ sở) from a date on, until the next row's date. Decisions
 * copy the one in force on their date, so a later row changes no recorded amount.
 */
@Entity
@Table(name = "award_base_salary")
@Getter
public class BaseSalary {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate validFrom;

	private long amount;

	private String legalBasis;

	protected BaseSalary() {
	}

	BaseSalary(LocalDate validFrom, long amount, String legalBasis) {
		this.validFrom = validFrom;
		this.amount = amount;
		this.legalBasis = legalBasis;
	}

}
