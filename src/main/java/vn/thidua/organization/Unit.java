package vn.thidua.organization;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.Getter;

import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;

/**
 * A unit (đơn vị) of the police force: a node of a tree with a validity period. A unit
 * that ends is closed, never deleted, so old records keep pointing at it.
 */
@Entity
@Table(name = "unit")
@Getter
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Unit parent;

	private String path;

	private int depth;

	private int headcount;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String closingNote;

	@Column(name = "search_text")
	private String searchText;

	@Column(name = "sort_key")
	private byte[] sortKey;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Unit() {
	}

	public Unit(String code, String name, String shortName, UnitKind kind, Unit parent, int headcount,
			LocalDate validFrom) {
		this.code = code.trim();
		this.kind = kind;
		this.parent = parent;
		this.headcount = headcount;
		this.validFrom = validFrom;
		rename(name, shortName);
		this.path = parent == null ? "/" : parent.path;
		this.depth = parent == null ? 0 : parent.depth + 1;
	}

	/** Completes the path once the database has given the unit its id. */
	void assignPath() {
		this.path = (this.parent == null ? "/" : this.parent.path) + this.id + "/";
		this.depth = this.parent == null ? 0 : this.parent.depth + 1;
	}

	void rename(String name, String shortName) {
		this.name = name.trim();
		this.shortName = shortName == null || shortName.isBlank() ? null : shortName.trim();
		this.searchText = VietnameseText.searchText(this.code, this.name, this.shortName);
		this.sortKey = VietnameseText.sortKey(this.name);
	}

	void update(String code, String name, String shortName, UnitKind kind, int headcount, LocalDate validFrom) {
		this.code = code.trim();
		this.kind = kind;
		this.headcount = headcount;
		this.validFrom = validFrom;
		rename(name, shortName);
	}

	/** Ends the unit's validity; it stays in history. */
	void close(LocalDate validTo, String note) {
		if (this.validTo != null) {
			throw new BusinessRuleException("validTo", "unit.error.alreadyClosed");
		}
		if (validTo.isBefore(this.validFrom)) {
			throw new BusinessRuleException("validTo", "unit.error.closeBeforeStart");
		}
		this.validTo = validTo;
		this.closingNote = note;
	}

	/** Whether the unit is valid on the given day. */
	public boolean isActiveOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || !this.validTo.isBefore(day));
	}

	public boolean isClosed() {
		return this.validTo != null && this.validTo.isBefore(LocalDate.now(vn.thidua.shared.text.Formats.ZONE));
	}

	public String displayName() {
		return this.shortName != null ? this.shortName : this.name;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
