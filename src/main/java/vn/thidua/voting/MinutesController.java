package vn.thidua.voting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * The minutes of a review session: the print view (in the user's language), the PDF and
 * the editable DOCX (both Vietnamese only: they are the official document filed with the
 * award dossier), the secretary's form, and the signing page of the chair and the
 * secretary. The minutes exist once the session is tallied; before that these pages send
 * the user back to the session with a message.
 */
@Controller
@RequiredArgsConstructor
class MinutesController {

	static final String TEMPLATE = "voting/minutes";

	/** The official document is Vietnamese, whatever the language of the pages. */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Room for the number, written by the records office. */
	static final String BLANK_NUMBER = "\u00a0".repeat(8);

	private final MinutesService minutes;

	private final VotingService voting;

	private final DocumentRenderer documents;

	private final MinutesDocx docx;

	private final org.springframework.context.MessageSource messages;

	private final java.time.Clock clock;

	@GetMapping("/voting/{id}/minutes")
	String print(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale) {
		Minutes m = this.minutes.minutes(id);
		if (!m.session().getState().isTallied()) {
			FlashMessages.error(redirect, "voting.minutes.notYet");
			return "redirect:/voting/" + id;
		}
		model.addAllAttributes(model(m, locale));
		return TEMPLATE;
	}

	@GetMapping("/voting/{id}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, RedirectAttributes redirect) {
		Minutes m = this.minutes.minutes(id);
		if (!m.session().getState().isTallied()) {
			return notYet(id, redirect);
		}
		byte[] pdf = this.documents.pdf(TEMPLATE, model(m, VIETNAMESE), VIETNAMESE);
		return DocumentResponses.pdf(pdf, fileName(m, "pdf"));
	}

	@GetMapping("/voting/{id}/minutes.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, RedirectAttributes redirect) {
		Minutes m = this.minutes.minutes(id);
		if (!m.session().getState().isTallied()) {
			return notYet(id, redirect);
		}
		return DocumentResponses.docx(this.docx.write(m, heading(m), VIETNAMESE), fileName(m, "docx"));
	}

	// ----------------------------------------------------------------- the secretary

	@GetMapping("/voting/{id}/minutes/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		MinutesForm form = this.minutes.form(id);
		Minutes m = this.minutes.minutes(id);
		if (m.session().minutesFrozen()) {
			FlashMessages.error(redirect, "voting.minutes.error.frozen");
			return "redirect:/voting/" + id;
		}
		return form(m, form, model);
	}

	@PostMapping("/voting/{id}/minutes")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") MinutesForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!this.minutes.mayEdit(id)) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
		}
		return Submissions.submit(result, () -> {
			this.minutes.change(id, form);
			FlashMessages.success(redirect, "voting.minutes.saved");
			return "redirect:/voting/" + id;
		}, () -> {
			Minutes m = this.minutes.minutes(id);
			if (m.session().minutesFrozen()) {
				// the minutes were signed by both: a conflict, not a mistake in the form
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			return form(m, form, model);
		});
	}

	// ----------------------------------------------------------------- signing

	@GetMapping("/voting/{id}/minutes/sign")
	String signPage(@PathVariable long id, Model model) {
		MinutesRole role = this.minutes.signerRole(id);
		if (role == null) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
		}
		Minutes m = this.minutes.minutes(id);
		model.addAttribute("minutes", m);
		model.addAttribute("s", m.session());
		model.addAttribute("role", role);
		return "voting/minutes-sign";
	}

	@PostMapping("/voting/{id}/minutes/sign")
	String sign(@PathVariable long id, @RequestParam(required = false) String hash, RedirectAttributes redirect) {
		MinutesRole role = this.minutes.signerRole(id);
		if (role == null) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
		}
		try {
			VotingSession session = this.minutes.sign(id, hash);
			FlashMessages.success(redirect,
					session.minutesFrozen() ? "voting.minutes.signedBoth" : "voting.minutes.signed." + role);
			return "redirect:/voting/" + id;
		}
		catch (BusinessRuleException ex) {
			FlashMessages.error(redirect, ex.messageKey(), ex.arguments());
			return "voting.minutes.error.changed".equals(ex.messageKey()) ? "redirect:/voting/" + id + "/minutes/sign"
					: "redirect:/voting/" + id;
		}
	}

	// ----------------------------------------------------------------- helpers

	private String form(Minutes m, MinutesForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("minutes", m);
		model.addAttribute("s", m.session());
		model.addAttribute("secretaries", this.minutes.secretaryOptions(m.session().getId()));
		return "voting/minutes-form";
	}

	private static ResponseEntity<byte[]> notYet(long id, RedirectAttributes redirect) {
		FlashMessages.error(redirect, "voting.minutes.notYet");
		return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/voting/" + id).build();
	}

	Map<String, Object> model(Minutes m, Locale locale) {
		VotingSession s = m.session();
		Map<String, Object> model = new HashMap<>();
		model.put("minutes", m);
		model.put("s", s);
		model.put("heading", heading(m));
		model.put("signatures", signatures(s, locale));
		model.put("absentNames",
				m.absent()
					.stream()
					.map(e -> e.unitName() != null ? e.unitName() : e.username())
					.collect(Collectors.joining(", ")));
		model.put("notesLines",
				s.getMinutesNotes() == null ? List.of() : Arrays.asList(s.getMinutesNotes().split("\\R")));
		int electorate = s.getElectorateSize() == null ? 0 : s.getElectorateSize();
		model.put("quorumShare", QuestionTally.share(s.getVoterCount() == null ? 0 : s.getVoterCount(), electorate));
		return model;
	}

	/**
	 * The minutes are drawn up by the cluster, under its organiser; dated the day of the
	 * tally (the meeting), in the organiser's province.
	 */
	DocumentHeading heading(Minutes m) {
		VotingSession s = m.session();
		LocalDate date = s.getTalliedAt() != null ? LocalDate.ofInstant(s.getTalliedAt(), Formats.ZONE)
				: LocalDate.now(this.clock);
		return new DocumentHeading(m.organizerName(), m.clusterName(), BLANK_NUMBER + "/BB-BXTĐ",
				DocumentHeading.placeOf(m.organizerName()), date);
	}

	/** The secretary on the left, the chair on the right, as minutes are signed. */
	private List<Signature> signatures(VotingSession s, Locale locale) {
		return List.of(
				new Signature(null, this.messages.getMessage("MinutesRole.SECRETARY", null, locale),
						s.getMinutesSecretaryName() == null ? "" : s.getMinutesSecretaryName()),
				new Signature(null, this.messages.getMessage("MinutesRole.CHAIR", null, locale),
						s.getMinutesChairName() == null ? "" : s.getMinutesChairName()));
	}

	private static String fileName(Minutes m, String extension) {
		VotingSession s = m.session();
		return "bien-ban-binh-xet-" + s.getYear() + "-phien-" + s.getId() + "." + extension;
	}

}
