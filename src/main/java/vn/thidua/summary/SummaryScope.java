package vn.thidua.summary;

/**
 * Whose year-end summary is shown: the organiser (the province) and the year, narrowed to
 * one of its clusters or to one unit, and whether the user may write its text parts.
 * <p>
 * Above the province (a ministry-level installation holding many provinces) the summary
 * is <em>rolled up</em>: the organisers counted are every organising unit of the
 * organiser's subtree (the ministry itself and each provincial police), and the organiser
 * becomes one more dimension of the figures ({@link SummaryFigures#organisers()}). A user
 * of the ministry may narrow the summary to one of those organisers (read-only), to one
 * of their clusters, or to one unit.
 *
 * @param year the year summarised
 * @param organizerId the organising unit whose campaigns, clusters and covenants count
 * @param organizerName its name
 * @param organizerPath its materialised path (its subtree is the province's units)
 * @param clusterId the cluster the summary is narrowed to, or {@code null}
 * @param clusterName its name
 * @param unitId the unit the summary is narrowed to, or {@code null}
 * @param unitName its name
 * @param editable whether the user writes the text parts (the organiser's staff, on the
 * province's summary)
 * @param rolledUp whether every organiser of the subtree counts, not only the organiser
 * @param organizerChosen whether the organiser was chosen by a user above it (the
 * summary's links then name it)
 */
public record SummaryScope(int year, long organizerId, String organizerName, String organizerPath, Long clusterId,
		String clusterName, Long unitId, String unitName, boolean editable, boolean rolledUp, boolean organizerChosen) {

	/** The level of the summary. */
	public enum Level {

		/** The organiser's whole summary: a province's, or the ministry's rolled up. */
		PROVINCE,
		/** One cluster's. */
		CLUSTER,
		/** One unit's. */
		UNIT

	}

	public Level level() {
		return this.unitId != null ? Level.UNIT : this.clusterId != null ? Level.CLUSTER : Level.PROVINCE;
	}

	/** The first of the years compared: three before the year summarised. */
	public int firstYear() {
		return this.year - SummaryFigures.PREVIOUS_YEARS;
	}

	/** The organiser to name in the summary's links, {@code null} for the user's own. */
	public Long organizerParam() {
		return this.organizerChosen ? this.organizerId : null;
	}

	/**
	 * The units the figures count, as a SQL set of ids over the parameters
	 * {@code :prefix}, {@code :cluster} and {@code :unit}: the organiser's subtree, the
	 * cluster's members, or the one unit.
	 */
	String unitSet() {
		return switch (level()) {
			case PROVINCE -> "select s.id from subtree_unit_ids(:prefix) s";
			case CLUSTER -> "select m.unit_id from organization_cluster_member_v m where m.cluster_id = :cluster";
			case UNIT -> "select cast(:unit as bigint)";
		};
	}

	/**
	 * The organisers whose campaigns, clusters, covenants and review sessions count, as a
	 * SQL condition on an organiser id column: the organiser, or every unit of its
	 * subtree when rolled up.
	 */
	String organizers() {
		return this.rolledUp ? "in (select s.id from subtree_unit_ids(:prefix) s)" : "= :org";
	}

	java.util.Map<String, Object> parameters() {
		java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
		params.put("org", this.organizerId);
		params.put("prefix", this.organizerPath + "%");
		params.put("cluster", this.clusterId == null ? -1L : this.clusterId);
		params.put("unit", this.unitId == null ? -1L : this.unitId);
		params.put("province", level() == Level.PROVINCE);
		params.put("year", this.year);
		params.put("from", firstYear());
		return params;
	}

}
