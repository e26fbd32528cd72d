package vn.thidua.award.title;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The facts the title rules read. Plain records, no persistence: the service fills them
 * from the database, the tests by hand.
 */
public final class TitleFacts {

	private TitleFacts() {
	}

	/** An initiative, research project or combat ingenuity recognised in a year. */
	public record Recognition(int year, RecognitionKind kind, RecognitionLevel level, String decisionNumber) {

	}

	/**
	 * A disciplinary measure in force from {@code from} to {@code to} (open: still in
	 * force).
	 */
	public record Discipline(DisciplineLevel level, LocalDate from, LocalDate to) {

		/** Whether it was in force at some time during the year. */
		public boolean inForceDuring(int year) {
			return !this.from.isAfter(LocalDate.of(year, 12, 31))
					&& (this.to == null || !this.to.isBefore(LocalDate.of(year, 1, 1)));
		}

	}

	/**
	 * A title granted in an earlier year, with the unit the officer (or the unit itself)
	 * belonged to at the time, which may since have been dissolved.
	 */
	public record PastTitle(int year, Title title, AwardKind kind, Long unitId, String unitName) {

	}

	/**
	 * One officer in the year under review and the earlier years.
	 *
	 * @param classification this year's task classification, {@code null} while not
	 * entered
	 * @param pastClassifications earlier years' classifications by year
	 * @param recognitions recognitions of this and earlier years
	 * @param disciplines disciplinary measures, any year
	 * @param underInvestigation an investigation or review is open
	 * @param pastTitles titles of earlier years, in any unit
	 */
	public record Officer(long officerId, String name, int year, TaskClass classification,
			Map<Integer, TaskClass> pastClassifications, List<Recognition> recognitions, List<Discipline> disciplines,
			boolean underInvestigation, List<PastTitle> pastTitles) {

		public Officer {
			pastClassifications = Map.copyOf(pastClassifications);
			recognitions = List.copyOf(recognitions);
			disciplines = List.copyOf(disciplines);
			pastTitles = List.copyOf(pastTitles);
		}

	}

	/**
	 * A member of a unit as the collective rules count it: this year's classification and
	 * the title finally on the list (proposed, or adjusted by the unit), {@code null}
	 * when none or deferred.
	 */
	public record Member(long officerId, TaskClass classification, Title title, DisciplineLevel worstDiscipline) {

	}

	/**
	 * A unit in the year under review.
	 *
	 * @param classification the unit's own classification, {@code null} while not entered
	 * @param members the officers of the unit in the year
	 * @param united the unit is united (đoàn kết), no internal conflict reported
	 * @param unitDisciplined the unit itself was disciplined in the year
	 * @param pastClassifications the unit's earlier classifications by year
	 * @param pastTitles the unit's earlier collective titles
	 */
	public record Unit(long unitId, int year, TaskClass classification, List<Member> members, boolean united,
			boolean unitDisciplined, Map<Integer, TaskClass> pastClassifications, List<PastTitle> pastTitles) {

		public Unit {
			members = List.copyOf(members);
			pastClassifications = Map.copyOf(pastClassifications);
			pastTitles = List.copyOf(pastTitles);
		}

	}

}
