package vn.thidua.award.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The catalogue of titles and forms and the base salaries, as every signed-in user reads
 * them, and as administrators change them: a new version of an item from a date, a new
 * base salary from a date. Nothing already decided changes: decision lines copy the
 * multiple and the base salary they were made with.
 */
@Service
@RequiredArgsConstructor
public class AwardCatalogue {

	/** The type of catalogue items' records in the history. */
	public static final String AUDIT_TYPE = "AWARD_CATALOGUE_ITEM";

	private final CatalogueItemRepository items;

	private final BaseSalaryRepository salaries;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	public List<CatalogueItem> items() {
		return this.items.findAllByOrderBySortOrderAscValidFromDesc();
	}

	/** The items in force on {@code date} for a recipient type, in catalogue order. */
	@Transactional(readOnly = true)
	public List<CatalogueItem> itemsOn(LocalDate date, RecipientType recipient) {
		return items().stream().filter(i -> i.getRecipient() == recipient && i.isValidOn(date)).toList();
	}

	@Transactional(readOnly = true)
	public CatalogueItem item(long id) {
		return this.items.findById(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<BaseSalary> baseSalaries() {
		return this.salaries.findAllByOrderByValidFromDesc();
	}

	/** The base salary in force on {@code date}, if one was entered that early. */
	@Transactional(readOnly = true)
	public Optional<BaseSalary> baseSalaryOn(LocalDate date) {
		return this.salaries.findFirstByValidFromLessThanEqualOrderByValidFromDesc(date);
	}

	/**
	 * A new version of an item from {@code form.validFrom()}: the current one ends the
	 * day before. Only the latest version may be followed by another.
	 */
	@Transactional
	public CatalogueItem newVersion(long id, long version, CatalogueItemForm form) {
		requireAdmin();
		CatalogueItem current = item(id);
		if (current.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CatalogueItem.class, id);
		}
		if (this.items.existsByCodeAndRecipientAndValidFromGreaterThan(current.getCode(), current.getRecipient(),
				current.getValidFrom())) {
			throw new BusinessRuleException("validFrom", "award.catalogue.error.notLatest");
		}
		current.closeBefore(form.validFrom());
		CatalogueItem next = this.items.save(new CatalogueItem(current, form.validFrom(), form));
		this.events.publishEvent(AuditRecord.of("AWARD_CATALOGUE_CHANGED", AUDIT_TYPE, next.getId(), next.getNameVi())
			.change("award.catalogue.field.validFrom", current.getValidFrom(), next.getValidFrom())
			.change("award.catalogue.field.cashMultiple", current.getCashMultiple(), next.getCashMultiple())
			.change("award.catalogue.field.voteThreshold", current.getVoteThreshold(), next.getVoteThreshold())
			.change("award.catalogue.field.authority", current.getAuthority(), next.getAuthority())
			.build());
		return next;
	}

	/** A base salary from a date on (a date already entered is refused). */
	@Transactional
	public BaseSalary addBaseSalary(BaseSalaryForm form) {
		requireAdmin();
		if (this.salaries.existsByValidFrom(form.validFrom())) {
			throw new BusinessRuleException("validFrom", "award.catalogue.error.salaryDateTaken");
		}
		BaseSalary salary = this.salaries
			.save(new BaseSalary(form.validFrom(), form.amount(), form.legalBasis().strip()));
		this.events.publishEvent(
				AuditRecord.of("AWARD_BASE_SALARY_ADDED", "AWARD_BASE_SALARY", salary.getId(), salary.getLegalBasis())
					.change("award.catalogue.field.amount", null, salary.getAmount())
					.change("award.catalogue.field.validFrom", null, salary.getValidFrom())
					.build());
		return salary;
	}

	/** Refuses (403) anyone but an administrator, before a form is read. */
	public void checkAdmin() {
		requireAdmin();
	}

	private static void requireAdmin() {
		if (!CurrentUser.get().is(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators keep the catalogue");
		}
	}

}
