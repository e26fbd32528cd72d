package vn.thidua.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.account.AccountService;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitRepository;
import vn.thidua.pledge.CommitmentForm;
import vn.thidua.pledge.Covenant;
import vn.thidua.pledge.CovenantDocument;
import vn.thidua.pledge.CovenantParty;
import vn.thidua.pledge.CovenantService;
import vn.thidua.pledge.CovenantTarget;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * The demo covenants of the 2026 "Vì an ninh Tổ quốc" movement: "Khối Cảnh sát" signed by
 * every member (in force), "Khối Xây dựng lực lượng - Hậu cần" signed by four of its
 * eleven members. "Khối An ninh" is left without a covenant, for the users to prepare.
 * Also the commander accounts ({@code commander.<code>}) of the member units that sign
 * here or in "Khối An ninh", so that every member can sign. A step of {@link DemoLoad},
 * after the campaign demo data.
 */
@Component
@Order(20)
class PledgeDemoData implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(PledgeDemoData.class);

	/** Commanders of the other member units of Khối An ninh (PA03, PA04 have theirs). */
	private static final List<String> SECURITY_COMMANDERS = List.of("PA01", "PA05", "PA06", "PA08", "PA09");

	private static final List<String> POLICE = List.of("PC01", "PC02", "PC03", "PC04", "PC06", "PC07", "PC08", "PC09",
			"PC10", "PC11", "PK02");

	private static final List<String> FORCE_SIGNERS = List.of("PX01", "PH10", "PV01", "PX03");

	private static final String[] NAMES = { "Đại tá Nguyễn Văn Bình", "Thượng tá Trần Minh Tuấn",
			"Thượng tá Lê Thị Thanh Hương", "Đại tá Phạm Quang Huy", "Thượng tá Vũ Đức Long", "Thượng tá Đỗ Văn Hải",
			"Đại tá Bùi Thế Anh", "Thượng tá Ngô Thị Mai", "Thượng tá Hoàng Văn Sơn", "Đại tá Đinh Công Thành",
			"Thượng tá Phan Văn Dũng", "Thượng tá Trịnh Xuân Quang", "Thượng tá Lý Thị Hằng", "Đại tá Mai Văn Toàn",
			"Thượng tá Dương Minh Khoa", "Thượng tá Tạ Quốc Việt", "Thượng tá Cao Văn Phúc", "Đại tá Lương Thị Nga",
			"Thượng tá Hồ Sỹ Nguyên", "Thượng tá Kiều Văn Tiến" };

	private final UnitRepository unitRepository;

	private final AccountService accounts;

	private final CovenantService covenants;

	private final UserDetailsService userDetails;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	PledgeDemoData(UnitRepository unitRepository, AccountService accounts, CovenantService covenants,
			UserDetailsService userDetails, JdbcClient jdbc, TransactionTemplate transactions) {
		this.unitRepository = unitRepository;
		this.accounts = accounts;
		this.covenants = covenants;
		this.userDetails = userDetails;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void load() {
		Long movement = this.jdbc.sql(
				"select k.id from campaign_v k join organization_unit_v u on u.id = k.organizer_id where u.code = :p and k.name = :n")
			.param("p", DemoDataLoader.PROVINCE_CODE)
			.param("n", CampaignDemoData.MOVEMENT)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (movement == null) {
			return;
		}
		if (!this.covenants.statuses(movement).isEmpty()) {
			return;
		}
		CurrentUser.runAsSystem(() -> this.transactions.executeWithoutResult(status -> commanders()));
		Long police = cluster("Khối Cảnh sát");
		Long force = cluster("Khối Xây dựng lực lượng - Hậu cần");
		if (police != null) {
			covenant(movement, police, POLICE);
		}
		if (force != null) {
			covenant(movement, force, FORCE_SIGNERS);
		}
		log.info(
				"Đã nạp dữ liệu mẫu: giao ước thi đua năm 2026 của Khối Cảnh sát và Khối Xây dựng lực lượng - Hậu cần");
	}

	/** Commander accounts of the units that sign, unless they exist. */
	private void commanders() {
		List<String> codes = new ArrayList<>(SECURITY_COMMANDERS);
		codes.addAll(POLICE);
		codes.addAll(FORCE_SIGNERS);
		int i = 0;
		for (String code : codes) {
			String username = username(code);
			boolean exists = this.jdbc.sql("select count(*) > 0 from account_user_v where username = :u")
				.param("u", username)
				.query(Boolean.class)
				.single();
			Unit unit = this.unitRepository.findByCodeIgnoreCase(DemoDataLoader.PROVINCE_CODE + "-" + code)
				.orElse(null);
			if (!exists && unit != null) {
				this.accounts.createAccount(username, NAMES[i % NAMES.length], Role.UNIT_COMMANDER, unit,
						DemoDataLoader.PASSWORD, false);
			}
			i++;
		}
	}

	private static String username(String code) {
		return "commander." + code.toLowerCase(java.util.Locale.ROOT);
	}

	private Long cluster(String name) {
		return this.jdbc.sql("""
				select c.id from organization_cluster_v c join organization_unit_v u on u.id = c.organizer_id
				where u.code = :p and c.year = 2026 and c.name = :n
				""")
			.param("p", DemoDataLoader.PROVINCE_CODE)
			.param("n", name)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Prepares, fills in, opens and has the given units sign the covenant of a cluster.
	 */
	private void covenant(long campaignId, long clusterId, List<String> signers) {
		long[] id = new long[1];
		CurrentUser.runAsSystem(() -> this.transactions.executeWithoutResult(status -> {
			Covenant covenant = this.covenants.prepare(campaignId, clusterId);
			id[0] = covenant.getId();
		}));
		CurrentUser.runAsSystem(() -> {
			CovenantDocument document = this.covenants.document(id[0], null);
			for (CovenantParty party : document.parties()) {
				this.covenants.commit(id[0], party.getUnit().getId(), commitment(party));
			}
			this.covenants.open(id[0]);
		});
		CovenantDocument opened = runAsSystem(() -> this.covenants.document(id[0], null));
		for (String code : signers) {
			CovenantParty party = opened.parties()
				.stream()
				.filter(p -> p.getUnit().getCode().equals(DemoDataLoader.PROVINCE_CODE + "-" + code))
				.findFirst()
				.orElse(null);
			if (party != null) {
				DemoUsers.runAs(this.userDetails, username(code),
						() -> this.covenants.sign(id[0], party.getUnit().getId(), null));
			}
		}
	}

	/**
	 * Plausible commitments: about three quarters of the headcount registering for Chiến
	 * sĩ tiên tiến and one in eight of those for Chiến sĩ thi đua cơ sở; the larger units
	 * register for Đơn vị quyết thắng, the traffic police for the Ministry's flag and the
	 * criminal police for the province's; a few units commit to more than the common
	 * targets.
	 */
	private static CommitmentForm commitment(CovenantParty party) {
		Unit unit = party.getUnit();
		String code = unit.getCode().substring(DemoDataLoader.PROVINCE_CODE.length() + 1);
		Map<String, Integer> above = switch (code) {
			case "PC02" -> Map.of("1.1", 80, "1.2", 95);
			case "PC08" -> Map.of("2.1", 7, "2.2", 6);
			case "PC01" -> Map.of("1.3", 92);
			case "PX01" -> Map.of("1.5", 6);
			default -> Map.of();
		};
		List<CommitmentForm.TargetEntry> targets = new ArrayList<>();
		for (CovenantTarget target : party.targetsInOrder()) {
			Integer own = above.get(target.getIndicator().getCode());
			targets.add(new CommitmentForm.TargetEntry(target.getIndicator().getId(),
					own != null ? BigDecimal.valueOf(own) : target.getTarget()));
		}
		int headcount = unit.getHeadcount();
		int advanced = headcount * 3 / 4 + (code.hashCode() & 3);
		advanced = Math.min(advanced, headcount);
		int base = Math.max(1, advanced / 8);
		boolean decisive = headcount >= 45 || "PC02".equals(code) || "PX01".equals(code);
		return new CommitmentForm(targets, decisive, "PC08".equals(code), "PC02".equals(code), advanced, base, null);
	}

	private <T> T runAsSystem(java.util.function.Supplier<T> work) {
		Object[] result = new Object[1];
		CurrentUser.runAsSystem(() -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

}
