package vn.thidua.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignState;
import vn.thidua.shared.security.CurrentUser;

/**
 * The campaign and month the ranking, the provincial overview and the bulletin open on
 * when the request names none (ADR 0015), written once for the three pages:
 * <ul>
 * <li><b>campaign</b>: the main running campaign the user sees: running today (launched,
 * today between its start and end dates) before any other; then the regular (yearly) kind
 * before peak, thematic and celebration ones; then the organiser closest to the user's
 * unit in the unit tree (the user's own unit, then its parent, …); then the latest start;
 * then the oldest created;</li>
 * <li><b>month</b>: the last month of that campaign whose report deadline (day
 * {@code thidua.results.deadline-day} of the next month) has passed, or the campaign's
 * first month when none has passed yet; a month chosen outside the campaign falls back to
 * it.</li>
 * </ul>
 * A campaign or month named in the request always wins.
 */
@Service
@RequiredArgsConstructor
public class DefaultPeriodService {

	private final CampaignService campaigns;

	private final ResultProperties properties;

	private final Clock clock;

	/** The campaigns that can be ranked (launched or ended) the user sees, as listed. */
	@Transactional(readOnly = true)
	public List<Campaign> rankable() {
		return this.campaigns.list(null, null, null).stream().filter(c -> c.getState() != CampaignState.DRAFT).toList();
	}

	/**
	 * The requested campaign (404 when the user does not see it) or, with none, the main
	 * one of {@code rankable}; {@code null} when there is none.
	 */
	@Transactional(readOnly = true)
	public Campaign campaign(List<Campaign> rankable, Long requested) {
		if (requested != null) {
			return rankable.stream()
				.filter(c -> Objects.equals(c.getId(), requested))
				.findFirst()
				.orElseGet(() -> this.campaigns.get(requested));
		}
		String unitPath = CurrentUser.find().map(CurrentUser::unitPath).orElse(null);
		return main(rankable, LocalDate.now(this.clock), unitPath).orElse(null);
	}

	/**
	 * The main campaign of {@code candidates} on {@code today} for a user whose unit has
	 * the path {@code unitPath} ({@code null} for a user without a unit).
	 */
	static Optional<Campaign> main(List<Campaign> candidates, LocalDate today, String unitPath) {
		Comparator<Campaign> order = Comparator.comparing((Campaign c) -> !running(c, today))
			.thenComparing(c -> kindOrder(c.getKind()))
			.thenComparingInt(c -> distance(unitPath, c.getOrganizer().getPath()))
			.thenComparing(Campaign::getStartDate, Comparator.reverseOrder())
			.thenComparing(Campaign::getId, Comparator.nullsLast(Comparator.naturalOrder()));
		return candidates.stream().min(order);
	}

	/** Whether a campaign is running on {@code today}: launched, within its dates. */
	static boolean running(Campaign campaign, LocalDate today) {
		return campaign.getState() == CampaignState.LAUNCHED && !today.isBefore(campaign.getStartDate())
				&& !today.isAfter(campaign.getEndDate());
	}

	/** Regular (yearly) first, then peak, thematic, celebration. */
	private static int kindOrder(CampaignKind kind) {
		return kind == null ? Integer.MAX_VALUE : kind.ordinal();
	}

	/**
	 * The number of steps between two units in the unit tree, from their materialised
	 * paths ("/1/5/12/"): up from the first to their closest common unit, then down to
	 * the second. Without a unit, the depth of the second (the root is closest).
	 */
	static int distance(String from, String to) {
		List<String> a = segments(from);
		List<String> b = segments(to);
		int common = 0;
		while (common < a.size() && common < b.size() && a.get(common).equals(b.get(common))) {
			common++;
		}
		return (a.size() - common) + (b.size() - common);
	}

	private static List<String> segments(String path) {
		List<String> parts = new ArrayList<>();
		if (path != null) {
			for (String part : path.split("/")) {
				if (!part.isEmpty()) {
					parts.add(part);
				}
			}
		}
		return parts;
	}

	// ----------------------------------------------------------------- months

	/**
	 * The months of a campaign that can be ranked: from its first month to its last or
	 * the current one, newest first.
	 */
	public List<YearMonth> monthsOf(Campaign campaign) {
		YearMonth first = YearMonth.from(campaign.getStartDate());
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = lastMonth(campaign, LocalDate.now(this.clock)); !m.isBefore(first); m = m.minusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/**
	 * The requested month when it belongs to the campaign ({@link #monthsOf}), else the
	 * default month.
	 */
	public YearMonth month(Campaign campaign, YearMonth requested) {
		if (requested != null && monthsOf(campaign).contains(requested)) {
			return requested;
		}
		return defaultMonth(campaign);
	}

	/** The default month of a campaign today. */
	public YearMonth defaultMonth(Campaign campaign) {
		return defaultMonth(campaign, LocalDate.now(this.clock));
	}

	/**
	 * The last month of the campaign whose deadline (the rule's) has passed on
	 * {@code today}, or the campaign's first month when none has.
	 */
	YearMonth defaultMonth(Campaign campaign, LocalDate today) {
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth due = lastDueMonth(today);
		YearMonth last = lastMonth(campaign, today);
		if (due.isAfter(last)) {
			return last;
		}
		return due.isBefore(first) ? first : due;
	}

	/** The last month whose deadline (the rule's) has passed on {@code today}. */
	public YearMonth lastDueMonth(LocalDate today) {
		YearMonth month = YearMonth.from(today).minusMonths(1);
		while (!today.isAfter(this.properties.deadlineOf(month.atDay(1)))) {
			month = month.minusMonths(1);
		}
		return month;
	}

	/** The campaign's last month, or the current one while it runs. */
	YearMonth lastMonth(Campaign campaign, LocalDate today) {
		YearMonth end = YearMonth.from(campaign.getEndDate());
		YearMonth now = YearMonth.from(today);
		YearMonth first = YearMonth.from(campaign.getStartDate());
		YearMonth last = end.isAfter(now) ? now : end;
		return last.isBefore(first) ? first : last;
	}

}
