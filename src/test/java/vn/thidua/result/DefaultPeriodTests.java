package vn.thidua.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignState;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign and month the ranking, the overview and the bulletin open on (ADR 0015),
 * on campaigns built in memory, with the deadline on day 5 of the next month and the date
 * fixed by the clock.
 */
class DefaultPeriodTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	// the unit tree: the province /1/, its departments PA03 /1/3/ and PA04 /1/4/
	final Unit province = unit("LS", null, "/1/");

	final Unit pa03 = unit("LS-PA03", this.province, "/1/3/");

	final Unit pa04 = unit("LS-PA04", this.province, "/1/4/");

	// the province's yearly movement, running all 2026
	final Campaign movement = campaign(1, this.province, CampaignKind.REGULAR, "2026-01-01", "2026-12-31",
			CampaignState.LAUNCHED);

	// a peak campaign of the province, running October to December: listed first by name
	final Campaign peak = campaign(2, this.province, CampaignKind.PEAK, "2026-10-01", "2026-12-29",
			CampaignState.LAUNCHED);

	// last year's movement, closed
	final Campaign lastYear = campaign(3, this.province, CampaignKind.REGULAR, "2025-01-01", "2025-12-31",
			CampaignState.CLOSED);

	// PA03's own yearly campaign, running from March
	final Campaign ofPa03 = campaign(4, this.pa03, CampaignKind.REGULAR, "2026-03-01", "2026-12-31",
			CampaignState.LAUNCHED);

	// a thematic campaign of PA04, running
	final Campaign thematic = campaign(5, this.pa04, CampaignKind.THEMATIC, "2026-06-01", "2026-12-31",
			CampaignState.LAUNCHED);

	final List<Campaign> all = List.of(this.peak, this.thematic, this.lastYear, this.ofPa03, this.movement);

	@Test
	void theMainRunningCampaignIsTheYearlyOneOfTheClosestOrganiserNotTheFirstListed() {
		LocalDate today = LocalDate.of(2026, 12, 6);
		// province staff (/1/): running are peak, thematic, PA03's and the movement; of
		// the
		// regular ones the movement's organiser is their own unit (0 steps), PA03's one
		// step
		assertThat(DefaultPeriodService.main(this.all, today, "/1/")).contains(this.movement);
		// an officer of PA03 (/1/3/): its own unit's campaign (0 steps) before the
		// province's (1 step up)
		assertThat(DefaultPeriodService.main(this.all, today, "/1/3/")).contains(this.ofPa03);
		// an officer of PA04 (/1/4/): the province is 1 step up, PA03 2 steps (up, down);
		// PA04's own thematic campaign comes after every regular one
		assertThat(DefaultPeriodService.main(this.all, today, "/1/4/")).contains(this.movement);
		// an administrator without a unit: the root organiser is the closest
		assertThat(DefaultPeriodService.main(this.all, today, null)).contains(this.movement);
		// no regular campaign: the peak one (peak before thematic)
		assertThat(DefaultPeriodService.main(List.of(this.thematic, this.peak), today, "/1/4/")).contains(this.peak);
		assertThat(DefaultPeriodService.main(List.of(), today, "/1/")).isEmpty();
	}

	@Test
	void runningTodayComesFirstAndThenTheLatestStart() {
		// 10/02/2025, while last year's movement was still launched: it is the only one
		// running (the 2026 ones have not started), though it starts earlier
		Campaign lastYearRunning = campaign(8, this.province, CampaignKind.REGULAR, "2025-01-01", "2025-12-31",
				CampaignState.LAUNCHED);
		assertThat(DefaultPeriodService.main(List.of(this.movement, this.peak, lastYearRunning),
				LocalDate.of(2025, 2, 10), "/1/"))
			.contains(lastYearRunning);
		// 10/02/2027: nothing runs; regular, closest organiser, then the latest start:
		// the 2026 movement (started 01/01/2026) before last year's (01/01/2025)
		assertThat(DefaultPeriodService.main(this.all, LocalDate.of(2027, 2, 10), "/1/")).contains(this.movement);
		// two regular campaigns of the same organiser both running: the later start
		Campaign spring = campaign(6, this.province, CampaignKind.REGULAR, "2026-04-01", "2026-12-31",
				CampaignState.LAUNCHED);
		assertThat(DefaultPeriodService.main(List.of(this.movement, spring), LocalDate.of(2026, 12, 6), "/1/"))
			.contains(spring);
		// a closed campaign whose dates still cover today does not run
		Campaign closedEarly = campaign(7, this.province, CampaignKind.REGULAR, "2026-05-01", "2026-12-31",
				CampaignState.CLOSED);
		assertThat(DefaultPeriodService.main(List.of(closedEarly, this.movement), LocalDate.of(2026, 12, 6), "/1/"))
			.contains(this.movement);
	}

	@Test
	void stepsBetweenUnitsCountUpThenDown() {
		assertThat(DefaultPeriodService.distance("/1/", "/1/")).isZero();
		assertThat(DefaultPeriodService.distance("/1/3/", "/1/")).isEqualTo(1);
		assertThat(DefaultPeriodService.distance("/1/3/", "/1/4/")).isEqualTo(2);
		assertThat(DefaultPeriodService.distance("/1/3/20/", "/1/4/")).isEqualTo(3);
		assertThat(DefaultPeriodService.distance(null, "/1/")).isEqualTo(1);
	}

	@Test
	void theDefaultMonthIsTheLastWhoseDeadlineHasPassed() {
		// November's deadline is 05/12: on 05/12 it has not passed (October), on 06/12 it
		// has
		assertThat(on("2026-12-05").defaultMonth(this.movement)).isEqualTo(YearMonth.of(2026, 10));
		assertThat(on("2026-12-06").defaultMonth(this.movement)).isEqualTo(YearMonth.of(2026, 11));
		// the peak campaign starts in October; on 20/10 only September's deadline (05/10)
		// has passed, before the campaign: its first month, October
		assertThat(on("2026-10-20").defaultMonth(this.peak)).isEqualTo(YearMonth.of(2026, 10));
		// on 06/11 October's deadline (05/11) has passed
		assertThat(on("2026-11-06").defaultMonth(this.peak)).isEqualTo(YearMonth.of(2026, 10));
		// last year's movement: its last month, December 2025 (due 05/01/2026)
		assertThat(on("2026-12-06").defaultMonth(this.lastYear)).isEqualTo(YearMonth.of(2025, 12));
		// 31 January: December's deadline (05/01) passed, January's not yet
		assertThat(on("2027-01-31").defaultMonth(this.movement)).isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	void aRequestedMonthWinsWhenItBelongsToTheCampaignElseTheDefault() {
		DefaultPeriodService defaults = on("2026-12-06");
		assertThat(defaults.month(this.movement, YearMonth.of(2026, 3))).isEqualTo(YearMonth.of(2026, 3));
		assertThat(defaults.month(this.movement, null)).isEqualTo(YearMonth.of(2026, 11));
		// March is before the peak campaign: its default month, November
		assertThat(defaults.month(this.peak, YearMonth.of(2026, 3))).isEqualTo(YearMonth.of(2026, 11));
		// a month of last year's campaign asked of this year's
		assertThat(defaults.month(this.movement, YearMonth.of(2025, 7))).isEqualTo(YearMonth.of(2026, 11));
		// months offered: the peak campaign's October to December, newest first
		assertThat(defaults.monthsOf(this.peak)).containsExactly(YearMonth.of(2026, 12), YearMonth.of(2026, 11),
				YearMonth.of(2026, 10));
	}

	private static DefaultPeriodService on(String date) {
		Clock clock = Clock.fixed(LocalDate.parse(date).atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
		return new DefaultPeriodService(null, new ResultProperties(5, 5), clock);
	}

	private static Unit unit(String code, Unit parent, String path) {
		Unit unit = new Unit(code, "Đơn vị " + code, null, UnitKind.values()[0], parent, 10, LocalDate.of(2020, 1, 1));
		ReflectionTestUtils.setField(unit, "path", path);
		return unit;
	}

	private static Campaign campaign(long id, Unit organizer, CampaignKind kind, String start, String end,
			CampaignState state) {
		LocalDate from = LocalDate.parse(start);
		Campaign campaign = new Campaign(organizer, "Đợt " + id, kind, from.getYear(), from, LocalDate.parse(end));
		ReflectionTestUtils.setField(campaign, "id", id);
		ReflectionTestUtils.setField(campaign, "state", state);
		return campaign;
	}

}
