package vn.thidua.shared.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visibility rules of the repositories ({@code VISIBLE}): queries built on them keep
 * their plan in Hibernate's cache (instead of being translated into SQL again on every
 * execution) and answer as the database's functions called directly do.
 */
@SpringBootTest
class ScopeQueryPlanTests {

	/**
	 * Repository, the JPQL query counting what its rule lets through, and the SQL
	 * counting the same with the database's function.
	 */
	static final List<List<String>> RULES = List.of(
			List.of("vn.thidua.organization.UnitRepository", "select count(u) from Unit u where ",
					"select count(*) from unit where unit_visible(id, path, :all, :prefix, :unitId)"),
			List.of("vn.thidua.organization.ClusterRepository", "select count(c) from EmulationCluster c where ",
					"select count(*) from emulation_cluster where cluster_visible(id, :all, :prefix, :unitId)"),
			List.of("vn.thidua.campaign.CampaignRepository", "select count(k) from Campaign k where ",
					"select count(*) from campaign where campaign_visible(id, :all, :prefix, :unitId)"),
			List.of("vn.thidua.pledge.CovenantRepository", "select count(c) from Covenant c where ",
					"select count(*) from covenant where covenant_visible(id, :all, :prefix, :unitId)"),
			List.of("vn.thidua.result.ResultReportRepository",
					"select count(r) from ResultReport r join r.unit u left join r.cluster cl where ",
					"select count(*) from result_report r join unit u on u.id = r.unit_id"
							+ " left join emulation_cluster cl on cl.id = r.cluster_id"
							+ " where unit_visible(u.id, u.path, :all, :prefix, :unitId)"
							+ " or cl.head_unit_id = :unitId or cl.deputy_unit_id = :unitId"));

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	static String visible(String repository) throws ReflectiveOperationException {
		Field field = Class.forName(repository).getDeclaredField("VISIBLE");
		field.setAccessible(true);
		return (String) field.get(null);
	}

	List<Scope> scopes() {
		Map<String, Object> province = this.jdbc.sql("select id, path from unit where code = 'LS'").query().singleRow();
		Map<String, Object> commune = this.jdbc.sql("select id, path from unit where code = 'LS-PA04'")
			.query()
			.singleRow();
		return List.of(Scope.everything(),
				Scope.subtree(((Number) province.get("id")).longValue(), (String) province.get("path")),
				Scope.ownUnit(((Number) commune.get("id")).longValue(), (String) commune.get("path")));
	}

	boolean planKept(String jpql, Scope scope) {
		return this.transactions.execute((status) -> {
			var query = this.entityManager.createQuery(jpql, Long.class);
			scope.parameters().forEach(query::setParameter);
			return SqmInterpretationsKey.createInterpretationsKey(query.unwrap(SqmQueryImpl.class)) != null;
		});
	}

	@Test
	void eachRuleKeepsItsPlanAndAnswersAsTheDatabase() throws ReflectiveOperationException {
		List<Scope> scopes = scopes();
		for (List<String> rule : RULES) {
			String jpql = rule.get(1) + visible(rule.get(0));
			for (Scope scope : scopes) {
				assertThat(planKept(jpql, scope)).as("plan of %s kept", rule.get(0)).isTrue();
				long counted = this.transactions.execute((status) -> {
					var query = this.entityManager.createQuery(jpql, Long.class);
					scope.parameters().forEach(query::setParameter);
					return query.getSingleResult();
				});
				long expected = this.jdbc.sql(rule.get(2)).params(scope.parameters()).query(Long.class).single();
				assertThat(counted).as("%s for %s", rule.get(0), scope).isEqualTo(expected);
			}
		}
		assertThat(this.jdbc.sql("select count(*) from result_report").query(Long.class).single()).isPositive();
	}

	@Test
	void withoutTheParametersNamedOutsideTheFunctionThePlanIsNotKept() {
		String jpql = "select count(k) from Campaign k where function('campaign_visible', k.id, :all, :prefix, :unitId) = true";
		assertThat(planKept(jpql, Scope.everything())).isFalse();
		assertThat(planKept(jpql.replace("= true", "= true and " + Scope.SINGLE_VALUES), Scope.everything())).isTrue();
	}

}
