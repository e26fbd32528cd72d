package vn.thidua.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.pledge.CovenantParty;
import vn.thidua.pledge.CovenantService;
import vn.thidua.pledge.UnitRegistration;
import vn.thidua.result.RegistrationCheck.Kind;
import vn.thidua.result.RegistrationCheck.Reason;

/**
 * Registrations meet results (đăng ký thi đua và kết quả): at the year's end, each member
 * unit's registrations in its cluster's covenant beside what its year score and rank
 * support, ready for the cluster's review and vote.
 * <p>
 * The rules, which the page repeats (thresholds from {@link YearEndProperties}):
 * <ul>
 * <li><b>rating</b>: the year-to-date score of the ranking, in % of the scoring table's
 * scale: ≥ 90% completed excellently, ≥ 70% well, ≥ 50% completed, below that not
 * completed;</li>
 * <li><b>emulation flag</b> (Cờ thi đua, of the Ministry or the province): the unit
 * leading its cluster (rank 1; a shared first place is left to the vote) with tasks
 * completed excellently;</li>
 * <li><b>Đơn vị quyết thắng</b>: tasks completed excellently, at least 70% of the
 * headcount registered as Chiến sĩ tiên tiến and at least one Chiến sĩ thi đua cơ
 * sở;</li>
 * <li><b>Chiến sĩ tiên tiến</b>: not more than the headcount;</li>
 * <li><b>Chiến sĩ thi đua cơ sở</b>: not more than 15% of the Chiến sĩ tiên tiến, rounded
 * down.</li>
 * </ul>
 * The individuals' own conditions are checked when they are proposed; here only the
 * numbers the unit committed to are set against its results.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(YearEndProperties.class)
public class YearEndService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final RankingService rankings;

	private final CovenantService covenants;

	private final ScoringTableService scoringTables;

	private final JdbcClient jdbc;

	private final YearEndProperties properties;

	/**
	 * The thresholds in force, for the page's help text: excellent, good, completed, the
	 * decisive unit's share of Chiến sĩ tiên tiến and the cap of Chiến sĩ thi đua cơ sở.
	 */
	public List<Integer> thresholds() {
		return List.of(this.properties.excellentPercent(), this.properties.goodPercent(),
				this.properties.completedPercent(), this.properties.decisiveAdvancedPercent(),
				this.properties.baseEmulationMaxPercent());
	}

	/** The month whose year-to-date score counts: the one the ranking opens on. */
	public YearMonth monthOf(Campaign campaign) {
		return this.rankings.monthOf(campaign, null);
	}

	/**
	 * The members of a cluster in ranking order, each with its registrations beside its
	 * results; 404 when the campaign or the cluster is not the user's to see.
	 */
	@Transactional(readOnly = true)
	public List<YearStanding> ofCluster(long campaignId, long clusterId) {
		Campaign campaign = this.rankings.campaign(campaignId);
		YearMonth month = monthOf(campaign);
		List<RankingRow> rows = this.rankings.ranking(campaignId, clusterId, month);
		Map<Long, UnitRegistration> registered = this.covenants.registrations(campaignId, clusterId);
		BigDecimal scale = this.scoringTables.tableFor(campaignId, clusterId, month.atDay(1))
			.map(ScoringTable::scale)
			.orElse(HUNDRED);
		Map<Long, Integer> headcounts = headcounts(rows);
		// how many members hold each rank, counted once for the whole cluster
		Map<Integer, Long> holders = rows.stream()
			.collect(java.util.stream.Collectors.groupingBy(RankingRow::rank, java.util.stream.Collectors.counting()));
		long firsts = holders.getOrDefault(1, 0L);
		List<YearStanding> standings = new ArrayList<>();
		for (RankingRow row : rows) {
			standings.add(standing(row, holders.get(row.rank()) > 1, firsts, scale,
					headcounts.getOrDefault(row.unitId(), 0), registered.get(row.unitId())));
		}
		return standings;
	}

	/** One member's standing from its ranking line; the rules of the class comment. */
	YearStanding standing(RankingRow row, boolean sharedRank, long firsts, BigDecimal scale, int headcount,
			UnitRegistration registration) {
		// a unit with no month counted yet has no score, hence no rating
		BigDecimal percent = row.ytd() == null ? null : row.ytd().multiply(HUNDRED).divide(scale, 2, RoundingMode.DOWN);
		YearEndRating rating = percent == null ? null : rating(percent);
		List<RegistrationCheck> checks = new ArrayList<>();
		if (registration != null) {
			CovenantParty.Registration r = registration.registration();
			if (r.ministryFlag()) {
				checks.add(flag(Kind.MINISTRY_FLAG, row, firsts, rating));
			}
			if (r.provinceFlag()) {
				checks.add(flag(Kind.PROVINCE_FLAG, row, firsts, rating));
			}
			if (r.decisiveUnit()) {
				checks.add(decisive(r, headcount, rating));
			}
			checks.add(advanced(r, headcount));
			checks.add(baseEmulation(r));
		}
		return new YearStanding(row.unitId(), row.unitName(), headcount, row.ytd(), row.ytdProvisional(), percent,
				row.rank(), sharedRank, rating, registration != null,
				registration == null ? null : registration.versionNumber(),
				registration != null && registration.inForce(), checks);
	}

	YearEndRating rating(BigDecimal percent) {
		if (percent.compareTo(BigDecimal.valueOf(this.properties.excellentPercent())) >= 0) {
			return YearEndRating.EXCELLENT;
		}
		if (percent.compareTo(BigDecimal.valueOf(this.properties.goodPercent())) >= 0) {
			return YearEndRating.GOOD;
		}
		if (percent.compareTo(BigDecimal.valueOf(this.properties.completedPercent())) >= 0) {
			return YearEndRating.COMPLETED;
		}
		return YearEndRating.NOT_COMPLETED;
	}

	private RegistrationCheck flag(Kind kind, RankingRow row, long firsts, YearEndRating rating) {
		List<Reason> reasons = new ArrayList<>();
		boolean leads = row.rank() == 1 && firsts == 1;
		if (row.rank() == 1 && firsts > 1) {
			reasons.add(new Reason("yearEnd.reason.sharedFirst", firsts));
		}
		else if (!leads) {
			reasons.add(new Reason("yearEnd.reason.notLeading", row.rank()));
		}
		boolean excellent = rating == YearEndRating.EXCELLENT;
		if (!excellent) {
			reasons.add(notExcellent(rating));
		}
		if (reasons.isEmpty()) {
			reasons.add(new Reason("yearEnd.reason.flagMet"));
		}
		return new RegistrationCheck(kind, true, null, leads && excellent, reasons);
	}

	private RegistrationCheck decisive(CovenantParty.Registration r, int headcount, YearEndRating rating) {
		List<Reason> reasons = new ArrayList<>();
		if (rating != YearEndRating.EXCELLENT) {
			reasons.add(notExcellent(rating));
		}
		int needed = advancedNeeded(headcount);
		if (headcount <= 0) {
			reasons.add(new Reason("yearEnd.reason.noHeadcount"));
		}
		else if (r.advancedSoldiers() < needed) {
			reasons.add(new Reason("yearEnd.reason.fewAdvanced", r.advancedSoldiers(), headcount,
					this.properties.decisiveAdvancedPercent(), needed));
		}
		if (r.baseEmulationSoldiers() < 1) {
			reasons.add(new Reason("yearEnd.reason.noBaseEmulation"));
		}
		boolean met = reasons.isEmpty();
		if (met) {
			reasons.add(new Reason("yearEnd.reason.decisiveMet", needed));
		}
		return new RegistrationCheck(Kind.DECISIVE_UNIT, true, null, met, reasons);
	}

	private RegistrationCheck advanced(CovenantParty.Registration r, int headcount) {
		boolean met = headcount <= 0 || r.advancedSoldiers() <= headcount;
		Reason reason = headcount <= 0 ? new Reason("yearEnd.reason.noHeadcount")
				: new Reason(met ? "yearEnd.reason.advancedMet" : "yearEnd.reason.aboveHeadcount", headcount);
		return new RegistrationCheck(Kind.ADVANCED_SOLDIERS, r.advancedSoldiers() > 0, r.advancedSoldiers(), met,
				List.of(reason));
	}

	private RegistrationCheck baseEmulation(CovenantParty.Registration r) {
		int most = baseEmulationMost(r.advancedSoldiers());
		boolean met = r.baseEmulationSoldiers() <= most;
		return new RegistrationCheck(Kind.BASE_EMULATION_SOLDIERS, r.baseEmulationSoldiers() > 0,
				r.baseEmulationSoldiers(), met,
				List.of(new Reason(met ? "yearEnd.reason.baseEmulationMet" : "yearEnd.reason.tooManyBaseEmulation",
						most, this.properties.baseEmulationMaxPercent(), r.advancedSoldiers())));
	}

	private Reason notExcellent(YearEndRating rating) {
		return rating == null ? new Reason("yearEnd.reason.noScore")
				: new Reason("yearEnd.reason.notExcellent", this.properties.excellentPercent());
	}

	/** The fewest Chiến sĩ tiên tiến for Đơn vị quyết thắng: the share, rounded up. */
	int advancedNeeded(int headcount) {
		return (headcount * this.properties.decisiveAdvancedPercent() + 99) / 100;
	}

	/** The most Chiến sĩ thi đua cơ sở: the share of Chiến sĩ tiên tiến, rounded down. */
	int baseEmulationMost(int advanced) {
		return advanced * this.properties.baseEmulationMaxPercent() / 100;
	}

	private Map<Long, Integer> headcounts(List<RankingRow> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> headcounts = new java.util.HashMap<>();
		this.jdbc.sql("select id, coalesce(headcount, 0) from organization_unit_v where id in (:ids)")
			.param("ids", rows.stream().map(RankingRow::unitId).toList())
			.query((rs, i) -> headcounts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return headcounts;
	}

}
