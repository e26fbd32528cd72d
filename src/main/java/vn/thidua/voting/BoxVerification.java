package vn.thidua.voting;

/**
 * The result of recomputing a session's ballot chain from the published rows.
 *
 * @param expected the ballot count recorded at the tally
 * @param found the rows found
 * @param recordedHash the final hash recorded at the tally (and printed in the minutes)
 * @param computedHash the final hash recomputed now
 * @param problem the first ballot found changed, added or removed; {@code null} when the
 * box is intact
 */
public record BoxVerification(int expected, int found, String recordedHash, String computedHash, Problem problem) {

	public boolean intact() {
		return this.problem == null;
	}

	/** What was done to the box. */
	public enum Kind {

		CHANGED, ADDED, REMOVED

	}

	/**
	 * @param kind changed, added or removed
	 * @param position the position in the chain where it was found
	 * @param receipt the receipt code of that ballot, when the row is there
	 */
	public record Problem(Kind kind, int position, String receipt) {

		/** The message key saying so: {@code voting.verify.CHANGED} and so on. */
		public String messageKey() {
			return "voting.verify." + this.kind.name();
		}

	}

}
