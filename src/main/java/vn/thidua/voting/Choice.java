package vn.thidua.voting;

/** A voter's answer on one candidate: tán thành, không tán thành, không biểu quyết. */
public enum Choice {

	APPROVE("A"), DISAPPROVE("D"), ABSTAIN("N");

	private final String code;

	Choice(String code) {
		this.code = code;
	}

	/** The letter in the published ballot's canonical content. */
	public String code() {
		return this.code;
	}

	static Choice ofCode(String code) {
		for (Choice choice : values()) {
			if (choice.code.equals(code)) {
				return choice;
			}
		}
		throw new IllegalArgumentException(code);
	}

}
