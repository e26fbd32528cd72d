package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.award.dossier.DossierService.CheckedLine;
import vn.thidua.award.dossier.DossierService.LineInput;
import vn.thidua.award.dossier.DossierService.UnitInfo;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Dossiers made by hand (a deed, a theme, a proposal to a higher authority that no vote
 * or title list produced): staff start an empty draft for a year and an authority and
 * propose recipients one by one, each checked as the lines of any dossier are, with the
 * authority's own titles and forms only. Lines of any draft can be taken out again.
 */
@Service
@RequiredArgsConstructor
public class ManualDossiers {

	private final DossierService dossiers;

	private final DossierRepository repository;

	private final DossierLineRepository lines;

	private final AwardCatalogue catalogue;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** A unit or an officer to choose from. */
	public record Option(long id, String label) {

	}

	/** A new, empty draft of the staff member's unit. */
	@Transactional
	public Dossier start(ManualDossierForm form) {
		CurrentUser user = DossierService.requireStaff();
		Dossier dossier = new Dossier(user.unitId(), form.year(), form.authority(), DossierSource.MANUAL, null,
				user.getUsername(), Instant.now(this.clock));
		this.repository.saveAndFlush(dossier);
		this.events.publishEvent(this.dossiers.audit("AWARD_DOSSIER_CREATED", dossier).build());
		return dossier;
	}

	/** The draft a line is added to or taken from; otherwise refused (or 404). */
	@Transactional(readOnly = true)
	public Dossier draft(long id) {
		Dossier dossier = this.dossiers.writable(id);
		if (!dossier.isDraft()) {
			throw new BusinessRuleException("award.dossier.error.linesOfSubmitted");
		}
		return dossier;
	}

	/**
	 * The units a line may name: the proposing unit's subtree, those that existed during
	 * the dossier's year, in tree order.
	 */
	@Transactional(readOnly = true)
	public List<Option> lineUnits(long id) {
		Dossier dossier = draft(id);
		UnitInfo own = this.dossiers.unit(dossier.getProposingUnitId());
		return this.jdbc.sql("""
				select u.id, u.code || ' - ' || u.name from organization_unit_v u
				where u.path like :prefix and u.valid_from <= make_date(:year, 12, 31)
				  and (u.valid_to is null or u.valid_to >= make_date(:year, 1, 1))
				order by u.path""")
			.param("prefix", own.path() + "%")
			.param("year", dossier.getYear())
			.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The officers of a unit during the dossier's year, by name. */
	@Transactional(readOnly = true)
	public List<Option> lineOfficers(long id, long unitId) {
		Dossier dossier = draft(id);
		if (lineUnits(id).stream().noneMatch(u -> u.id() == unitId)) {
			return List.of();
		}
		return this.jdbc.sql("""
				select o.id, o.full_name || coalesce(' (' || o.rank || ')', '')
				from organization_officer_v o
				where o.unit_id = :unit or exists (
				    select 1 from organization_officer_assignment_v a
				    where a.officer_id = o.id and a.unit_id = :unit
				      and a.valid_from <= make_date(:year, 12, 31)
				      and (a.valid_to is null or a.valid_to >= make_date(:year, 1, 1)))
				order by o.sort_key, o.id""")
			.param("unit", unitId)
			.param("year", dossier.getYear())
			.query((rs, i) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The titles and forms a line may propose: the dossier's authority decides them, in
	 * force at the end of its year, for that kind of recipient.
	 */
	@Transactional(readOnly = true)
	public List<CatalogueItem> lineItems(long id, RecipientType recipient) {
		Dossier dossier = draft(id);
		return this.catalogue.itemsOn(endOfYear(dossier), recipient)
			.stream()
			.filter(i -> i.getAuthority() == dossier.getAuthority())
			.toList();
	}

	/** Proposes one more recipient in a draft, after the last line. */
	@Transactional
	public DossierLine addLine(long id, DossierLineForm form) {
		Dossier dossier = draft(id);
		long count = this.lines.countByDossierId(id);
		if (count >= DossierService.MAX_LINES) {
			throw new BusinessRuleException("award.dossier.error.tooManyLines",
					String.valueOf(DossierService.MAX_LINES));
		}
		CheckedLine checked = this.dossiers.checkLine(dossier, this.dossiers.unit(dossier.getProposingUnitId()),
				new LineInput(form.unitId(), form.officerId(), form.itemId(), form.achievement()));
		if (checked.item().getAuthority() != dossier.getAuthority()) {
			throw new BusinessRuleException("itemId", "award.dossier.error.itemOfAnotherAuthority");
		}
		java.util.List<DossierLine> present = this.lines.findByDossierIdOrderByLineNo(id);
		boolean twice = present.stream()
			.anyMatch(l -> l.getUnitId() == form.unitId()
					&& java.util.Objects.equals(l.getOfficerId(), form.officerId()) && l.getItemId() == form.itemId());
		if (twice) {
			throw new BusinessRuleException("itemId", "award.dossier.error.lineTwice");
		}
		int next = present.stream().mapToInt(DossierLine::getLineNo).max().orElse(0) + 1;
		DossierLine line = this.lines.saveAndFlush(new DossierLine(id, next, form.unitId(), form.officerId(),
				checked.name(), form.itemId(), checked.achievement()));
		// the version moves on: a submission from a page that did not show this line is
		// stale
		this.entityManager.lock(dossier, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.events.publishEvent(this.dossiers.audit("AWARD_DOSSIER_LINE_ADDED", dossier)
			.change("award.dossier.field.recipient", null, checked.name() + " — " + checked.item().getNameVi())
			.build());
		return line;
	}

	/** Takes a recipient out of a draft. */
	@Transactional
	public void removeLine(long id, long lineId) {
		Dossier dossier = draft(id);
		DossierLine line = this.lines.findById(lineId)
			.filter(l -> l.getDossierId() == id)
			.orElseThrow(NotFoundException::new);
		CatalogueItem item = this.catalogue.item(line.getItemId());
		this.lines.delete(line);
		this.lines.flush();
		this.entityManager.lock(dossier, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.events.publishEvent(this.dossiers.audit("AWARD_DOSSIER_LINE_REMOVED", dossier)
			.change("award.dossier.field.recipient", line.getRecipientName() + " — " + item.getNameVi(), null)
			.build());
	}

	private static LocalDate endOfYear(Dossier dossier) {
		return LocalDate.of(dossier.getYear(), 12, 31);
	}

}
