package vn.thidua.result;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import lombok.Getter;
import lombok.Setter;

/** The entry page's form: one line per indicator of the report, in its order. */
@Getter
@Setter
public class EntryForm {

	@Valid
	private List<EntryLine> entries = new ArrayList<>();

	/** The report's version shown; {@code -1} when not known (not checked). */
	private long version = -1;

	public static EntryForm of(ResultReport report) {
		EntryForm form = new EntryForm();
		report.getValues().forEach(v -> form.entries.add(new EntryLine(v)));
		form.version = report.getVersion();
		return form;
	}

}
