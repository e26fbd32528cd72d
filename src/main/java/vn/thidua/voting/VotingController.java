package vn.thidua.voting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.organization.ClusterService;
import vn.thidua.organization.EmulationCluster;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Pages of the review sessions (phiên bình xét): the list of a year, a session's page
 * (questions, candidates, electorate and turnout, the chair's actions by state, the
 * results, the published ballot box and its verification, a receipt check) and the
 * voter's ballot (fill in, review, cast once, receipt).
 * <p>
 * The chair's actions are buttons and small forms whose refusals come back as a message
 * on the session page; every rule is the services'.
 */
@Controller
@RequestMapping("/voting")
@RequiredArgsConstructor
class VotingController {

	private static final String PARAM_PREFIX = "c";

	private static final int MAX_COUNCIL_TEXT = 20_000;

	/** A threshold as typed: a percentage with at most two decimals, "80" or "66,67". */
	private static final java.util.regex.Pattern THRESHOLD = java.util.regex.Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");

	private final VotingService sessions;

	private final BallotBox box;

	private final MinutesService minutes;

	private final ClusterService clusters;

	private final java.time.Clock clock;

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : java.time.LocalDate.now(this.clock).getYear();
		listModel(shown, model);
		return "voting/list";
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) Long clusterId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String title, @RequestParam(required = false) ElectorateKind kind,
			RedirectAttributes redirect) {
		int shown = year != null ? year : java.time.LocalDate.now(this.clock).getYear();
		if (managedClusters(shown).isEmpty()) {
			// refused before reading the form, so that other roles learn nothing from it
			throw new AccessDeniedException("Not allowed");
		}
		if (clusterId == null) {
			FlashMessages.error(redirect, "voting.error.clusterRequired");
			return "redirect:/voting?year=" + shown;
		}
		return Submissions.flashRefusalOr(redirect, () -> {
			VotingSession session = this.sessions.create(clusterId, shown, null, title,
					kind != null ? kind : ElectorateKind.UNITS);
			FlashMessages.success(redirect, "voting.created", session.getTitle());
			return "redirect:/voting/" + session.getId();
		}, "redirect:/voting?year=" + shown);
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		SessionView view = this.sessions.view(id);
		VotingSession session = view.session();
		model.addAttribute("view", view);
		model.addAttribute("votingSession", session);
		model.addAttribute("cluster", view.cluster());
		model.addAttribute("turnout", this.sessions.turnout(id));
		model.addAttribute("awards", Award.values());
		model.addAttribute("campaignName", this.sessions.campaignName(session));
		if (view.mayManage() && session.getState() == SessionState.DRAFT) {
			model.addAttribute("members", this.clusters.members(session.getClusterId()));
			model.addAttribute("delegates", this.sessions.delegateOptions(id));
		}
		if (session.getState().isTallied()) {
			int electorate = session.getElectorateSize() == null ? 0 : session.getElectorateSize();
			Map<Long, BigDecimal> shares = new HashMap<>();
			view.questions()
				.forEach(q -> q.getCandidates()
					.stream()
					.filter(c -> c.getApprovals() != null)
					.forEach(c -> shares.put(c.getId(), QuestionTally.shareOf(c.getApprovals(), electorate))));
			model.addAttribute("shares", shares);
			model.addAttribute("proposals", this.sessions.proposals(id));
			model.addAttribute("ballots", this.box.ballots(id));
			model.addAttribute("minutesRole", this.minutes.signerRole(id));
			model.addAttribute("mayEditMinutes", this.minutes.mayEdit(id));
		}
		model.addAttribute("defaultCloses",
				LocalDateTime.ofInstant(Instant.now(this.clock), Formats.ZONE)
					.plusDays(2)
					.withHour(17)
					.withMinute(0)
					.withSecond(0)
					.withNano(0));
		return "voting/view";
	}

	// ----------------------------------------------------------------- the chair

	/** The session's name, whether a unit may vote on itself, and the quorum. */
	@PostMapping("/{id}/rules")
	String changeRules(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String selfVoteAllowed,
			@RequestParam(required = false) Integer quorumNumerator,
			@RequestParam(required = false) Integer quorumDenominator, RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> {
			if (quorumNumerator == null || quorumDenominator == null) {
				throw new BusinessRuleException("quorum", "voting.error.quorum");
			}
			this.sessions.changeRules(id, title, "true".equals(selfVoteAllowed), quorumNumerator, quorumDenominator);
		}, "voting.done.rulesChanged");
	}

	@PostMapping("/{id}/questions")
	String addQuestion(@PathVariable long id, @RequestParam(required = false) Award award,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer places,
			@RequestParam(required = false) String threshold, RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> {
			if (award == null) {
				throw new BusinessRuleException("voting.error.awardRequired");
			}
			this.sessions.addQuestion(id, award, text, places, threshold(threshold, true));
		}, "voting.done.questionAdded");
	}

	/** The places and threshold of a question, before opening. */
	@PostMapping("/{id}/questions/{questionId}/change")
	String changeQuestion(@PathVariable long id, @PathVariable long questionId,
			@RequestParam(required = false) Integer places, @RequestParam(required = false) String threshold,
			RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> {
			if (places == null) {
				throw new BusinessRuleException("places", "voting.error.places");
			}
			this.sessions.changeQuestion(id, questionId, places, threshold(threshold, false));
		}, "voting.done.questionChanged");
	}

	/** Names the account that votes for a member unit instead of its commander. */
	@PostMapping("/{id}/electors/{unitId}/delegate")
	String delegate(@PathVariable long id, @PathVariable long unitId, @RequestParam(required = false) String username,
			RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> this.sessions.nameDelegate(id, unitId, username), "voting.done.delegateNamed");
	}

	/** The members of a council electorate, one account per line. */
	@PostMapping("/{id}/council")
	String council(@PathVariable long id, @RequestParam(required = false) String usernames,
			RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> {
			if (usernames == null || usernames.length() > MAX_COUNCIL_TEXT) {
				throw new BusinessRuleException("usernames", "voting.error.councilTooLarge", VotingService.MAX_COUNCIL);
			}
			this.sessions.setCouncil(id, List.of(usernames.split("[\\s,;]+")));
		}, "voting.done.councilSet");
	}

	@PostMapping("/{id}/questions/{questionId}/suggest")
	String suggest(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.sessions.suggestCandidates(id, questionId),
				"voting.done.candidatesSuggested");
	}

	@PostMapping("/{id}/questions/{questionId}/candidates")
	String addCandidate(@PathVariable long id, @PathVariable long questionId,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.sessions.addCandidate(id, questionId, unitId, null, null, reason),
				"voting.done.candidateAdded");
	}

	@PostMapping("/{id}/questions/{questionId}/candidates/{candidateId}/remove")
	String removeCandidate(@PathVariable long id, @PathVariable long questionId, @PathVariable long candidateId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.sessions.removeCandidate(id, questionId, candidateId, reason),
				"voting.done.candidateRemoved");
	}

	@PostMapping("/{id}/open")
	String open(@PathVariable long id, @RequestParam(required = false) String closesAt, RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> this.sessions.open(id, instant(closesAt)), "voting.done.opened");
	}

	@PostMapping("/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(required = false) String closesAt,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		return act(id, redirect, () -> this.sessions.extend(id, instant(closesAt), reason), "voting.done.extended");
	}

	/** Closes the vote (when still open) and counts it, in one step for the chair. */
	@PostMapping("/{id}/tally")
	String tally(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			VotingSession session = this.sessions.get(id);
			if (session.getState() == SessionState.OPEN && Instant.now(this.clock).isBefore(session.getClosesAt())) {
				this.sessions.close(id);
			}
			this.box.tally(id);
		}, "voting.done.tallied");
	}

	@PostMapping("/{id}/questions/{questionId}/decide")
	String decide(@PathVariable long id, @PathVariable long questionId,
			@RequestParam(name = "chosen", required = false) List<Long> chosen,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.sessions.decideTie(id, questionId, chosen == null ? List.of() : chosen, reason),
				"voting.done.decided");
	}

	@PostMapping("/{id}/questions/{questionId}/second-round")
	String secondRound(@PathVariable long id, @PathVariable long questionId,
			@RequestParam(required = false) String closesAt, RedirectAttributes redirect) {
		this.sessions.requireChair(id);
		Long[] second = new Long[1];
		String view = act(id, redirect,
				() -> second[0] = this.sessions.startSecondRound(id, questionId, instant(closesAt)).getId(),
				"voting.done.secondRound");
		return second[0] != null ? "redirect:/voting/" + second[0] : view;
	}

	// ----------------------------------------------------------------- anyone who sees
	// it

	/** Recomputes the published box's chain and names the first ballot found wrong. */
	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, RedirectAttributes redirect) {
		Submissions.flashRefusal(redirect, () -> {
			BoxVerification result = this.box.verify(id);
			if (result.intact()) {
				FlashMessages.success(redirect, "voting.verify.intact", result.expected());
			}
			else {
				BoxVerification.Problem problem = result.problem();
				FlashMessages.error(redirect, problem.messageKey(), problem.position(),
						problem.receipt() == null ? "" : problem.receipt());
			}
		});
		return "redirect:/voting/" + id + "#box";
	}

	@PostMapping("/{id}/receipt")
	String checkReceipt(@PathVariable long id, @RequestParam(required = false) String code,
			RedirectAttributes redirect) {
		String trimmed = code == null ? "" : code.trim();
		if (trimmed.isEmpty() || trimmed.length() > 20) {
			this.sessions.get(id);
			FlashMessages.error(redirect, "voting.receipt.invalid");
		}
		else if (this.box.receiptInBox(id, trimmed)) {
			FlashMessages.success(redirect, "voting.receipt.found", trimmed);
		}
		else {
			FlashMessages.error(redirect, "voting.receipt.notFound", trimmed);
		}
		return "redirect:/voting/" + id + "#receipt";
	}

	// ----------------------------------------------------------------- the voter

	@GetMapping("/{id}/ballot")
	String ballot(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return Submissions.flashRefusalOr(redirect, () -> {
			ballotModel(id, Map.of(), model);
			return "voting/ballot";
		}, "redirect:/voting/" + id);
	}

	/**
	 * The review step: checks the choices on the server (never more approvals than
	 * places) and shows them once more before casting; nothing is stored. With
	 * {@code edit}, the ballot comes back as filled in.
	 */
	@PostMapping("/{id}/ballot/review")
	String review(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(required = false) String edit, Model model, RedirectAttributes redirect) {
		return Submissions.flashRefusalOr(redirect, () -> {
			BallotPaper paper = ballotModel(id, params, model);
			Map<Long, Choice> choices = choices(params);
			if (edit == null) {
				String refusal = tooMany(paper, choices, model);
				if (refusal == null && !paper.alreadyVoted()) {
					model.addAttribute("reviewing", true);
				}
			}
			return "voting/ballot";
		}, "redirect:/voting/" + id);
	}

	@PostMapping("/{id}/ballot")
	String cast(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		return Submissions.flashRefusalOr(redirect, () -> {
			Receipt receipt = this.box.cast(id, choices(params));
			// the page needs only the session's id, which casting has just checked: no
			// second read of the session and its cluster for each ballot
			model.addAttribute("sessionId", id);
			model.addAttribute("receipt", receipt);
			return "voting/receipt";
		}, "redirect:/voting/" + id + "/ballot");
	}

	// ----------------------------------------------------------------- helpers

	private BallotPaper ballotModel(long id, Map<String, String> params, Model model) {
		BallotPaper paper = this.box.paper(id);
		// the session with its candidates loaded, for their scores and ranks
		SessionView view = this.sessions.view(id);
		VotingSession session = view.session();
		Map<Long, Choice> choices = choices(params);
		Map<Long, Choice> shown = new LinkedHashMap<>();
		paper.questions()
			.forEach(q -> q.candidates()
				.forEach(c -> shown.put(c.candidateId(), choices.getOrDefault(c.candidateId(), Choice.ABSTAIN))));
		Map<Long, VotingCandidate> details = new HashMap<>();
		view.questions().forEach(q -> q.getCandidates().forEach(c -> details.put(c.getId(), c)));
		model.addAttribute("votingSession", session);
		model.addAttribute("paper", paper);
		model.addAttribute("choices", shown);
		model.addAttribute("details", details);
		model.addAttribute("choiceValues", Choice.values());
		model.addAttribute("open", session.acceptsBallots(Instant.now(this.clock)));
		return paper;
	}

	/** The refusal of a ballot with more approvals than places, on the page. */
	private static String tooMany(BallotPaper paper, Map<Long, Choice> choices, Model model) {
		List<Object[]> refusals = new ArrayList<>();
		for (BallotPaper.Question question : paper.questions()) {
			long approvals = question.candidates()
				.stream()
				.filter(c -> choices.get(c.candidateId()) == Choice.APPROVE)
				.count();
			if (approvals > question.places()) {
				refusals.add(new Object[] { question.text(), question.places(), question.questionId() });
			}
		}
		model.addAttribute("refusals", refusals);
		return refusals.isEmpty() ? null : "voting.error.tooManyApprovals";
	}

	/**
	 * The choices of a submitted ballot:
	 * {@code c<candidate id>=APPROVE|DISAPPROVE|ABSTAIN}.
	 */
	private static Map<Long, Choice> choices(Map<String, String> params) {
		Map<Long, Choice> choices = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : params.entrySet()) {
			String key = entry.getKey();
			if (key.length() > PARAM_PREFIX.length() && key.length() < 20 && key.startsWith(PARAM_PREFIX)) {
				try {
					choices.put(Long.parseLong(key.substring(PARAM_PREFIX.length())), Choice.valueOf(entry.getValue()));
				}
				catch (IllegalArgumentException ex) {
					throw new BusinessRuleException("voting.error.unknownCandidate");
				}
			}
		}
		return choices;
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
		if (Submissions.flashRefusal(redirect, action)) {
			FlashMessages.success(redirect, done);
		}
		return "redirect:/voting/" + id;
	}

	/**
	 * A threshold typed in the form, checked before it becomes a number; blank means the
	 * award's rule when {@code blankAllowed}.
	 */
	private static BigDecimal threshold(String value, boolean blankAllowed) {
		if (value == null || value.isBlank()) {
			if (blankAllowed) {
				return null;
			}
			throw new BusinessRuleException("threshold", "voting.error.threshold");
		}
		String trimmed = value.trim();
		if (trimmed.length() > 6 || !THRESHOLD.matcher(trimmed).matches()) {
			throw new BusinessRuleException("threshold", "voting.error.threshold");
		}
		return new BigDecimal(trimmed.replace(',', '.'));
	}

	/** A closing time typed in the form ({@code 2026-12-10T17:00}), Vietnam time. */
	private static Instant instant(String value) {
		if (value == null || value.isBlank() || value.length() > 30) {
			throw new BusinessRuleException("closesAt", "voting.error.closesInPast");
		}
		try {
			return LocalDateTime.parse(value.trim()).atZone(Formats.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException("closesAt", "voting.error.closesInPast");
		}
	}

	private List<EmulationCluster> managedClusters(int year) {
		return this.clusters.listYear(year).stream().filter(this.sessions::canManage).toList();
	}

	private void listModel(int year, Model model) {
		List<VotingSession> list = this.sessions.list(year);
		List<EmulationCluster> visible = this.clusters.listYear(year);
		Map<Long, String> names = new HashMap<>();
		visible.forEach(c -> names.put(c.getId(), c.getName()));
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(this.clusters.years());
		years.add(year);
		years.add(java.time.LocalDate.now(this.clock).getYear());
		model.addAttribute("year", year);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("sessions", list);
		model.addAttribute("clusterNames", names);
		model.addAttribute("managed", visible.stream().filter(this.sessions::canManage).toList());
		model.addAttribute("kinds", ElectorateKind.values());
	}

}
