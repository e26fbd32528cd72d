package vn.thidua.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.campaign.scoring.Direction;
import vn.thidua.result.Entry;
import vn.thidua.result.DefaultPeriodService;
import vn.thidua.result.PastReport;
import vn.thidua.result.PastReportService;
import vn.thidua.result.ReportState;
import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.Formats;

/**
 * The monthly reports (báo cáo kết quả) of the 2026 "Vì an ninh Tổ quốc" movement for
 * every member of "Khối An ninh" and "Khối Cảnh sát", from January 2026 to the last month
 * whose report deadline has passed: mostly approved; in the last month a few submitted
 * and waiting for the head unit, three returned with comments (PA04, PA08, PC07, each
 * given a week to correct), one draft left past its deadline (PC10) and two never opened
 * (PA09, PC09: overdue). Some reports carry evidence: a PDF report rendered like the
 * application's documents, and a small PNG photo of the case register on indicator 1.1.
 * <p>
 * The deadlines of these months have passed, so the months are recorded as history
 * through {@link PastReportService}, which checks and scores the figures as the entry
 * page does, against each unit's own target (its covenant in force, else the common one),
 * and moves each report through the workflow at the dates given here. February 2026 of
 * PA04 is left unopened for the users (and the browser journey) to go through the whole
 * workflow. The last step of {@link DemoLoad}.
 */
@Component
@Order(30)
class ResultDemoData implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(ResultDemoData.class);

	private static final List<String> CLUSTERS = List.of("Khối An ninh", "Khối Cảnh sát");

	private static final YearMonth FIRST = YearMonth.of(2026, 1);

	/** The movement's last month: the demo never goes past it. */
	private static final YearMonth LAST = YearMonth.of(2026, 12);

	/** Left alone: the browser journey and the users start it. */
	private static final String KEPT_UNIT = "LS-PA04";

	private static final YearMonth KEPT_MONTH = YearMonth.of(2026, 2);

	private static final Set<String> NEVER_OPENED = Set.of("LS-PA09", "LS-PC09");

	private static final Set<String> WAITING = Set.of("LS-PA01", "LS-PA05", "LS-PC01", "LS-PC03", "LS-PC06");

	private static final Map<String, String[]> RETURNED = Map.of("LS-PA04",
			new String[] { "Đề nghị bổ sung minh chứng cho kết quả khám phá án.", "1.1",
					"Số vụ khám phá chưa khớp với sổ thụ lý; đề nghị đối chiếu lại." },
			"LS-PA08",
			new String[] { "Báo cáo thiếu ghi chú nguồn số liệu tin báo.", "1.3",
					"Số tin báo đã giải quyết vượt số tiếp nhận trong tháng; đề nghị kiểm tra." },
			"LS-PC07", new String[] { "Số người bị thương do tai nạn giao thông chưa thống nhất với Phòng PC08.", "2.3",
					"Đề nghị lấy số liệu đã thống nhất với Phòng Cảnh sát giao thông." });

	private static final String DRAFT_UNIT = "LS-PC10";

	private final JdbcClient jdbc;

	private final PastReportService pastReports;

	private final DocumentRenderer renderer;

	private final TransactionTemplate transactions;

	private final DefaultPeriodService periods;

	private final Clock clock;

	ResultDemoData(JdbcClient jdbc, PastReportService pastReports, DocumentRenderer renderer,
			TransactionTemplate transactions, DefaultPeriodService periods, Clock clock) {
		this.jdbc = jdbc;
		this.pastReports = pastReports;
		this.renderer = renderer;
		this.transactions = transactions;
		this.periods = periods;
		this.clock = clock;
	}

	record Member(long id, String code, String name, String kind, long clusterId, String clusterName, Long headId) {

	}

	record IndicatorRow(long id, String code, Direction direction, boolean ratio, BigDecimal target, int position,
			String kinds) {

		boolean appliesTo(String unitKind) {
			return this.kinds == null || List.of(this.kinds.split(",")).contains(unitKind);
		}

	}

	@Override
	public void load() {
		Long movement = this.jdbc
			.sql("select k.id from campaign_v k join organization_unit_v u on u.id = k.organizer_id"
					+ " where u.code = :p and k.name = :n and k.state = 'LAUNCHED'")
			.param("p", DemoDataLoader.PROVINCE_CODE)
			.param("n", CampaignDemoData.MOVEMENT)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (movement == null || this.pastReports.anyReportOf(movement)) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		// up to the last month whose deadline has passed, as the ranking opens on it; the
		// month after it is still being entered
		YearMonth due = this.periods.lastDueMonth(today);
		YearMonth last = due.isBefore(LAST) ? due : LAST;
		if (last.isBefore(FIRST)) {
			return;
		}
		long started = System.nanoTime();
		int[] count = new int[1];
		CurrentUser.runAsSystem(
				() -> this.transactions.executeWithoutResult(status -> count[0] = load(movement, last, today)));
		log.info("Đã nạp dữ liệu mẫu: {} báo cáo kết quả thi đua năm 2026 của Khối An ninh và Khối Cảnh sát ({} ms)",
				count[0], (System.nanoTime() - started) / 1_000_000);
	}

	private int load(long movement, YearMonth last, LocalDate today) {
		List<Member> members = this.jdbc.sql("""
				select u.id, u.code, u.name, u.kind, cl.id, cl.name, cl.head_unit_id
				from campaign_cluster_v cc join organization_cluster_v cl on cl.id = cc.cluster_id
				join organization_cluster_member_v m on m.cluster_id = cl.id
				join organization_unit_v u on u.id = m.unit_id
				where cc.campaign_id = :c and cl.name in (:names)
				order by cl.sort_key, u.sort_key, u.id
				""")
			.param("c", movement)
			.param("names", CLUSTERS)
			.query((rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), (Long) rs.getObject(7)))
			.list();
		List<IndicatorRow> indicators = this.jdbc.sql("""
				select i.id, i.code, i.direction, i.input_shape, i.target, i.content_position * 1000 + i.position,
				       i.unit_kinds
				from campaign_indicator_v i
				where i.campaign_id = :c and i.period = 'MONTH' order by i.content_position, i.position
				""")
			.param("c", movement)
			.query((rs, i) -> new IndicatorRow(rs.getLong(1), rs.getString(2), Direction.valueOf(rs.getString(3)),
					"RATIO".equals(rs.getString(4)), rs.getBigDecimal(5), rs.getInt(6), rs.getString(7)))
			.list();
		Map<String, String> accounts = new HashMap<>();
		this.jdbc
			.sql("""
					select distinct on (unit_id, role) unit_id, role, username from account_user_v
					where role in ('UNIT_COMMANDER', 'UNIT_OFFICER') and unit_id is not null order by unit_id, role, username
					""")
			.query((rs, i) -> accounts.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3)))
			.list();
		Map<Long, byte[]> pdfs = new HashMap<>();
		byte[] png = registerPhoto();
		List<PastReport> history = new ArrayList<>();
		for (int u = 0; u < members.size(); u++) {
			Member member = members.get(u);
			String photoOn = indicators.stream()
				.filter(i -> i.code().equals("1.1") && i.appliesTo(member.kind()))
				.findFirst()
				.map(IndicatorRow::code)
				.orElse(null);
			String commander = accounts.getOrDefault(member.id() + "/UNIT_COMMANDER", "staff");
			String officer = accounts.getOrDefault(member.id() + "/UNIT_OFFICER", commander);
			String reviewer = member.headId() == null || member.headId() == member.id() ? "staff"
					: accounts.getOrDefault(member.headId() + "/UNIT_COMMANDER", "staff");
			Random random = new Random(member.code().hashCode());
			Map<String, BigDecimal> base = new HashMap<>();
			for (YearMonth month = FIRST; !month.isAfter(last); month = month.plusMonths(1)) {
				boolean lastMonth = month.equals(last);
				if (member.code().equals(KEPT_UNIT) && month.equals(KEPT_MONTH)
						|| lastMonth && NEVER_OPENED.contains(member.code())) {
					continue;
				}
				ReportState state = ReportState.APPROVED;
				if (lastMonth && WAITING.contains(member.code())) {
					state = ReportState.SUBMITTED;
				}
				else if (lastMonth && RETURNED.containsKey(member.code())) {
					state = ReportState.RETURNED;
				}
				else if (lastMonth && member.code().equals(DRAFT_UNIT)) {
					state = ReportState.DRAFT;
				}
				Map<String, Entry> entered = new LinkedHashMap<>();
				for (IndicatorRow indicator : indicators) {
					if (!indicator.appliesTo(member.kind())) {
						continue;
					}
					boolean empty = state == ReportState.DRAFT && entered.size() >= 4;
					if (!empty) {
						entered.put(indicator.code(), figures(indicator, member, random, base));
					}
				}
				// evidence: the last four months, two reports in three; a photo on 1.1
				// now and then
				List<PastReport.Attachment> evidence = new ArrayList<>();
				boolean sent = state == ReportState.APPROVED || state == ReportState.SUBMITTED;
				if (sent && month.getMonthValue() >= last.getMonthValue() - 3 && (u + month.getMonthValue()) % 3 != 0) {
					byte[] pdf = pdfs.computeIfAbsent(member.clusterId(), cluster -> pdf(member.clusterName(), today));
					evidence.add(new PastReport.Attachment(null,
							String.format("Báo cáo kết quả thi đua tháng %02d-%d - %s.pdf", month.getMonthValue(),
									month.getYear(), member.code().substring(3)),
							pdf));
					if ((u + month.getMonthValue()) % 4 == 0) {
						evidence.add(new PastReport.Attachment(photoOn,
								"Ảnh sổ thụ lý tháng " + month.getMonthValue() + ".png", png));
					}
				}
				history.add(
						report(movement, member, month, state, entered, commander, officer, reviewer, today, evidence));
			}
		}
		return this.pastReports.record(history);
	}

	/** The report as it went, with who did what and when. */
	private static PastReport report(long movement, Member member, YearMonth month, ReportState state,
			Map<String, Entry> figures, String commander, String officer, String reviewer, LocalDate today,
			List<PastReport.Attachment> evidence) {
		LocalDate deadline = month.plusMonths(1).atDay(5);
		LocalDate submitted = deadline
			.minusDays(1 + Math.floorMod(member.code().hashCode() + month.getMonthValue(), 3));
		boolean returned = state == ReportState.RETURNED;
		// reviewed three days later, but never after yesterday (the last month's deadline
		// may have passed only today)
		LocalDate yesterday = today.minusDays(1);
		LocalDate reviewed = submitted.plusDays(3).isAfter(yesterday) ? yesterday : submitted.plusDays(3);
		reviewed = reviewed.isBefore(submitted) ? submitted : reviewed;
		String[] comments = returned ? RETURNED.get(member.code()) : null;
		return new PastReport(movement, member.id(), month, state, figures,
				new PastReport.Act(officer, at(month.plusMonths(1).atDay(1), 8)),
				state == ReportState.DRAFT ? null : new PastReport.Act(commander, at(submitted, 9)),
				state == ReportState.APPROVED || returned ? new PastReport.Act(reviewer, at(reviewed, 15)) : null,
				returned ? comments[0] : null, returned ? Map.of(comments[1], comments[2]) : Map.of(),
				returned ? new PastReport.Reopening("staff", at(reviewed, 16),
						"Gia hạn để đơn vị chỉnh sửa theo ý kiến thẩm định.", today.plusDays(7)) : null,
				evidence);
	}

	/**
	 * Plausible figures: case clearance 70–95%, very serious cases 80–100%, reports of
	 * crimes handled 85–100%, all of them received (now and then one short); crime and
	 * accidents mostly down on last year; no disciplinary breach but rarely.
	 */
	private static Entry figures(IndicatorRow indicator, Member member, Random random, Map<String, BigDecimal> base) {
		boolean police = member.code().startsWith("LS-PC");
		if (indicator.direction() == Direction.DONE_OR_NOT) {
			boolean done = random.nextInt(20) != 0;
			return new Entry(null, null, null, null, done,
					done ? null : "Một cán bộ bị khiển trách do vi phạm quy định về giờ giấc.");
		}
		if (indicator.direction().isChangeVsLastYear()) {
			int size = switch (indicator.code()) {
				case "1.5" -> police ? 30 : 8;
				case "2.1" -> police ? 14 : 4;
				case "2.2" -> police ? 6 : 2;
				default -> police ? 12 : 3;
			};
			BigDecimal lastYear = base.computeIfAbsent(indicator.code(),
					code -> BigDecimal.valueOf(size + random.nextInt(size)));
			BigDecimal thisPeriod = lastYear.multiply(BigDecimal.valueOf(75 + random.nextInt(32)))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
				.max(BigDecimal.ZERO);
			BigDecimal previous = lastYear.add(BigDecimal.valueOf(random.nextInt(3) - 1)).max(BigDecimal.ONE);
			base.put(indicator.code(), previous);
			return new Entry(thisPeriod, null, null, lastYear, null, null);
		}
		if (indicator.ratio()) {
			long denominator;
			long numerator;
			switch (indicator.code()) {
				case "1.1" -> {
					denominator = (police ? 25 : 6) + random.nextInt(police ? 30 : 8);
					numerator = Math.round(denominator * (70 + random.nextInt(26)) / 100.0);
				}
				case "1.2" -> {
					denominator = 1 + random.nextInt(police ? 6 : 2);
					numerator = denominator - (random.nextInt(6) == 0 ? 1 : 0);
				}
				case "1.3" -> {
					denominator = (police ? 40 : 10) + random.nextInt(police ? 40 : 12);
					numerator = Math.round(denominator * (85 + random.nextInt(16)) / 100.0);
				}
				default -> {
					denominator = (police ? 40 : 10) + random.nextInt(police ? 40 : 12);
					numerator = denominator - (random.nextInt(10) == 0 ? 1 : 0);
				}
			}
			numerator = Math.min(numerator, denominator);
			String note = indicator.code().equals("1.1") ? "Theo sổ thụ lý, giải quyết nguồn tin về tội phạm." : null;
			return new Entry(null, numerator, denominator, null, null, note);
		}
		BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5));
		return new Entry(amount, null, null, null, null, null);
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(Formats.ZONE).toInstant();
	}

	/**
	 * A one-page report of a cluster's member, rendered like the application's documents.
	 */
	private byte[] pdf(String cluster, LocalDate today) {
		Map<String, Object> model = new LinkedHashMap<>();
		String issuer = "Công an tỉnh Lâm Sơn";
		model.put("heading", new DocumentHeading("Bộ Công an", issuer, "BC-" + cluster.replace(" ", ""),
				DocumentHeading.placeOf(issuer), today.withDayOfMonth(1)));
		model.put("title", "BÁO CÁO");
		model.put("subtitle", "Kết quả thực hiện các chỉ tiêu thi đua “Vì an ninh Tổ quốc” năm 2026 – " + cluster);
		model.put("sections", List.of(
				Map.of("heading", "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "paragraphs",
						List.of("Đơn vị báo cáo số liệu các chỉ tiêu thi đua trong tháng theo sổ thụ lý, giải quyết "
								+ "nguồn tin về tội phạm và số liệu đã thống nhất với các đơn vị liên quan.")),
				Map.of("heading", "II. ĐỀ XUẤT, KIẾN NGHỊ", "paragraphs",
						List.of("Đề nghị Khối trưởng thẩm định, tổng hợp kết quả theo quy định."))));
		model.put("signatures", List.of(new Signature("", "Trưởng phòng", "Thượng tá Nguyễn Văn Bình")));
		model.put("recipients", List.of("Khối trưởng " + cluster + " (để thẩm định)", "Lưu: VT"));
		return this.renderer.pdf("demo/launch-plan", model, Locale.forLanguageTag("vi"));
	}

	/** A small photo-like picture of a page of the case register, built in code. */
	private static byte[] registerPhoto() {
		BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(250, 246, 232));
		g.fillRect(0, 0, 240, 160);
		g.setColor(new Color(120, 140, 170));
		for (int y = 30; y < 160; y += 16) {
			g.drawLine(10, y, 230, y);
		}
		g.setColor(new Color(160, 30, 30));
		g.drawLine(50, 10, 50, 150);
		g.setColor(new Color(40, 40, 90));
		g.fillRect(80, 12, 80, 8);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
