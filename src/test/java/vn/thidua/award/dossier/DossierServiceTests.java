package vn.thidua.award.dossier;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.thidua.TestUsers;
import vn.thidua.award.catalogue.Authority;
import vn.thidua.award.dossier.DossierService.LineInput;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proposal dossiers made by provincial staff. The demo's tallied 2025 session of Khối
 * Cảnh sát passed PC08 and PC02 as Đơn vị quyết thắng (PC07 did not pass, and PC08 missed
 * the provincial flag's 80%), so a dossier made from it has exactly those two lines, for
 * the collective ĐVQT of the catalogue. Every dossier a test makes is removed afterwards.
 */
@SpringBootTest
class DossierServiceTests {

	private static final String SESSION = "Bình xét, suy tôn thi đua năm 2025 của Khối Cảnh sát";

	@Autowired
	DossierService dossiers;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeTheDossiers() {
		for (long id : this.made) {
			this.jdbc.sql("delete from award_dossier where id = :id").param("id", id).update();
		}
	}

	@Test
	void aDossierMadeFromTheTalliedSessionProposesThePassedUnits() {
		long session = this.jdbc.sql("select id from voting_session where title = :t and round = 1")
			.param("t", SESSION)
			.query(Long.class)
			.single();
		Dossier dossier = as("staff", () -> this.dossiers.fromSession(session, Authority.DIRECTOR));
		this.made.add(dossier.getId());

		DossierService.DossierView view = as("staff", () -> this.dossiers.view(dossier.getId()));
		assertThat(view.dossier().getYear()).isEqualTo(2025);
		assertThat(view.dossier().getSource()).isEqualTo(DossierSource.VOTING);
		assertThat(view.dossier().getSourceId()).isEqualTo(session);
		assertThat(view.dossier().getState()).isEqualTo(DossierState.DRAFT);
		assertThat(view.lines()).extracting(DossierLine::getUnitId)
			.containsExactlyInAnyOrder(unit("LS-PC08"), unit("LS-PC02"));
		assertThat(view.lines()).allMatch(DossierLine::isCollective);
		assertThat(view.lines()).allMatch(l -> view.items().get(l.getItemId()).getCode().equals("DVQT"));
		assertThat(view.lines()).extracting(DossierLine::getLineNo).containsExactly(1, 2);

		// outside the proposing unit's scope: not found; and a unit's commander writes
		// nothing
		assertThatThrownBy(() -> as("head.commander", () -> this.dossiers.view(dossier.getId())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("head.commander", () -> this.dossiers.fromSession(session, Authority.DIRECTOR)))
			.isInstanceOf(AccessDeniedException.class);

		// a stale version is refused; then submitted once, not twice
		assertThatThrownBy(() -> as("staff", () -> this.dossiers.submit(dossier.getId(), dossier.getVersion() + 5)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		Dossier submitted = as("staff", () -> this.dossiers.submit(dossier.getId(), dossier.getVersion()));
		assertThat(submitted.getState()).isEqualTo(DossierState.SUBMITTED);
		assertThatThrownBy(() -> as("staff", () -> this.dossiers.submit(dossier.getId(), submitted.getVersion())))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.dossier.error.notDraft");

		// returned with a reason, never without one
		assertThatThrownBy(
				() -> as("staff", () -> this.dossiers.sendBack(dossier.getId(), submitted.getVersion(), " ")))
			.isInstanceOf(BusinessRuleException.class);
		Dossier returned = as("staff",
				() -> this.dossiers.sendBack(dossier.getId(), submitted.getVersion(), "Thiếu báo cáo thành tích"));
		assertThat(returned.getState()).isEqualTo(DossierState.RETURNED);
		assertThat(returned.getReturnReason()).isEqualTo("Thiếu báo cáo thành tích");
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		long before = count();
		long pc02 = unit("LS-PC02");
		long dvqt = item("DVQT", "COLLECTIVE");
		assertThatThrownBy(() -> as("staff", () -> this.dossiers.byHand(2025, Authority.DIRECTOR, List.of())))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.dossier.error.noLines");
		assertThatThrownBy(() -> as("staff",
				() -> this.dossiers.byHand(2025, Authority.DIRECTOR,
						List.of(new LineInput(pc02, null, dvqt, null), new LineInput(pc02, null, -1, null)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.dossier.error.unknownItem");
		// an individual's title for a unit
		assertThatThrownBy(() -> as("staff",
				() -> this.dossiers.byHand(2025, Authority.DIRECTOR,
						List.of(new LineInput(pc02, null, item("CSTT", "INDIVIDUAL"), null)))))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "award.dossier.error.unknownItem");
		assertThat(count()).isEqualTo(before);

		Dossier dossier = as("staff", () -> this.dossiers.byHand(2025, Authority.DIRECTOR,
				List.of(new LineInput(pc02, null, dvqt, "Dẫn đầu phong trào thi đua năm 2025"))));
		this.made.add(dossier.getId());
		assertThat(dossier.getSource()).isEqualTo(DossierSource.MANUAL);
		assertThat(count()).isEqualTo(before + 1);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from award_dossier").query(Long.class).single();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from organization_unit_v where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long item(String code, String recipient) {
		return this.jdbc.sql(
				"select id from award_catalogue_item where code = :c and recipient = :r order by valid_from desc limit 1")
			.param("c", code)
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return TestUsers.runAs(this.users, username, action);
	}

}
