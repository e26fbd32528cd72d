package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.account.AccountService;
import vn.thidua.organization.ClusterForm;
import vn.thidua.organization.ClusterService;
import vn.thidua.organization.OfficerForm;
import vn.thidua.organization.OfficerService;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitForm;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitService;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * Loads a fictional provincial police ("Công an tỉnh Lâm Sơn") with about 30 departments,
 * 40 commune-level police, two abolished district police, the four clusters of 2025 and
 * 2026, officers, and the demo accounts listed in README: the first step of
 * {@link DemoLoad}.
 */
@Component
@Order(10)
class DemoDataLoader implements DemoStep {

	static final String PASSWORD = "Demo@2026";

	static final String PROVINCE_CODE = "LS";

	private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

	private static final LocalDate COMMUNES_FROM = LocalDate.of(2025, 7, 1);

	private final UnitService units;

	private final ClusterService clusters;

	private final OfficerService officers;

	private final AccountService accounts;

	DemoDataLoader(UnitService units, ClusterService clusters, OfficerService officers, AccountService accounts) {
		this.units = units;
		this.clusters = clusters;
		this.officers = officers;
		this.accounts = accounts;
	}

	@Override
	public void load() {
		Unit province = unit(PROVINCE_CODE, "Công an tỉnh Lâm Sơn", "CA tỉnh Lâm Sơn", UnitKind.PROVINCIAL_POLICE, null,
				3200, FOUNDED);
		Map<String, Unit> dept = new LinkedHashMap<>();
		for (String[] d : DEPARTMENTS) {
			dept.put(d[0], unit(PROVINCE_CODE + "-" + d[0], d[1], d[0], UnitKind.DEPARTMENT, province,
					Integer.parseInt(d[2]), FOUNDED));
		}
		// a few teams under two departments, to show the depth of the tree
		unit("LS-PC02-D1", "Đội Trọng án", "Đội 1 PC02", UnitKind.TEAM, dept.get("PC02"), 18, FOUNDED);
		unit("LS-PC02-D2", "Đội Điều tra tội phạm về trật tự xã hội", "Đội 2 PC02", UnitKind.TEAM, dept.get("PC02"), 22,
				FOUNDED);
		unit("LS-PC08-D1", "Đội Tuần tra kiểm soát giao thông đường bộ", "Đội 1 PC08", UnitKind.TEAM, dept.get("PC08"),
				35, FOUNDED);

		// district police, abolished on 1 March 2025: kept for history
		for (String[] d : DISTRICTS) {
			Unit district = unit(PROVINCE_CODE + "-" + d[0], d[1], d[2], UnitKind.DISTRICT_POLICE, province,
					Integer.parseInt(d[3]), FOUNDED);
			this.units.close(district.getId(), LocalDate.of(2025, 2, 28),
					"Kết thúc hoạt động theo chủ trương tổ chức Công an 3 cấp, không tổ chức Công an cấp huyện");
		}

		List<Unit> communes = new ArrayList<>();
		int n = 1;
		for (String[] c : COMMUNES) {
			UnitKind kind = UnitKind.COMMUNE_POLICE;
			communes.add(unit(String.format("LS-X%02d", n++), c[0], null, kind, province, Integer.parseInt(c[1]),
					COMMUNES_FROM));
		}

		for (int year : new int[] { 2025, 2026 }) {
			boolean current = year == 2026;
			cluster(province, year, "Khối An ninh", dept,
					List.of("PA01", "PA03", "PA04", "PA05", "PA06", "PA08", "PA09"), current ? "PA03" : "PA09",
					current ? "PA09" : "PA05");
			cluster(province, year, "Khối Cảnh sát", dept,
					List.of("PC01", "PC02", "PC03", "PC04", "PC06", "PC07", "PC08", "PC09", "PC10", "PC11", "PK02"),
					current ? "PC08" : "PC02", current ? "PC02" : "PC07");
			cluster(province, year, "Khối Xây dựng lực lượng - Hậu cần", dept,
					List.of("PV01", "PX01", "PX03", "PX05", "PH10", "PH11", "PV06", "PV03", "PV05", "TTRA", "PH01"),
					current ? "PX01" : "PV01", current ? "PH10" : "PX01");
			List<Unit> clusterCommunes = current ? communes : communes.stream().limit(communes.size() - 3).toList();
			this.clusters.create(new ClusterForm("Cụm Công an xã, phường", year, province.getId(),
					"Các Công an xã, phường, đặc khu trên địa bàn tỉnh",
					clusterCommunes.stream().map(Unit::getId).toList(), clusterCommunes.get(current ? 0 : 1).getId(),
					clusterCommunes.get(current ? 1 : 2).getId(), null));
		}

		Unit headUnit = dept.get("PA03");
		Unit memberUnit = dept.get("PA04");
		Unit otherUnit = dept.get("PC02");
		account("admin", "Quản trị hệ thống", Role.ADMIN, null);
		account("staff", "Nguyễn Thị Thu Hà", Role.PROVINCE_STAFF, province);
		account("leader", "Đại tá Trần Quốc Hùng", Role.LEADERSHIP, province);
		account("head.commander", "Thượng tá Lê Văn Thắng", Role.UNIT_COMMANDER, headUnit);
		account("head.officer", "Đại úy Phạm Thị Lan", Role.UNIT_OFFICER, headUnit);
		account("member.commander", "Thượng tá Hoàng Minh Đức", Role.UNIT_COMMANDER, memberUnit);
		account("member.officer", "Thiếu tá Vũ Thị Hồng", Role.UNIT_OFFICER, memberUnit);
		account("other.officer", "Đại úy Đặng Văn Nam", Role.UNIT_OFFICER, otherUnit);

		int i = 0;
		for (Unit unit : List.of(headUnit, memberUnit, otherUnit, dept.get("PC08"), dept.get("PX01"),
				communes.get(0))) {
			for (int k = 0; k < 4; k++) {
				String[] o = OFFICERS[i++ % OFFICERS.length];
				this.officers.create(new OfficerForm(o[0], o[1], k == 0 ? leaderTitle(unit) : o[2], unit.getId(),
						LocalDate.of(2015 + (i % 8), 1 + (i % 12), 1), null));
			}
		}
	}

	private static String leaderTitle(Unit unit) {
		return switch (unit.getKind()) {
			case COMMUNE_POLICE -> "Trưởng Công an";
			case TEAM -> "Đội trưởng";
			default -> "Trưởng phòng";
		};
	}

	private Unit unit(String code, String name, String shortName, UnitKind kind, Unit parent, int headcount,
			LocalDate from) {
		return this.units.create(new UnitForm(code, name, shortName, kind, parent == null ? null : parent.getId(),
				headcount, from, null));
	}

	private void cluster(Unit organizer, int year, String name, Map<String, Unit> dept, List<String> members,
			String head, String deputy) {
		this.clusters.create(new ClusterForm(name, year, organizer.getId(), null,
				members.stream().map(code -> dept.get(code).getId()).toList(), dept.get(head).getId(),
				dept.get(deputy).getId(), null));
	}

	private void account(String username, String fullName, Role role, Unit unit) {
		this.accounts.createAccount(username, fullName, role, unit, PASSWORD, false);
	}

	/** Code, name, headcount. */
	private static final String[][] DEPARTMENTS = { { "PV01", "Phòng Tham mưu", "62" },
			{ "PX01", "Phòng Tổ chức cán bộ", "48" }, { "PX03", "Phòng Công tác đảng và công tác chính trị", "35" },
			{ "PX05", "Phòng Đào tạo, huấn luyện", "20" }, { "PH10", "Phòng Hậu cần", "57" },
			{ "PH11", "Phòng Tài chính", "24" }, { "PH01", "Phòng Kỹ thuật nghiệp vụ", "30" },
			{ "PV03", "Phòng Pháp chế và quản lý khoa học", "18" }, { "PV05", "Phòng Công nghệ thông tin", "26" },
			{ "PV06", "Phòng Hồ sơ", "33" }, { "TTRA", "Thanh tra Công an tỉnh", "21" },
			{ "PA01", "Phòng An ninh đối ngoại", "40" }, { "PA03", "Phòng An ninh chính trị nội bộ", "45" },
			{ "PA04", "Phòng An ninh kinh tế", "52" },
			{ "PA05", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "47" },
			{ "PA06", "Phòng Quản lý hành chính về trật tự xã hội", "64" },
			{ "PA08", "Phòng Quản lý xuất nhập cảnh", "39" }, { "PA09", "Phòng An ninh điều tra", "36" },
			{ "PC01", "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội", "58" },
			{ "PC02", "Phòng Cảnh sát hình sự", "71" }, { "PC03", "Phòng Cảnh sát kinh tế", "54" },
			{ "PC04", "Phòng Cảnh sát điều tra tội phạm về ma túy", "60" },
			{ "PC06", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "43" },
			{ "PC07", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "120" },
			{ "PC08", "Phòng Cảnh sát giao thông", "135" }, { "PC09", "Phòng Kỹ thuật hình sự", "29" },
			{ "PC10", "Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự", "88" },
			{ "PC11", "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp", "41" },
			{ "PK02", "Phòng Cảnh sát cơ động", "150" }, { "PK06", "Phòng Cảnh sát môi trường", "25" } };

	/** Code, name, short name, headcount. */
	private static final String[][] DISTRICTS = { { "H01", "Công an huyện Yên Lạc", "CAH Yên Lạc", "95" },
			{ "H02", "Công an huyện Đông Sơn", "CAH Đông Sơn", "88" } };

	/** Name, headcount. */
	private static final String[][] COMMUNES = { { "Công an phường Bắc Sơn", "24" },
			{ "Công an phường Nam Thành", "22" }, { "Công an phường Đông Hưng", "20" },
			{ "Công an phường Tây Hồ", "19" }, { "Công an phường Hòa Bình", "21" },
			{ "Công an phường Quang Trung", "18" }, { "Công an phường Trần Phú", "17" },
			{ "Công an phường Lê Lợi", "23" }, { "Công an phường Kim Tân", "16" }, { "Công an phường Ánh Dương", "15" },
			{ "Công an xã Yên Lạc", "14" }, { "Công an xã Yên Bình", "13" }, { "Công an xã Đồng Tâm", "12" },
			{ "Công an xã Tân Lập", "12" }, { "Công an xã Phú Xuân", "11" }, { "Công an xã Thanh Hà", "13" },
			{ "Công an xã Minh Đức", "10" }, { "Công an xã Hợp Thành", "11" }, { "Công an xã Ân Nghĩa", "12" },
			{ "Công an xã Ea Tiêu", "10" }, { "Công an xã Sơn Thủy", "11" }, { "Công an xã Bảo Yên", "12" },
			{ "Công an xã Quảng Phú", "13" }, { "Công an xã Vĩnh Lộc", "12" }, { "Công an xã Đức Thịnh", "10" },
			{ "Công an xã Hưng Đạo", "11" }, { "Công an xã Cẩm Thủy", "12" }, { "Công an xã Lạc Sơn", "14" },
			{ "Công an xã Mường Lát", "10" }, { "Công an xã Nga Sơn", "11" }, { "Công an xã Ô Diên", "10" },
			{ "Công an xã Ơn Dương", "9" }, { "Công an xã Ưng Hòa", "10" }, { "Công an xã Xuân Trường", "11" },
			{ "Công an xã Kỳ Anh", "12" }, { "Công an xã Gia Viễn", "10" }, { "Công an xã Hữu Lũng", "11" },
			{ "Công an xã Tiên Yên", "12" }, { "Công an xã Long Hồ", "10" }, { "Công an đặc khu Cô Tô", "16" } };

	/** Name, rank, position. */
	private static final String[][] OFFICERS = { { "Nguyễn Văn Hải", "Thượng tá", "Trưởng phòng" },
			{ "Trần Thị Mai", "Thiếu tá", "Phó Trưởng phòng" }, { "Lê Minh Tuấn", "Đại úy", "Đội trưởng" },
			{ "Phạm Quốc Bảo", "Thượng úy", "Cán bộ" }, { "Hoàng Thị Ánh", "Trung tá", "Phó Trưởng phòng" },
			{ "Đỗ Văn Đạt", "Đại úy", "Cán bộ" }, { "Bùi Thị Thanh Hương", "Thiếu tá", "Đội phó" },
			{ "Võ Đình Khoa", "Trung úy", "Cán bộ" }, { "Đặng Thị Yến", "Thượng úy", "Cán bộ" },
			{ "Ngô Văn Ân", "Trung tá", "Đội trưởng" }, { "Dương Thị Ngọc", "Đại úy", "Cán bộ" },
			{ "Lý Văn Ơn", "Thiếu tá", "Đội phó" }, { "Trịnh Thị Uyên", "Trung úy", "Cán bộ" },
			{ "Mai Xuân Trường", "Thượng tá", "Phó Trưởng phòng" }, { "Đinh Thị Bích", "Đại úy", "Cán bộ" },
			{ "Châu Văn Long", "Thượng úy", "Cán bộ" }, { "Tạ Thị Hạnh", "Thiếu tá", "Cán bộ" },
			{ "Lâm Quốc Việt", "Đại úy", "Đội trưởng" }, { "Hà Thị Dung", "Trung úy", "Cán bộ" },
			{ "Kiều Văn Sơn", "Trung tá", "Phó Trưởng Công an" }, { "Phan Thị Lệ", "Thượng úy", "Cán bộ" },
			{ "Tô Minh Chiến", "Đại úy", "Cán bộ" }, { "Quách Thị Hoa", "Thiếu tá", "Cán bộ" },
			{ "Vương Đức Anh", "Trung úy", "Cán bộ" } };

}
