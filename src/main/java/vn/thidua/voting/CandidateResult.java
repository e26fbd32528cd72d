package vn.thidua.voting;

/** A candidate's result: passed, not passed, or tied at the cut-off (not yet decided). */
public enum CandidateResult {

	PASSED, FAILED, TIED

}
