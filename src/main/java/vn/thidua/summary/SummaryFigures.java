package vn.thidua.summary;

import java.util.List;

/**
 * The figures of a year-end summary (ADR 0018): sections of figures, each beside the
 * {@value #PREVIOUS_YEARS} previous years, and the tables of the year itself.
 *
 * @param scope whose summary
 * @param years the years compared, the year summarised first
 * @param sections the figures compared with the previous years
 * @param clusters the clusters of the year with their leading units
 * @param indicators the results of the year by indicator
 * @param clusterResults the results of the year by cluster
 * @param votes the outcome of the year's votes by title or award
 * @param organisers above the province, the year's figures by organiser (the ministry
 * itself first, then each province); empty otherwise
 */
public record SummaryFigures(SummaryScope scope, List<Integer> years, List<Section> sections,
		List<ClusterLine> clusters, List<IndicatorLine> indicators, List<ClusterResultLine> clusterResults,
		List<VoteLine> votes, List<OrganiserLine> organisers) {

	public SummaryFigures {
		organisers = organisers == null ? List.of() : List.copyOf(organisers);
	}

	/** The previous years each figure is compared with. */
	public static final int PREVIOUS_YEARS = 3;

	/** One figure of a section, by name. */
	public Figure figure(String section, String key) {
		return this.sections.stream()
			.filter(s -> s.key().equals(section))
			.flatMap(s -> s.figures().stream())
			.filter(f -> f.key().equals(key))
			.findFirst()
			.orElse(null);
	}

	/**
	 * A section: campaigns, clusters, covenants, results, votes, titles, forms, deeds,
	 * cash.
	 */
	public record Section(String key, List<Figure> figures) {

		public boolean isEmpty() {
			return this.figures.stream().allMatch(Figure::isZero);
		}

	}

	/**
	 * One figure in each year compared, with the link to the records behind it.
	 *
	 * @param key the figure ({@code summary.figure.<key>}), or the code of a catalogue
	 * item
	 * @param nameVi the catalogue item's name when the figure is one item's, else
	 * {@code null}
	 * @param nameEn the same in English
	 * @param values the figure of each year, the year summarised first
	 * @param links the list of the records behind each value ({@code null}: none)
	 */
	public record Figure(String key, String nameVi, String nameEn, List<Long> values, List<String> links) {

		public long value() {
			return this.values.get(0);
		}

		/**
		 * The figure's name in the language of {@code locale}: the catalogue item's, or
		 * the message {@code summary.figure.<key>}.
		 */
		public String label(org.springframework.context.MessageSource messages, java.util.Locale locale) {
			if (this.nameVi != null) {
				return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
			}
			return messages.getMessage("summary.figure." + this.key, null, locale);
		}

		/** The change against the year before. */
		public long change() {
			return this.values.get(0) - this.values.get(1);
		}

		/** The change in % of the year before, {@code null} when that year had none. */
		public java.math.BigDecimal changePercent() {
			long before = this.values.get(1);
			if (before == 0) {
				return null;
			}
			return java.math.BigDecimal.valueOf(change() * 100)
				.divide(java.math.BigDecimal.valueOf(before), 1, java.math.RoundingMode.HALF_UP);
		}

		public boolean isZero() {
			return this.values.stream().allMatch(v -> v == 0);
		}

		/** The sum over the years compared ("in the 4 years ..."). */
		public long total() {
			return this.values.stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * A cluster of the year: its head and deputy units, members, covenants in force, and
	 * the units leading it in the ranking of the year's regular campaigns.
	 */
	public record ClusterLine(long id, String name, String headUnit, String deputyUnit, long members,
			long covenantsInForce, long sessions, String leaders, String rankingLink) {

	}

	/** An indicator of the year: its reported outcomes met and not met. */
	public record IndicatorLine(long indicatorId, String campaign, String code, String name, long met, long notMet) {

		public long total() {
			return this.met + this.notMet;
		}

	}

	/** A cluster's reported outcomes met and not met in the year. */
	public record ClusterResultLine(Long clusterId, String name, long units, long met, long notMet) {

		public long total() {
			return this.met + this.notMet;
		}

	}

	/**
	 * One organiser's figures of the year, in a summary rolled up above the province: the
	 * campaigns it launched, its clusters and their members, covenants in force, review
	 * sessions held, and the titles, other forms of commendation and cash given in its
	 * units.
	 *
	 * @param own whether it is the organiser of the summary itself (what it organised
	 * directly and its units outside any province)
	 */
	public record OrganiserLine(long id, String name, boolean own, long campaigns, long clusters, long members,
			long covenantsInForce, long sessions, long titles, long forms, long cash) {

		/**
		 * The figures of a line in the order every table by organiser shows them (page,
		 * printed annex, DOCX, XLSX), each by the last part of its message key
		 * ({@code summary.organisers.*}).
		 */
		public static final List<String> COLUMNS = List.of("campaigns", "clusters", "members", "covenants", "sessions",
				"titles", "forms", "cash");

		/** The line's figures in the order of {@link #COLUMNS}. */
		public List<Long> values() {
			return List.of(this.campaigns, this.clusters, this.members, this.covenantsInForce, this.sessions,
					this.titles, this.forms, this.cash);
		}

	}

	/** The columns of the table by organiser, for the templates. */
	public List<String> organiserColumns() {
		return OrganiserLine.COLUMNS;
	}

	/** The total row of the table by organiser: each column added up. */
	public List<Long> organiserTotals() {
		long[] sums = new long[OrganiserLine.COLUMNS.size()];
		for (OrganiserLine line : this.organisers) {
			List<Long> values = line.values();
			for (int i = 0; i < sums.length; i++) {
				sums[i] += values.get(i);
			}
		}
		return java.util.Arrays.stream(sums).boxed().toList();
	}

	/**
	 * The votes of the year on one title or award: questions put, questions decided and
	 * candidates who passed.
	 */
	public record VoteLine(String award, long questions, long decided, long passed) {

	}

}
