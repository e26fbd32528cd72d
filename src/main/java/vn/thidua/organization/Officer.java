package vn.thidua.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * An officer (cán bộ, chiến sĩ). Only what emulation needs is kept: name, rank, position
 * and unit, with the history of moves between units.
 */
@Entity
@Table(name = "officer")
@Getter
public class Officer {

	/**
	 * Ranks (cấp bậc hàm) of the People's Public Security, lowest first, offered as
	 * suggestions; the field stays free text for special cases.
	 */
	public static final List<String> RANKS = List.of("Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ",
			"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá", "Thiếu tướng",
			"Trung tướng", "Thượng tướng", "Đại tướng");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String rank;

	private String position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@Column(name = "search_text")
	private String searchText;

	@Column(name = "sort_key")
	private byte[] sortKey;

	@OneToMany(mappedBy = "officer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("validFrom desc, id desc")
	private List<OfficerAssignment> assignments = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Officer() {
	}

	public Officer(String fullName, String rank, String position, Unit unit, LocalDate since) {
		this.unit = unit;
		update(fullName, rank, position);
		this.assignments.add(new OfficerAssignment(this, unit, this.position, since));
	}

	void update(String fullName, String rank, String position) {
		this.fullName = fullName.trim();
		this.rank = blankToNull(rank);
		this.position = blankToNull(position);
		this.searchText = VietnameseText.searchText(this.fullName, this.rank, this.position);
		this.sortKey = VietnameseText.sortKey(lastNameFirst(this.fullName));
	}

	/**
	 * Moves the officer to another unit from a given day; the previous assignment ends
	 * the day before.
	 */
	void moveTo(Unit newUnit, String newPosition, LocalDate from) {
		if (newUnit.getId().equals(this.unit.getId())) {
			throw new BusinessRuleException("unitId", "officer.error.sameUnit");
		}
		OfficerAssignment current = this.assignments.stream()
			.filter(a -> a.getValidTo() == null)
			.findFirst()
			.orElse(null);
		if (current != null) {
			if (!from.isAfter(current.getValidFrom())) {
				throw new BusinessRuleException("from", "officer.error.moveBeforeCurrent");
			}
			current.end(from.minusDays(1));
		}
		this.unit = newUnit;
		this.position = blankToNull(newPosition) != null ? newPosition.trim() : this.position;
		this.assignments.add(0, new OfficerAssignment(this, newUnit, this.position, from));
	}

	/**
	 * Vietnamese names are sorted by given name (the last word), then the rest: "Nguyễn
	 * Văn An" before "Trần Thị Bình".
	 */
	static String lastNameFirst(String fullName) {
		String trimmed = fullName.trim();
		int space = trimmed.lastIndexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(space + 1) + " " + trimmed.substring(0, space);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
