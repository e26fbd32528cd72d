package vn.thidua.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.thidua.shared.security.CurrentUser;
import vn.thidua.voting.Award;
import vn.thidua.voting.BallotBox;
import vn.thidua.voting.BallotPaper;
import vn.thidua.voting.Choice;
import vn.thidua.voting.ElectorateKind;
import vn.thidua.voting.MinutesForm;
import vn.thidua.voting.MinutesService;
import vn.thidua.voting.VotingQuestion;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.VotingSession;

/**
 * Demo review sessions, made through the voting services as the system user and the demo
 * commanders: the 2026 year-end session of "Khối An ninh", open now, in which four member
 * units have voted and the head unit (head.commander) and PA04 (member.commander) have
 * not; and the 2025 session of "Khối Cảnh sát", counted, with its minutes completed
 * (place, chair, secretary) and signed by the chair and the secretary.
 */
@Component
@Order(40)
class VotingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VotingDemoData.class);

	private static final String SECURITY = "Khối An ninh";

	private static final String POLICE = "Khối Cảnh sát";

	/**
	 * The secretary of the 2025 meeting of Khối Cảnh sát: an officer of its head unit.
	 */
	private static final String SECRETARY = "other.officer";

	private final Environment environment;

	private final VotingService sessions;

	private final BallotBox box;

	private final MinutesService minutes;

	private final UserDetailsService userDetails;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * The unit code of each candidate this loader adds, for filling in the demo ballots.
	 */
	private final Map<Long, String> candidateCodes = new HashMap<>();

	VotingDemoData(Environment environment, VotingService sessions, BallotBox box, MinutesService minutes,
			UserDetailsService userDetails, JdbcClient jdbc, Clock clock) {
		this.environment = environment;
		this.sessions = sessions;
		this.box = box;
		this.minutes = minutes;
		this.userDetails = userDetails;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		Long security = cluster(SECURITY, 2026);
		if (security == null) {
			return;
		}
		boolean[] present = new boolean[1];
		CurrentUser.runAsSystem(() -> present[0] = this.sessions.list(2026)
			.stream()
			.anyMatch(session -> session.getClusterId() == security.longValue()));
		if (present[0]) {
			return;
		}
		openSession(security);
		Long police = cluster(POLICE, 2025);
		if (police != null) {
			talliedSession(police);
		}
		log.info("Đã nạp dữ liệu mẫu: phiên bình xét năm 2026 của Khối An ninh, năm 2025 của Khối Cảnh sát");
	}

	/** Khối An ninh 2026: open for a week; PA01, PA05, PA06 and PA08 have voted. */
	private void openSession(long cluster) {
		long[] id = new long[1];
		CurrentUser.runAsSystem(() -> {
			VotingSession session = this.sessions.create(cluster, 2026, movement(),
					"Bình xét, suy tôn thi đua năm 2026 của Khối An ninh", ElectorateKind.UNITS);
			id[0] = session.getId();
			VotingQuestion flag = this.sessions.addQuestion(id[0], Award.CO_THI_DUA_BO,
					"Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua của Bộ Công an", 1, null);
			candidates(id[0], flag.getId(), List.of("PA03", "PA09", "PA05"),
					"Đơn vị dẫn đầu các chỉ tiêu của Khối theo kết quả năm");
			VotingQuestion decisive = this.sessions.addQuestion(id[0], Award.DVQT,
					"Bình xét danh hiệu Đơn vị quyết thắng", 2, null);
			candidates(id[0], decisive.getId(), List.of("PA01", "PA04", "PA06", "PA08"),
					"Đăng ký danh hiệu Đơn vị quyết thắng trong giao ước thi đua");
			this.sessions.open(id[0], this.clock.instant().plus(Duration.ofDays(7)));
		});
		for (String code : List.of("pa01", "pa05", "pa06", "pa08")) {
			DemoUsers.runAs(this.userDetails, "commander." + code, () -> vote(id[0], Set.of()));
		}
	}

	/**
	 * Khối Cảnh sát 2025: nine of eleven members voted; PC08 and PC02 passed as Đơn vị
	 * quyết thắng, PC07 did not; PC08 missed the provincial flag's 80%.
	 */
	private void talliedSession(long cluster) {
		long[] id = new long[1];
		long[] questions = new long[2];
		CurrentUser.runAsSystem(() -> {
			VotingSession session = this.sessions.create(cluster, 2025, null,
					"Bình xét, suy tôn thi đua năm 2025 của Khối Cảnh sát", ElectorateKind.UNITS);
			id[0] = session.getId();
			questions[0] = this.sessions
				.addQuestion(id[0], Award.DVQT, "Bình xét danh hiệu Đơn vị quyết thắng", 2, null)
				.getId();
			candidates(id[0], questions[0], List.of("PC08", "PC02", "PC07"),
					"Đăng ký danh hiệu Đơn vị quyết thắng trong giao ước thi đua");
			questions[1] = this.sessions
				.addQuestion(id[0], Award.CO_THI_DUA_TINH,
						"Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua của UBND tỉnh", 1, null)
				.getId();
			candidates(id[0], questions[1], List.of("PC08"), "Đơn vị dẫn đầu Khối năm 2025");
			this.sessions.open(id[0], this.clock.instant().plus(Duration.ofHours(1)));
		});
		List<String> voters = List.of("pc01", "pc03", "pc04", "pc06", "pc07", "pc09", "pc10", "pc11", "pk02");
		for (int i = 0; i < voters.size(); i++) {
			// the last two voters do not approve the flag: 7 of 11 is below 80%
			boolean flag = i < 7;
			DemoUsers.runAs(this.userDetails, "commander." + voters.get(i),
					() -> vote(id[0], flag ? Set.of("PC08", "PC02") : Set.of("PC02")));
		}
		CurrentUser.runAsSystem(() -> {
			this.sessions.close(id[0]);
			this.box.tally(id[0]);
			// the chair's name as the form proposes it: the head unit's commander
			String chair = this.minutes.form(id[0]).chairName();
			this.minutes.change(id[0], new MinutesForm("Hội trường Công an tỉnh Lâm Sơn", chair, SECRETARY,
					"Hai đơn vị vắng mặt không gửi ý kiến bằng văn bản."));
		});
		// the chair (commander of PC02, the head unit in 2025) and the secretary sign
		for (String signer : List.of("commander.pc02", SECRETARY)) {
			DemoUsers.runAs(this.userDetails, signer,
					() -> this.minutes.sign(id[0], this.minutes.minutes(id[0]).hash()));
		}
	}

	private void candidates(long session, long question, List<String> codes, String reason) {
		for (String code : codes) {
			long candidate = this.sessions.addCandidate(session, question, unit(code), null, null, reason).getId();
			this.candidateCodes.put(candidate, DemoDataLoader.PROVINCE_CODE + "-" + code);
		}
	}

	/**
	 * Fills in and casts the current voter's ballot: with {@code approve} empty, approves
	 * the first candidates of each question up to its places; else approves the named
	 * units (as many as the places allow) and disapproves the others.
	 */
	private void vote(long session, Set<String> approve) {
		BallotPaper paper = this.box.paper(session);
		Map<Long, String> codes = new HashMap<>();
		codes.putAll(this.candidateCodes);
		Map<Long, Choice> choices = new HashMap<>();
		for (BallotPaper.Question question : paper.questions()) {
			int approvals = 0;
			for (BallotPaper.Box candidate : question.candidates()) {
				boolean wanted = approve.isEmpty() || approve.contains(codes.get(candidate.candidateId()).substring(3));
				if (wanted && approvals < question.places()) {
					choices.put(candidate.candidateId(), Choice.APPROVE);
					approvals++;
				}
				else {
					choices.put(candidate.candidateId(), approve.isEmpty() ? Choice.ABSTAIN : Choice.DISAPPROVE);
				}
			}
		}
		this.box.cast(session, choices);
	}

	private Long movement() {
		return this.jdbc.sql("select id from campaign_v where name = :n")
			.param("n", CampaignDemoData.MOVEMENT)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long cluster(String name, int year) {
		return this.jdbc.sql("""
				select c.id from organization_cluster_v c join organization_unit_v o on o.id = c.organizer_id
				where c.name = :n and c.year = :y and o.code = :p
				""")
			.param("n", name)
			.param("y", year)
			.param("p", DemoDataLoader.PROVINCE_CODE)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from organization_unit_v where code = :c")
			.param("c", DemoDataLoader.PROVINCE_CODE + "-" + code)
			.query(Long.class)
			.single();
	}

	private boolean enabled() {
		String mode = this.environment.getProperty("thidua.demo.mode", "auto").trim();
		if ("auto".equalsIgnoreCase(mode)) {
			return !StringUtils.hasText(this.environment.getProperty("spring.datasource.url"));
		}
		return Boolean.parseBoolean(mode);
	}

}
