package vn.thidua.shared.db;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
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
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

}
