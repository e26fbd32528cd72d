package vn.thidua.shared.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules for one cluster, campaign or covenant (the lookups by id, V62) let through
 * exactly what the set-returning rules do (the lists, the other modules' queries): for
 * every object in the database and every scope a user can have (everything, each unit's
 * subtree, each unit alone).
 */
@SpringBootTest
class VisibilityRuleTests {

	/**
	 * The scopes of {@link Scope}: everything, each unit's subtree and each unit alone.
	 */
	private static final String SCOPES = """
			with scopes (s_all, s_prefix, s_unit) as (
			    select true, '#', -1::bigint
			    union all select false, u.path || '%', u.id from unit u
			    union all select false, '#', u.id from unit u)
			""";

	/** The object's table, its rule by id and its set-returning rule. */
	private static final List<List<String>> RULES = List.of(
			List.of("emulation_cluster", "cluster_visible", "visible_cluster_ids"),
			List.of("campaign", "campaign_visible", "visible_campaign_ids"),
			List.of("covenant", "covenant_visible", "visible_covenant_ids"));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theRuleForOneObjectAgreesWithTheRuleForTheSet() {
		// with a launched campaign made a draft for the time of the test (rolled back):
		// a draft is seen by its organiser's subtree only, not by the units it covers
		this.transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			assertThat(this.jdbc.sql("""
					update campaign set state = 'DRAFT'
					where id = (select min(k.id) from campaign k where k.state <> 'DRAFT'
					            and exists (select 1 from campaign_cluster sc where sc.campaign_id = k.id))""")
				.update()).isEqualTo(1);
			compare(false);
		});
		compare(true);
	}

	/**
	 * Compares the two rules over every object and scope; {@code throughOwnUnit}: some
	 * objects are expected visible to a unit alone (with the demo's launched campaign
	 * made a draft, no campaign is).
	 */
	private void compare(boolean throughOwnUnit) {
		for (List<String> rule : RULES) {
			String table = rule.get(0);
			String byId = rule.get(1);
			String set = rule.get(2);
			List<Long> counts = this.jdbc.sql(SCOPES + """
					select count(*),
					       count(*) filter (where %2$s(x.id, s.s_all, s.s_prefix, s.s_unit)),
					       count(*) filter (where %2$s(x.id, s.s_all, s.s_prefix, s.s_unit)
					                        <> (x.id in (select v.id from %3$s(s.s_all, s.s_prefix, s.s_unit) v))),
					       count(*) filter (where not s.s_all and s.s_prefix = '#'
					                        and %2$s(x.id, s.s_all, s.s_prefix, s.s_unit))
					from scopes s cross join %1$s x
					""".formatted(table, byId, set))
				.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
				.single();
			long pairs = counts.get(0);
			long visible = counts.get(1);
			long disagreeing = counts.get(2);
			long ownUnitOnly = counts.get(3);
			assertThat(disagreeing).as(byId + " against " + set).isZero();
			// not vacuous: some objects are visible and some are not, and some only
			// through the user's own unit (a membership, a campaign covering it)
			assertThat(visible).as(byId).isPositive().isLessThan(pairs);
			if (throughOwnUnit) {
				assertThat(ownUnitOnly).as(byId + " for a unit alone").isPositive();
			}
			// an id that does not exist is never visible, not even to an administrator
			assertThat(this.jdbc.sql("select %s(-1, true, '#', -1)".formatted(byId)).query(Boolean.class).single())
				.isFalse();
		}
	}

}
