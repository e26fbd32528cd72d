package vn.thidua.shared.db;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends, so that tests and the benchmark can
 * prove that a page costs a bounded number of queries whatever the size of the data.
 */
@Component
public class SqlStatementCounter implements BeanPostProcessor, QueryExecutionListener {

	private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);

	private static final AtomicLong TOTAL = new AtomicLong();

	/**
	 * Statements this thread sends while a benchmark captures them, with their values.
	 */
	private static final ThreadLocal<List<Statement>> CAPTURED = new ThreadLocal<>();

	/** A statement as sent: its SQL and the values bound to it, in order. */
	public record Statement(String sql, List<ParameterSetOperation> parameters) {

	}

	/** Starts recording the statements this thread sends (the benchmark replays them). */
	public static void capture() {
		CAPTURED.set(new ArrayList<>());
	}

	/** Stops recording and returns what this thread sent since {@link #capture()}. */
	public static List<Statement> captured() {
		List<Statement> statements = CAPTURED.get();
		CAPTURED.remove();
		return statements == null ? List.of() : statements;
	}

	/** Statements sent by this thread since the last {@link #reset()}. */
	public static long current() {
		return COUNT.get().get();
	}

	/** Statements sent by all threads since the application started. */
	public static long total() {
		return TOTAL.get();
	}

	public static void reset() {
		COUNT.get().set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(this).build();
		}
		return bean;
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		COUNT.get().addAndGet(queryInfoList.size());
		TOTAL.addAndGet(queryInfoList.size());
		List<Statement> captured = CAPTURED.get();
		if (captured != null) {
			for (QueryInfo query : queryInfoList) {
				List<ParameterSetOperation> values = query.getParametersList().isEmpty() ? List.of()
						: new ArrayList<>(query.getParametersList().get(0));
				values.sort(Comparator
					.comparingInt(operation -> operation.getArgs()[0] instanceof Number index ? index.intValue() : 0));
				captured.add(new Statement(query.getQuery(), List.copyOf(values)));
			}
		}
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

}
