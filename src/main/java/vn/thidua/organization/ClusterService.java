package vn.thidua.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.text.VietnameseText;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * Emulation clusters per year: forming them, their head and deputy, and copying a year's
 * clusters to the next.
 */
@Service
@RequiredArgsConstructor
public class ClusterService {

	private final ClusterRepository clusters;

	private final UnitService units;

	private final ApplicationEventPublisher events;

	private final ClusterDelegationRepository delegations;

	private final Clock clock;

	@Transactional(readOnly = true)
	public List<EmulationCluster> listYear(int year) {
		Scope scope = CurrentUser.get().scope();
		return this.clusters.findVisibleByYear(year, scope.all(), scope.pathPrefix(), scope.unitId());
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		Scope scope = CurrentUser.get().scope();
		return this.clusters.findVisibleYears(scope.all(), scope.pathPrefix(), scope.unitId());
	}

	/** A cluster the current user may see, or 404. */
	@Transactional(readOnly = true)
	public EmulationCluster get(long id) {
		Scope scope = CurrentUser.get().scope();
		return this.clusters.findVisible(id, scope.all(), scope.pathPrefix(), scope.unitId())
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<ClusterMember> members(long clusterId) {
		get(clusterId);
		return this.clusters.findMembers(clusterId);
	}

	/**
	 * The members of each of the given clusters (which the caller obtained through a
	 * scoped read), by cluster id, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ClusterMember>> membersOf(Collection<EmulationCluster> list) {
		Map<Long, List<ClusterMember>> members = new HashMap<>();
		if (list.isEmpty()) {
			return members;
		}
		for (ClusterMember member : this.clusters.findMembersOf(list.stream().map(EmulationCluster::getId).toList())) {
			members.computeIfAbsent(member.getCluster().getId(), k -> new ArrayList<>()).add(member);
		}
		return members;
	}

	/** The number of members of each cluster, by cluster id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, Long> memberCounts(Collection<EmulationCluster> list) {
		Map<Long, Long> counts = new HashMap<>();
		if (list.isEmpty()) {
			return counts;
		}
		for (Object[] row : this.clusters.countMembers(list.stream().map(EmulationCluster::getId).toList())) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
	}

	/**
	 * The units that may be chosen as members of a cluster of this organiser and year,
	 * grouped by kind in Vietnamese order: the organiser's subtree (not the organiser
	 * itself) active at some time of the year, plus the current members even if they have
	 * closed since, so that editing never drops them silently.
	 */
	@Transactional(readOnly = true)
	public Map<UnitKind, List<Unit>> memberChoices(long organizerId, int year, Collection<Long> keep) {
		Unit organizer = this.units.get(organizerId);
		Map<UnitKind, List<Unit>> groups = new EnumMap<>(UnitKind.class);
		Comparator<Unit> byName = Comparator.comparing(Unit::getName, VietnameseText.order());
		this.units.visibleUnits()
			.stream()
			.filter(u -> !u.getId().equals(organizer.getId()) && u.getPath().startsWith(organizer.getPath()))
			.filter(u -> activeIn(u, year) || keep.contains(u.getId()))
			.sorted(byName)
			.forEach(u -> groups.computeIfAbsent(u.getKind(), k -> new ArrayList<>()).add(u));
		return groups;
	}

	/**
	 * The units the current user may organise clusters for: staff organise for their own
	 * unit; administrators for any ministry or provincial police.
	 */
	@Transactional(readOnly = true)
	public List<Unit> organizerChoices() {
		CurrentUser user = CurrentUser.get();
		if (!canCreate()) {
			return List.of();
		}
		if (user.unitId() != null) {
			return List.of(this.units.get(user.unitId()));
		}
		return this.units.visibleUnits()
			.stream()
			.filter(u -> u.getKind() == UnitKind.MINISTRY || u.getKind() == UnitKind.PROVINCIAL_POLICE)
			.filter(u -> u.getValidTo() == null)
			.toList();
	}

	/**
	 * Whether the current user may change this cluster (staff of its organiser, or
	 * admin).
	 */
	public boolean canEdit(EmulationCluster cluster) {
		return canEdit(cluster.getOrganizer());
	}

	/**
	 * Whether the deputy unit of the cluster acts for its head unit (the head unit's
	 * commander has delegated the review of the other members' reports). For a cluster
	 * the caller has read through a scoped read.
	 */
	@Transactional(readOnly = true)
	public boolean deputyActsForHead(long clusterId) {
		return this.delegations.findById(clusterId).map(ClusterDelegation::isActive).orElse(false);
	}

	/** The last change of the cluster's delegation, if it was ever set. */
	@Transactional(readOnly = true)
	public Optional<ClusterDelegation> delegation(long clusterId) {
		get(clusterId);
		return this.delegations.findById(clusterId);
	}

	/**
	 * Whether the current user may turn the delegation to the deputy on or off: the
	 * commander of the cluster's head unit, when the cluster has a deputy.
	 */
	public boolean canDelegate(EmulationCluster cluster) {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.UNIT_COMMANDER) && cluster.getHeadUnit() != null && cluster.getDeputyUnit() != null
				&& Objects.equals(cluster.getHeadUnit().getId(), user.unitId());
	}

	/**
	 * The head unit's commander turns on or off the deputy's acting for the head in
	 * reviewing the other members' reports, for the cluster's year; recorded in the
	 * cluster's history. Outside the user's clusters: 404; not the head's commander: 403.
	 */
	@Transactional
	public ClusterDelegation delegate(long clusterId, boolean active) {
		EmulationCluster cluster = get(clusterId);
		if (!canDelegate(cluster)) {
			throw new AccessDeniedException("Only the head unit's commander delegates to the deputy");
		}
		ClusterDelegation delegation = this.delegations.findById(clusterId)
			.orElseGet(() -> new ClusterDelegation(clusterId));
		boolean before = delegation.isActive();
		delegation.set(active, CurrentUser.get().getUsername(), Instant.now(this.clock));
		this.delegations.saveAndFlush(delegation);
		if (before != active) {
			this.events.publishEvent(AuditRecord
				.of(active ? "CLUSTER_DELEGATION_ON" : "CLUSTER_DELEGATION_OFF", "CLUSTER", clusterId, label(cluster))
				.change("cluster.field.delegatedTo", before ? cluster.getDeputyUnit().getName() : null,
						active ? cluster.getDeputyUnit().getName() : null)
				.build());
		}
		return delegation;
	}

	public boolean canCreate() {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.ADMIN) || user.is(Role.PROVINCE_STAFF);
	}

	@Transactional
	public EmulationCluster create(ClusterForm form) {
		if (!canCreate()) {
			throw new AccessDeniedException("Not allowed");
		}
		CurrentUser user = CurrentUser.get();
		long organizerId = form.organizerId() != null ? form.organizerId() : requireUnit(user);
		Unit organizer = this.units.get(organizerId);
		if (!canEdit(organizer)) {
			throw new AccessDeniedException("Not allowed");
		}
		EmulationCluster cluster = new EmulationCluster(organizer, form.year(), form.name(), form.note());
		checkNameFree(cluster, form.name());
		applyMembership(cluster, form);
		this.clusters.saveAndFlush(cluster);
		this.events.publishEvent(AuditRecord.of("CLUSTER_CREATED", "CLUSTER", cluster.getId(), label(cluster))
			.change("cluster.field.name", null, cluster.getName())
			.change("cluster.field.year", null, cluster.getYear())
			.change("cluster.field.organizer", null, organizer.getName())
			.change("cluster.field.members", null, names(cluster))
			.change("cluster.field.head", null, cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getName())
			.change("cluster.field.deputy", null,
					cluster.getDeputyUnit() == null ? null : cluster.getDeputyUnit().getName())
			.build());
		return cluster;
	}

	@Transactional
	public EmulationCluster update(long id, ClusterForm form) {
		EmulationCluster cluster = get(id);
		if (!canEdit(cluster)) {
			throw new AccessDeniedException("Not allowed");
		}
		if (form.version() != null && form.version() != cluster.getVersion()) {
			throw new OptimisticLockingFailureException("Cluster " + id + " changed");
		}
		List<Unit> before = cluster.getMembers().stream().map(ClusterMember::getUnit).toList();
		String headBefore = cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getName();
		String deputyBefore = cluster.getDeputyUnit() == null ? null : cluster.getDeputyUnit().getName();
		String nameBefore = cluster.getName();
		String noteBefore = cluster.getNote();
		if (!cluster.getName().equals(form.name().trim())) {
			checkNameFree(cluster, form.name());
		}
		cluster.rename(form.name(), form.note());
		applyMembership(cluster, form);
		this.clusters.flush();
		var audit = AuditRecord.of("CLUSTER_UPDATED", "CLUSTER", cluster.getId(), label(cluster))
			.change("cluster.field.name", nameBefore, cluster.getName())
			.change("cluster.field.note", noteBefore, cluster.getNote())
			.change("cluster.field.membersAdded", null, names(difference(current(cluster), before)))
			.change("cluster.field.membersRemoved", null, names(difference(before, current(cluster))))
			.change("cluster.field.head", headBefore,
					cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getName())
			.change("cluster.field.deputy", deputyBefore,
					cluster.getDeputyUnit() == null ? null : cluster.getDeputyUnit().getName());
		if (audit.hasChanges()) {
			this.events.publishEvent(audit.build());
		}
		return cluster;
	}

	/**
	 * Copies every cluster the user's unit organised in one year to the next, with the
	 * members still active on 1 January of the target year. Head and deputy are kept when
	 * they remain members: the rotation is then adjusted by editing.
	 */
	@Transactional
	public List<EmulationCluster> copyYear(int fromYear, int toYear) {
		return copyYear(null, fromYear, toYear);
	}

	/**
	 * Copies the clusters one organiser formed in a year to a later year; without an
	 * organiser, the user's own unit is the organiser.
	 */
	@Transactional
	public List<EmulationCluster> copyYear(Long organizer, int fromYear, int toYear) {
		if (!canCreate()) {
			throw new AccessDeniedException("Not allowed");
		}
		if (toYear <= fromYear || toYear > 2100) {
			throw new BusinessRuleException("toYear", "cluster.error.copyTargetYear");
		}
		long organizerId = organizer != null ? organizer : organizerFor(CurrentUser.get());
		if (!canEdit(this.units.get(organizerId))) {
			throw new AccessDeniedException("Not allowed");
		}
		if (this.clusters.existsByOrganizerIdAndYear(organizerId, toYear)) {
			throw new BusinessRuleException("toYear", "cluster.error.copyTargetExists", toYear);
		}
		List<EmulationCluster> sources = this.clusters.findWithMembers(organizerId, fromYear);
		if (sources.isEmpty()) {
			throw new BusinessRuleException("fromYear", "cluster.error.copyNothing", fromYear);
		}
		LocalDate firstDay = LocalDate.of(toYear, 1, 1);
		List<EmulationCluster> copies = new ArrayList<>();
		for (EmulationCluster source : sources) {
			EmulationCluster copy = new EmulationCluster(source.getOrganizer(), toYear, source.getName(),
					source.getNote());
			List<Unit> members = source.getMembers()
				.stream()
				.map(ClusterMember::getUnit)
				.filter(u -> u.getValidTo() == null || !u.getValidTo().isBefore(firstDay))
				.toList();
			copy.setMembers(members);
			copy.setLeadership(keepIfMember(copy, source.getHeadUnit()), keepIfMember(copy, source.getDeputyUnit()));
			copies.add(copy);
		}
		this.clusters.saveAll(copies);
		this.clusters.flush();
		for (EmulationCluster copy : copies) {
			this.events.publishEvent(AuditRecord.of("CLUSTER_COPIED", "CLUSTER", copy.getId(), label(copy))
				.change("cluster.field.year", fromYear, toYear)
				.build());
		}
		return copies;
	}

	/**
	 * The organising unit for staff: their own unit; administrators organise at the root.
	 */
	private long organizerFor(CurrentUser user) {
		if (user.unitId() != null) {
			return user.unitId();
		}
		throw new BusinessRuleException("organizerId", "cluster.error.noOrganizer");
	}

	private static long requireUnit(CurrentUser user) {
		if (user.unitId() == null) {
			throw new BusinessRuleException("organizerId", "cluster.error.noOrganizer");
		}
		return user.unitId();
	}

	private static Unit keepIfMember(EmulationCluster cluster, Unit unit) {
		return unit != null && cluster.hasMember(unit.getId()) ? unit : null;
	}

	private void applyMembership(EmulationCluster cluster, ClusterForm form) {
		List<Long> ids = form.memberIds().stream().filter(Objects::nonNull).distinct().toList();
		List<Unit> members = new ArrayList<>();
		Unit organizer = cluster.getOrganizer();
		for (Long unitId : ids) {
			Unit unit = this.units.findVisible(unitId, Scope.subtree(organizer.getId(), organizer.getPath()))
				.filter(u -> !u.getId().equals(organizer.getId()))
				.orElseThrow(() -> new BusinessRuleException("memberIds", "cluster.error.memberOutsideOrganizer"));
			// a unit that was closed before the year (or opens after it) cannot join;
			// one that is already a member stays, so history is not rewritten
			if (!activeIn(unit, cluster.getYear()) && (cluster.getId() == null || !cluster.hasMember(unitId))) {
				throw new BusinessRuleException("memberIds", "cluster.error.memberInactive", unit.getName(),
						cluster.getYear());
			}
			members.add(unit);
		}
		if (!ids.isEmpty()) {
			var conflicts = this.clusters.findConflicts(organizer.getId(), cluster.getYear(), ids)
				.stream()
				.filter(m -> cluster.getId() == null || !m.getCluster().getId().equals(cluster.getId()))
				.toList();
			if (!conflicts.isEmpty()) {
				ClusterMember first = conflicts.get(0);
				throw new BusinessRuleException("memberIds", "cluster.error.alreadyInCluster",
						first.getUnit().getName(), first.getCluster().getName(), cluster.getYear());
			}
		}
		if (form.headUnitId() != null && !ids.contains(form.headUnitId())) {
			throw new BusinessRuleException("headUnitId", "cluster.error.headNotMember");
		}
		if (form.deputyUnitId() != null && !ids.contains(form.deputyUnitId())) {
			throw new BusinessRuleException("deputyUnitId", "cluster.error.deputyNotMember");
		}
		cluster.setMembers(members);
		Unit head = members.stream().filter(u -> u.getId().equals(form.headUnitId())).findFirst().orElse(null);
		Unit deputy = members.stream().filter(u -> u.getId().equals(form.deputyUnitId())).findFirst().orElse(null);
		cluster.setLeadership(head, deputy);
	}

	private boolean canEdit(Unit organizer) {
		CurrentUser user = CurrentUser.get();
		return user.is(Role.ADMIN)
				|| (user.is(Role.PROVINCE_STAFF) && user.scope().includes(organizer.getId(), organizer.getPath()));
	}

	/** Whether the unit is valid at some time of the year. */
	static boolean activeIn(Unit unit, int year) {
		return !unit.getValidFrom().isAfter(LocalDate.of(year, 12, 31))
				&& (unit.getValidTo() == null || !unit.getValidTo().isBefore(LocalDate.of(year, 1, 1)));
	}

	private void checkNameFree(EmulationCluster cluster, String name) {
		boolean taken = this.clusters.nameTaken(cluster.getOrganizer().getId(), cluster.getYear(), name.trim(),
				cluster.getId());
		if (taken) {
			throw new BusinessRuleException("name", "cluster.error.nameTaken", name.trim(), cluster.getYear());
		}
	}

	private static String label(EmulationCluster cluster) {
		return cluster.getName() + " (" + cluster.getYear() + ")";
	}

	private static List<Unit> current(EmulationCluster cluster) {
		return cluster.getMembers().stream().map(ClusterMember::getUnit).toList();
	}

	private static List<Unit> difference(List<Unit> from, List<Unit> minus) {
		return from.stream().filter(u -> minus.stream().noneMatch(m -> m.getId().equals(u.getId()))).toList();
	}

	/** Unit names in Vietnamese order, or {@code null} for none (no change recorded). */
	private static String names(List<Unit> list) {
		return list.isEmpty() ? null
				: list.stream().map(Unit::getName).sorted(VietnameseText.order()).collect(Collectors.joining(", "));
	}

	private static String names(EmulationCluster cluster) {
		return cluster.getMembers()
			.stream()
			.map(m -> m.getUnit().getName())
			.sorted(VietnameseText.order())
			.collect(Collectors.joining(", "));
	}

}
