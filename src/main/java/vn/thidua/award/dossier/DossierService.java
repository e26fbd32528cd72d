package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.catalogue.RecipientType;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;
import vn.thidua.voting.Award;
import vn.thidua.voting.Proposal;
import vn.thidua.voting.VotingService;

/**
 * Proposal dossiers. Provincial staff make them for their unit's subtree: the proposing
 * unit is the staff member's unit and every recipient a unit of its subtree (or an
 * officer of one). Staff, leadership and administrators read the dossiers proposed within
 * their scope; anyone else gets 404, and a reader who tries to write gets 403.
 */
@Service
@RequiredArgsConstructor
public class DossierService {

	/** The most lines a dossier may have (the table's limit). */
	public static final int MAX_LINES = 5000;

	private final DossierRepository dossiers;

	private final DossierLineRepository lines;

	private final AwardCatalogue catalogue;

	private final VotingService voting;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** A recipient line as entered by hand or taken from a session. */
	public record LineInput(long unitId, Long officerId, long itemId, String achievement) {

	}

	/** A dossier with its lines, the catalogue items they name and its unit's name. */
	public record DossierView(Dossier dossier, String unitName, List<DossierLine> lines, Map<Long, CatalogueItem> items,
			boolean mayWrite) {

	}

	// ------------------------------------------------------------------ reading

	/** A dossier the current user may read, with its lines; otherwise 404. */
	@Transactional(readOnly = true)
	public DossierView view(long id) {
		Dossier dossier = readable(id);
		List<DossierLine> found = this.lines.findByDossierIdOrderByLineNo(id);
		Map<Long, CatalogueItem> items = new HashMap<>();
		for (DossierLine line : found) {
			items.computeIfAbsent(line.getItemId(), this.catalogue::item);
		}
		return new DossierView(dossier, unitName(dossier.getProposingUnitId()), found, items, mayWrite(dossier));
	}

	/** A dossier in the list. */
	public record DossierRow(long id, String unitName, int year, Authority authority, DossierSource source,
			DossierState state, int lines) {

	}

	/**
	 * The dossiers proposed within the current user's scope (none for a unit's users).
	 */
	@Transactional(readOnly = true)
	public List<DossierRow> list() {
		CurrentUser user = CurrentUser.get();
		if (user.role().isUnitLevel()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select d.id, u.name, d.year, d.authority, d.source, d.state,
				       (select count(*) from award_dossier_line l where l.dossier_id = d.id)
				from award_dossier d join organization_unit_v u on u.id = d.proposing_unit_id
				where unit_visible(u.id, u.path, :all, :prefix, :unitId)
				order by d.year desc, d.id desc""")
			.params(user.scope().parameters())
			.query((rs, i) -> new DossierRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
					Authority.valueOf(rs.getString(4)), DossierSource.valueOf(rs.getString(5)),
					DossierState.valueOf(rs.getString(6)), rs.getInt(7)))
			.list();
	}

	/** Whether the current user may make dossiers (provincial staff with a unit). */
	public boolean mayCreate() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.PROVINCE_STAFF) && user.unitId() != null;
	}

	// ------------------------------------------------------------------ writing

	/**
	 * A draft made from the proposals of a tallied session (elections left out): one line
	 * per candidate that passed, for the catalogue item of the same code in force at the
	 * end of the year.
	 */
	@Transactional
	public Dossier fromSession(long sessionId, Authority authority) {
		CurrentUser user = requireStaff();
		List<Proposal> proposals = this.voting.proposals(sessionId)
			.stream()
			.filter(p -> !p.award().isElection())
			.toList();
		if (proposals.isEmpty()) {
			throw new BusinessRuleException("award.dossier.error.noProposals");
		}
		int year = proposals.get(0).year();
		LocalDate date = LocalDate.of(year, 12, 31);
		List<LineInput> inputs = new ArrayList<>();
		for (Proposal proposal : proposals) {
			RecipientType recipient = proposal.officerId() == null ? RecipientType.COLLECTIVE
					: RecipientType.INDIVIDUAL;
			CatalogueItem item = this.catalogue.itemsOn(date, recipient)
				.stream()
				.filter(i -> i.getCode().equals(code(proposal.award())))
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("award.dossier.error.unknownItem"));
			long unitId = proposal.unitId() != null ? proposal.unitId() : officerUnit(proposal.officerId());
			inputs.add(new LineInput(unitId, proposal.officerId(), item.getId(), null));
		}
		Dossier dossier = new Dossier(user.unitId(), year, authority, DossierSource.VOTING, sessionId,
				user.getUsername(), now());
		return save(dossier, inputs);
	}

	/** A draft entered by hand. */
	@Transactional
	public Dossier byHand(int year, Authority authority, List<LineInput> inputs) {
		CurrentUser user = requireStaff();
		if (authority == null) {
			throw new BusinessRuleException("authority", "award.dossier.error.authorityRequired");
		}
		if (year < 1945 || year > 2100) {
			throw new BusinessRuleException("year", "award.dossier.error.year");
		}
		Dossier dossier = new Dossier(user.unitId(), year, authority, DossierSource.MANUAL, null, user.getUsername(),
				now());
		return save(dossier, inputs);
	}

	/** Sends a draft to its authority. */
	@Transactional
	public Dossier submit(long id, Long version) {
		Dossier dossier = writable(id);
		checkVersion(dossier, version);
		if (this.lines.findByDossierIdOrderByLineNo(id).isEmpty()) {
			throw new BusinessRuleException("award.dossier.error.noLines");
		}
		dossier.submit(now());
		this.dossiers.saveAndFlush(dossier);
		this.events.publishEvent(audit("AWARD_DOSSIER_SUBMITTED", dossier).build());
		return dossier;
	}

	/** Sends a submitted dossier back to be corrected, with the reason. */
	@Transactional
	public Dossier sendBack(long id, Long version, String reason) {
		Dossier dossier = writable(id);
		checkVersion(dossier, version);
		dossier.sendBack(reason);
		this.dossiers.saveAndFlush(dossier);
		this.events.publishEvent(audit("AWARD_DOSSIER_RETURNED", dossier).reason(dossier.getReturnReason()).build());
		return dossier;
	}

	/** Marks a submitted dossier as decided on. */
	@Transactional
	public Dossier decided(long id, Long version) {
		Dossier dossier = writable(id);
		checkVersion(dossier, version);
		dossier.decided();
		this.dossiers.saveAndFlush(dossier);
		this.events.publishEvent(audit("AWARD_DOSSIER_DECIDED", dossier).build());
		return dossier;
	}

	// ------------------------------------------------------------------ helpers

	private Dossier save(Dossier dossier, List<LineInput> inputs) {
		if (inputs == null || inputs.isEmpty()) {
			throw new BusinessRuleException("award.dossier.error.noLines");
		}
		if (inputs.size() > MAX_LINES) {
			throw new BusinessRuleException("award.dossier.error.tooManyLines", String.valueOf(MAX_LINES));
		}
		UnitInfo own = unit(dossier.getProposingUnitId());
		LocalDate date = LocalDate.of(dossier.getYear(), 12, 31);
		List<DossierLine> made = new ArrayList<>();
		// everything is checked before anything is saved
		record Checked(LineInput input, String name, String achievement) {
		}
		List<Checked> checked = new ArrayList<>();
		for (LineInput input : inputs) {
			UnitInfo unit = findUnit(input.unitId()).filter(u -> u.path().startsWith(own.path()))
				.orElseThrow(() -> new BusinessRuleException("unitId", "award.dossier.error.outsideScope"));
			String name = unit.name();
			if (input.officerId() != null) {
				name = officerName(input.officerId(), unit.id())
					.orElseThrow(() -> new BusinessRuleException("officerId", "award.dossier.error.outsideScope"));
			}
			CatalogueItem item = findItem(input.itemId())
				.orElseThrow(() -> new BusinessRuleException("itemId", "award.dossier.error.unknownItem"));
			RecipientType recipient = input.officerId() == null ? RecipientType.COLLECTIVE : RecipientType.INDIVIDUAL;
			if (item.getRecipient() != recipient || !item.isValidOn(date)) {
				throw new BusinessRuleException("itemId", "award.dossier.error.unknownItem");
			}
			String achievement = input.achievement() == null || input.achievement().isBlank()
					? item.getNameVi() + " " + dossier.getYear() : input.achievement().strip();
			if (achievement.length() > DossierLine.ACHIEVEMENT_MAX) {
				throw new BusinessRuleException("achievement", "award.dossier.error.achievementTooLong",
						String.valueOf(DossierLine.ACHIEVEMENT_MAX));
			}
			checked.add(new Checked(input, name, achievement));
		}
		this.dossiers.saveAndFlush(dossier);
		int no = 1;
		for (Checked c : checked) {
			made.add(new DossierLine(dossier.getId(), no++, c.input().unitId(), c.input().officerId(), c.name(),
					c.input().itemId(), c.achievement()));
		}
		this.lines.saveAllAndFlush(made);
		this.events.publishEvent(audit("AWARD_DOSSIER_CREATED", dossier).build());
		return dossier;
	}

	private Optional<CatalogueItem> findItem(long id) {
		try {
			return Optional.of(this.catalogue.item(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static String code(Award award) {
		return switch (award) {
			case CO_THI_DUA_BO -> "CO_BO";
			case CO_THI_DUA_TINH -> "CO_TINH";
			default -> award.name();
		};
	}

	record UnitInfo(long id, String name, String path) {

	}

	/**
	 * A dossier the current user may read: proposed within their scope (not unit level).
	 */
	Dossier readable(long id) {
		CurrentUser user = CurrentUser.get();
		Scope scope = user.scope();
		Boolean visible = this.jdbc.sql("""
				select exists (
				    select 1 from award_dossier d join organization_unit_v u on u.id = d.proposing_unit_id
				    where d.id = :id and :unitLevel = false and unit_visible(u.id, u.path, :all, :prefix, :unitId))""")
			.param("id", id)
			.param("unitLevel", user.role().isUnitLevel())
			.params(scope.parameters())
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw new NotFoundException();
		}
		return this.dossiers.findById(id).orElseThrow(NotFoundException::new);
	}

	private Dossier writable(long id) {
		Dossier dossier = readable(id);
		if (!mayWrite(dossier)) {
			throw new AccessDeniedException("Only the proposing unit's staff change dossiers");
		}
		return dossier;
	}

	private boolean mayWrite(Dossier dossier) {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) || user.unitId() == null) {
			return false;
		}
		return unit(dossier.getProposingUnitId()).path().startsWith(unit(user.unitId()).path());
	}

	private static CurrentUser requireStaff() {
		CurrentUser user = CurrentUser.get();
		if (!user.is(Role.PROVINCE_STAFF) || user.unitId() == null) {
			throw new AccessDeniedException("Only provincial staff make dossiers");
		}
		return user;
	}

	private static void checkVersion(Dossier dossier, Long version) {
		if (version == null || version != dossier.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Dossier.class, dossier.getId());
		}
	}

	private long officerUnit(long officerId) {
		return this.jdbc.sql("select unit_id from organization_officer_v where id = :id")
			.param("id", officerId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("award.dossier.error.outsideScope"));
	}

	private Optional<String> officerName(long officerId, long unitId) {
		return this.jdbc
			.sql("""
					select o.full_name from organization_officer_v o
					where o.id = :id and (o.unit_id = :unit or exists (
					    select 1 from organization_officer_assignment_v a where a.officer_id = o.id and a.unit_id = :unit))""")
			.param("id", officerId)
			.param("unit", unitId)
			.query(String.class)
			.optional();
	}

	private UnitInfo unit(long id) {
		return findUnit(id).orElseThrow(NotFoundException::new);
	}

	private Optional<UnitInfo> findUnit(long id) {
		return this.jdbc.sql("select id, name, path from organization_unit_v where id = :id")
			.param("id", id)
			.query((rs, i) -> new UnitInfo(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	private String unitName(long id) {
		return unit(id).name();
	}

	private AuditRecord.Builder audit(String action, Dossier dossier) {
		return AuditRecord.of(action, Dossier.AUDIT_TYPE, dossier.getId(),
				dossier.getAuthority().symbol() + " " + dossier.getYear());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
