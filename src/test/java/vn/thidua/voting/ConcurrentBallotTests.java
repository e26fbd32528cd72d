package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.voting.VotingTestData.as;
import static vn.thidua.voting.VotingTestData.commander;
import static vn.thidua.voting.VotingTestData.run;
import static vn.thidua.voting.VotingTestData.staff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.ThiduaApplication;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.voting.VotingTestData.Cluster;

/**
 * 200 voters each submitting twice at once, half of the submissions through a second
 * application context on the same database (as a second instance behind a proxy would):
 * exactly 200 ballots and 200 participations, every second submission refused.
 */
@SpringBootTest
class ConcurrentBallotTests {

	private static final int VOTERS = 200;

	@Autowired
	VotingService voting;

	@Autowired
	BallotBox box;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoHundredVotersSubmittingTwiceAtOnceThroughTwoInstancesLeaveTwoHundredBallots() throws Exception {
		Cluster c = VotingTestData.cluster(this.jdbc, VOTERS);
		long[] t = as(staff(c), () -> {
			long s = this.voting.create(c.id(), VotingTestData.YEAR, null, "Bình xét đồng thời", ElectorateKind.UNITS)
				.getId();
			long q = this.voting.addQuestion(s, Award.DVTT, null, 1, null).getId();
			long a = this.voting.addCandidate(s, q, c.unit(0), null, null, "Đề nghị").getId();
			long b = this.voting.addCandidate(s, q, c.unit(1), null, null, "Đề nghị").getId();
			this.voting.open(s, VotingTestData.inAnHour());
			return new long[] { s, a, b };
		});
		long s = t[0];
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ThiduaApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("thidua.demo.mode=false", "spring.main.banner-mode=off", "server.port=0")
			.run()) {
			BallotBox other = second.getBean(BallotBox.class);
			List<Runnable> tasks = new ArrayList<>();
			AtomicInteger cast = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
			CountDownLatch start = new CountDownLatch(1);
			for (int i = 0; i < VOTERS; i++) {
				int voter = i;
				// unit 0 and 1 are candidates: each approves the other, the rest split
				long choice = voter == 0 ? t[2] : voter == 1 ? t[1] : (voter % 2 == 0 ? t[1] : t[2]);
				for (BallotBox through : List.of(this.box, other)) {
					tasks.add(() -> {
						try {
							start.await();
							as(commander(c, voter), () -> through.cast(s, Map.of(choice, Choice.APPROVE)));
							cast.incrementAndGet();
						}
						catch (BusinessRuleException ex) {
							if ("voting.error.alreadyVoted".equals(ex.messageKey())) {
								refused.incrementAndGet();
							}
							else {
								unexpected.add(ex);
							}
						}
						catch (Throwable ex) {
							unexpected.add(ex);
						}
					});
				}
			}
			Collections.shuffle(tasks);
			ExecutorService pool = Executors.newFixedThreadPool(16);
			List<Future<?>> futures = new ArrayList<>();
			tasks.forEach(task -> futures.add(pool.submit(task)));
			start.countDown();
			for (Future<?> future : futures) {
				future.get(5, TimeUnit.MINUTES);
			}
			pool.shutdown();
			assertThat(unexpected).isEmpty();
			assertThat(cast.get()).isEqualTo(VOTERS);
			assertThat(refused.get()).isEqualTo(VOTERS);
		}
		assertThat(count("select count(*) from voting_participation where session_id = " + s)).isEqualTo(VOTERS);
		assertThat(count("select count(*) from voting_sealed_ballot where session_id = " + s)).isEqualTo(VOTERS);
		run(staff(c), () -> this.voting.close(s));
		VotingSession tallied = as(staff(c), () -> this.box.tally(s));
		assertThat(tallied.getBallotCount()).isEqualTo(VOTERS);
		assertThat(count("select count(*) from voting_ballot where session_id = " + s)).isEqualTo(VOTERS);
		assertThat(as(staff(c), () -> this.box.verify(s)).intact()).isTrue();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
