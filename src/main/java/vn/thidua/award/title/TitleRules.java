package vn.thidua.award.title;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.thidua.award.title.TitleFacts.Discipline;
import vn.thidua.award.title.TitleFacts.Member;
import vn.thidua.award.title.TitleFacts.Officer;
import vn.thidua.award.title.TitleFacts.PastTitle;
import vn.thidua.award.title.TitleFacts.Recognition;
import vn.thidua.award.title.TitleFacts.Unit;

/**
 * The yearly title rules of DOMAIN §8: which title an officer or a unit qualifies for,
 * with the reasons as message keys and arguments. Pure Java, no database: the service
 * gives it the facts, the tests compute them by hand (ADR 0014).
 * <p>
 * Chains of consecutive years follow the officer, not the unit: a title earned in a unit
 * since merged or dissolved counts as any other. Only regular titles count; one-off and
 * thematic ones are named in the explanation and skipped.
 */
public final class TitleRules {

	static final String PREFIX = "award.title.rule.";

	private final TitleThresholds thresholds;

	public TitleRules(TitleThresholds thresholds) {
		this.thresholds = thresholds;
	}

	public TitleRules() {
		this(TitleThresholds.defaults());
	}

	public TitleThresholds thresholds() {
		return this.thresholds;
	}

	/** The title an officer qualifies for in {@code officer.year()}. */
	public TitleProposal officer(Officer officer) {
		int year = officer.year();
		List<Reason> reasons = new ArrayList<>();
		Optional<Discipline> discipline = officer.disciplines()
			.stream()
			.filter(d -> d.inForceDuring(year))
			.max(Comparator.comparing(Discipline::level));
		if (discipline.isPresent() || officer.underInvestigation()) {
			discipline.ifPresent(d -> reasons
				.add(d.to() == null ? Reason.of(PREFIX + "deferredDisciplineOpen", d.level(), date(d.from()))
						: Reason.of(PREFIX + "deferredDiscipline", d.level(), date(d.from()), date(d.to()))));
			if (officer.underInvestigation()) {
				reasons.add(Reason.of(PREFIX + "deferredInvestigation"));
			}
			return new TitleProposal(null, PREFIX + "deferred", true, false, reasons);
		}
		TaskClass classification = officer.classification();
		if (classification == null) {
			reasons.add(Reason.of(PREFIX + "noClassification"));
			return new TitleProposal(null, PREFIX + "noClassification", false, false, reasons);
		}
		if (!classification.atLeast(TaskClass.GOOD)) {
			reasons.add(Reason.of(PREFIX + "notCstt", classification, text(year)));
			return new TitleProposal(null, PREFIX + "notCstt", false, false, reasons);
		}
		reasons.add(Reason.of(PREFIX + "cstt", classification, text(year)));
		Title title = Title.CSTT;
		String rule = PREFIX + "cstt";
		Optional<Recognition> recognised = officer.recognitions()
			.stream()
			.filter(r -> r.year() == year)
			.max(Comparator.comparing(Recognition::level));
		if (classification == TaskClass.EXCELLENT) {
			title = Title.CSTDCS;
			rule = PREFIX + "cstdcsExcellent";
			reasons.add(0, Reason.of(rule, text(year)));
		}
		else if (recognised.isPresent()) {
			Recognition r = recognised.get();
			title = Title.CSTDCS;
			rule = PREFIX + "cstdcsRecognition";
			reasons.add(0, Reason.of(rule, text(year), r.kind(), r.level(), r.decisionNumber()));
		}
		else {
			reasons.add(Reason.of(PREFIX + "notCstdcs", text(year)));
		}
		notCounted(officer.pastTitles(), year, reasons);
		boolean bangKhen = false;
		if (title == Title.CSTDCS) {
			List<PastTitle> regular = regular(officer.pastTitles());
			// CSTĐCS years in a row up to this one, back to (not including) the last
			// CSTĐ cấp Bộ: the years that earned one are not counted again.
			List<Integer> cstdcsYears = chain(regular, year, Title.CSTDCS, Title.CSTD_BO);
			Optional<Recognition> ministry = best(officer.recognitions(), cstdcsYears, RecognitionLevel.MINISTRY);
			crossUnit(regular, cstdcsYears, reasons);
			if (cstdcsYears.size() < this.thresholds.cstdBoConsecutiveCstdcs()) {
				reasons.add(Reason.of(PREFIX + "notCstdBoChain", years(cstdcsYears),
						text(this.thresholds.cstdBoConsecutiveCstdcs())));
			}
			else if (ministry.isEmpty()) {
				reasons.add(Reason.of(PREFIX + "notCstdBoInitiative", years(cstdcsYears)));
			}
			else {
				title = Title.CSTD_BO;
				rule = PREFIX + "cstdBo";
				Recognition r = ministry.get();
				reasons.add(0, Reason.of(rule, years(cstdcsYears), text(cstdcsYears.size()), r.kind(), r.level(),
						r.decisionNumber()));
				// CSTĐ cấp Bộ in a row: this one and those before it in one unbroken run
				// of CSTĐCS years, back to the last CSTĐ toàn quốc.
				List<Integer> all = chain(regular, year, Title.CSTDCS, Title.CSTD_TOAN_QUOC);
				List<Integer> boYears = new ArrayList<>();
				boYears.add(year);
				regular.stream()
					.filter(p -> p.title() == Title.CSTD_BO && all.contains(p.year()))
					.forEach(p -> boYears.add(p.year()));
				boYears.sort(null);
				Optional<Recognition> national = best(officer.recognitions(), all, RecognitionLevel.NATIONAL);
				if (boYears.size() < this.thresholds.cstdToanQuocConsecutiveCstdBo()) {
					reasons.add(Reason.of(PREFIX + "notCstdToanQuocChain", years(boYears),
							text(this.thresholds.cstdToanQuocConsecutiveCstdBo())));
				}
				else if (national.isEmpty()) {
					reasons.add(Reason.of(PREFIX + "notCstdToanQuocInitiative", years(boYears)));
				}
				else {
					title = Title.CSTD_TOAN_QUOC;
					rule = PREFIX + "cstdToanQuoc";
					Recognition n = national.get();
					reasons.add(0, Reason.of(rule, years(boYears), text(boYears.size()), n.kind(), n.level(),
							n.decisionNumber()));
				}
			}
			List<Integer> bangKhenYears = chain(regular, year, Title.CSTDCS, null);
			if (bangKhenYears.size() >= this.thresholds.bangKhenConsecutiveCstdcs()) {
				List<Integer> last = bangKhenYears
					.subList(bangKhenYears.size() - this.thresholds.bangKhenConsecutiveCstdcs(), bangKhenYears.size());
				bangKhen = true;
				reasons.add(Reason.of(PREFIX + "bangKhenCstdcs", years(last)));
			}
		}
		if (!bangKhen && classification == TaskClass.EXCELLENT) {
			List<Integer> excellent = new ArrayList<>();
			for (int y = year; y > year - this.thresholds.bangKhenExcellentYears(); y--) {
				TaskClass c = y == year ? classification : officer.pastClassifications().get(y);
				if (c != TaskClass.EXCELLENT) {
					break;
				}
				excellent.add(0, y);
			}
			long initiatives = officer.recognitions()
				.stream()
				.filter(r -> r.kind() == RecognitionKind.INITIATIVE && excellent.contains(r.year()))
				.count();
			if (excellent.size() >= this.thresholds.bangKhenExcellentYears()
					&& initiatives >= this.thresholds.bangKhenInitiatives()) {
				bangKhen = true;
				reasons.add(Reason.of(PREFIX + "bangKhenExcellent", years(excellent), text(initiatives)));
			}
		}
		return new TitleProposal(title, rule, false, bangKhen, reasons);
	}

	/**
	 * The collective title of a unit, from its own classification and the final titles
	 * and classifications of its members (so it follows the unit's adjustments).
	 */
	public TitleProposal unit(Unit unit) {
		int year = unit.year();
		List<Reason> reasons = new ArrayList<>();
		if (unit.classification() == null) {
			reasons.add(Reason.of(PREFIX + "unitNoClassification"));
			return new TitleProposal(null, PREFIX + "unitNoClassification", false, false, reasons);
		}
		int headcount = unit.members().size();
		if (headcount == 0) {
			reasons.add(Reason.of(PREFIX + "unitNoMembers"));
			return new TitleProposal(null, PREFIX + "unitNoMembers", false, false, reasons);
		}
		int cstt = (int) unit.members()
			.stream()
			.filter(m -> m.title() != null && m.title().includes(Title.CSTT))
			.count();
		int cstdcs = (int) unit.members()
			.stream()
			.filter(m -> m.title() != null && m.title().includes(Title.CSTDCS))
			.count();
		int completed = (int) unit.members()
			.stream()
			.filter(m -> m.classification() != null && m.classification().atLeast(TaskClass.COMPLETED))
			.count();
		DisciplineLevel barring = this.thresholds.collectiveBarringDiscipline();
		int disciplined = (int) unit.members()
			.stream()
			.filter(m -> m.worstDiscipline() != null && m.worstDiscipline().atLeast(barring))
			.count();
		int csttPercent = this.thresholds.collectiveCsttPercent();
		boolean csttReached = TitleThresholds.reaches(cstt, headcount, csttPercent);
		reasons.add(Reason.of(PREFIX + "unitFigures", text(headcount), text(cstt), percent(cstt, headcount),
				text(completed), percent(completed, headcount), text(cstdcs)));

		Title title = null;
		String rule;
		if (unit.unitDisciplined()) {
			rule = PREFIX + "unitDisciplined";
			reasons.add(0, Reason.of(rule, text(year)));
			return new TitleProposal(null, rule, false, false, reasons);
		}
		if (!unit.classification().atLeast(TaskClass.GOOD)) {
			rule = PREFIX + "notDvttClass";
			reasons.add(0, Reason.of(rule, unit.classification(), text(year)));
		}
		else if (!csttReached) {
			rule = PREFIX + "notDvttPercent";
			reasons.add(0, Reason.of(rule, text(cstt), text(headcount), percent(cstt, headcount), text(csttPercent)));
		}
		else if (disciplined > 0) {
			rule = PREFIX + "notDvttDiscipline";
			reasons.add(0, Reason.of(rule, text(disciplined), barring));
		}
		else {
			title = Title.DVTT;
			rule = PREFIX + "dvtt";
			reasons.add(0, Reason.of(rule, unit.classification(), text(year), text(cstt), text(headcount),
					percent(cstt, headcount), text(csttPercent), barring));
			int completedPercent = this.thresholds.dvqtCompletedPercent();
			if (unit.classification() != TaskClass.EXCELLENT) {
				reasons.add(Reason.of(PREFIX + "notDvqtClass", unit.classification()));
			}
			else if (!TitleThresholds.reaches(completed, headcount, completedPercent)) {
				reasons.add(Reason.of(PREFIX + "notDvqtCompleted", text(completed), text(headcount),
						percent(completed, headcount), text(completedPercent)));
			}
			else if (cstdcs < this.thresholds.dvqtMinCstdcs()) {
				reasons.add(Reason.of(PREFIX + "notDvqtCstdcs", text(cstdcs), text(this.thresholds.dvqtMinCstdcs())));
			}
			else if (!unit.united()) {
				reasons.add(Reason.of(PREFIX + "notDvqtUnited"));
			}
			else {
				title = Title.DVQT;
				rule = PREFIX + "dvqt";
				reasons.add(0, Reason.of(rule, text(completed), text(headcount), percent(completed, headcount),
						text(cstt), percent(cstt, headcount), text(csttPercent), text(cstdcs)));
			}
		}
		boolean bangKhen = false;
		if (unit.classification() == TaskClass.EXCELLENT) {
			List<Integer> excellent = new ArrayList<>();
			for (int y = year; y > year - this.thresholds.collectiveBangKhenYears(); y--) {
				int at = y;
				boolean good = y == year || unit.pastClassifications().get(y) == TaskClass.EXCELLENT
						|| unit.pastTitles()
							.stream()
							.anyMatch(p -> p.year() == at && p.kind().countsInChain() && p.title() == Title.DVQT);
				if (!good) {
					break;
				}
				excellent.add(0, y);
			}
			if (excellent.size() >= this.thresholds.collectiveBangKhenYears()) {
				bangKhen = true;
				reasons.add(Reason.of(PREFIX + "unitBangKhen", years(excellent)));
			}
		}
		return new TitleProposal(title, rule, false, bangKhen, reasons);
	}

	/**
	 * The years in a row, ending with {@code year} (which the caller has found to meet
	 * {@code level}), whose regular title includes {@code level}, stopping before a year
	 * whose title includes {@code stopAt}.
	 */
	private static List<Integer> chain(List<PastTitle> regular, int year, Title level, Title stopAt) {
		List<Integer> years = new ArrayList<>();
		years.add(year);
		for (int y = year - 1;; y--) {
			int at = y;
			Optional<Title> best = regular.stream()
				.filter(p -> p.year() == at)
				.map(PastTitle::title)
				.max(Comparator.naturalOrder());
			if (best.isEmpty() || !best.get().includes(level) || (stopAt != null && best.get().includes(stopAt))) {
				break;
			}
			years.add(0, y);
		}
		return years;
	}

	private static Optional<Recognition> best(List<Recognition> recognitions, List<Integer> years,
			RecognitionLevel level) {
		return recognitions.stream()
			.filter(r -> years.contains(r.year()) && r.level().atLeast(level))
			.max(Comparator.comparing(Recognition::level).thenComparing(Recognition::year));
	}

	private static List<PastTitle> regular(List<PastTitle> titles) {
		return titles.stream().filter(p -> p.kind().countsInChain() && !p.title().isCollective()).toList();
	}

	/** Names the one-off and thematic titles of recent years, which the chains skip. */
	private static void notCounted(List<PastTitle> titles, int year, List<Reason> reasons) {
		titles.stream()
			.filter(p -> !p.kind().countsInChain() && p.year() < year)
			.sorted(Comparator.comparing(PastTitle::year))
			.forEach(p -> reasons.add(Reason.of(PREFIX + "notCounted", p.title(), text(p.year()), p.kind())));
	}

	/** Names the years of a chain earned in another unit, so the list shows where. */
	private static void crossUnit(List<PastTitle> regular, List<Integer> years, List<Reason> reasons) {
		regular.stream()
			.filter(p -> years.contains(p.year()) && p.unitName() != null)
			.sorted(Comparator.comparing(PastTitle::year))
			.forEach(p -> reasons.add(Reason.of(PREFIX + "chainYear", p.title(), text(p.year()), p.unitName())));
	}

	private static String years(List<Integer> years) {
		return new TreeSet<>(years).stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** Dates as Vietnamese documents write them, in both languages. */
	private static String date(java.time.LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static String text(long value) {
		return String.valueOf(value);
	}

	/** Shown with two decimals; the decision itself is taken in integers. */
	static BigDecimal percent(int count, int total) {
		return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
	}

}
