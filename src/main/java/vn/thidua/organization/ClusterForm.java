package vn.thidua.organization;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creating or editing a cluster: name, year, members, head and deputy.
 */
public record ClusterForm(@NotBlank @Size(max = 255) String name, @NotNull @Min(2000) @Max(2100) Integer year,
		Long organizerId, @Size(max = 1000) String note, List<Long> memberIds, Long headUnitId, Long deputyUnitId,
		Long version) {

	public ClusterForm {
		memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
	}

	/** An empty form for a new cluster of the organiser in the year. */
	public static ClusterForm empty(int year, Long organizerId) {
		return new ClusterForm("", year, organizerId, null, null, null, null, null);
	}

	/** The form of an existing cluster, with its members as read for the page. */
	public static ClusterForm of(EmulationCluster cluster, List<ClusterMember> members) {
		return new ClusterForm(cluster.getName(), cluster.getYear(), cluster.getOrganizer().getId(), cluster.getNote(),
				members.stream().map(m -> m.getUnit().getId()).toList(),
				cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getId(),
				cluster.getDeputyUnit() == null ? null : cluster.getDeputyUnit().getId(), cluster.getVersion());
	}

	public static ClusterForm of(EmulationCluster cluster) {
		return new ClusterForm(cluster.getName(), cluster.getYear(), cluster.getOrganizer().getId(), cluster.getNote(),
				cluster.getMembers().stream().map(m -> m.getUnit().getId()).toList(),
				cluster.getHeadUnit() == null ? null : cluster.getHeadUnit().getId(),
				cluster.getDeputyUnit() == null ? null : cluster.getDeputyUnit().getId(), cluster.getVersion());
	}

}
