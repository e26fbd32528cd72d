package vn.thidua.result;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the entry page ({@code result/edit}), shared by the entry, evidence and
 * Excel actions that show it again with what was typed.
 */
@Component
@RequiredArgsConstructor
public class EntryPage {

	private final EvidenceService evidence;

	private final ReportQueries queries;

	/** Fills the model (the form itself is the caller's) and names the view. */
	public String render(ResultReport report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("evidence", this.evidence.evidence(report));
		model.addAttribute("rules", this.evidence.evidenceRules());
		model.addAttribute("maxMegabytes", this.evidence.maxMegabytes());
		model.addAttribute("cumulative", this.queries.cumulativeFigures(report));
		return "result/edit";
	}

}
