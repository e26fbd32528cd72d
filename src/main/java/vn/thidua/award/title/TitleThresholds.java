package vn.thidua.award.title;

/**
 * The figures of the title rules, as data (DOMAIN §8, Law on Emulation and Commendation
 * 2022). Percentages are whole numbers and compared in integers:
 * {@code 100 × count ≥ percent × headcount}.
 *
 * @param collectiveCsttPercent share of a unit's members who must be CSTT for ĐVTT and
 * ĐVQT (70)
 * @param dvqtCompletedPercent share of members who must have completed their tasks for
 * ĐVQT (100)
 * @param dvqtMinCstdcs members who must be CSTĐCS for ĐVQT (1)
 * @param cstdBoConsecutiveCstdcs consecutive CSTĐCS years for CSTĐ cấp Bộ (3)
 * @param cstdToanQuocConsecutiveCstdBo consecutive CSTĐ cấp Bộ for CSTĐ toàn quốc (2)
 * @param bangKhenConsecutiveCstdcs consecutive CSTĐCS years for a minister's Bằng khen
 * (2)
 * @param bangKhenExcellentYears consecutive excellent years, the other way to it (2)
 * @param bangKhenInitiatives initiatives in those years, with the excellent years (2)
 * @param collectiveBangKhenYears consecutive excellent or ĐVQT years of a unit for a
 * minister's Bằng khen (2)
 * @param collectiveBarringDiscipline a member disciplined at this level or above bars
 * ĐVTT and ĐVQT (cảnh cáo)
 */
public record TitleThresholds(int collectiveCsttPercent, int dvqtCompletedPercent, int dvqtMinCstdcs,
		int cstdBoConsecutiveCstdcs, int cstdToanQuocConsecutiveCstdBo, int bangKhenConsecutiveCstdcs,
		int bangKhenExcellentYears, int bangKhenInitiatives, int collectiveBangKhenYears,
		DisciplineLevel collectiveBarringDiscipline) {

	public static TitleThresholds defaults() {
		return new TitleThresholds(70, 100, 1, 3, 2, 2, 2, 2, 2, DisciplineLevel.WARNING);
	}

	/** Whether {@code count} of {@code total} reaches {@code percent}, exactly. */
	public static boolean reaches(int count, int total, int percent) {
		return total > 0 && 100L * count >= (long) percent * total;
	}

}
