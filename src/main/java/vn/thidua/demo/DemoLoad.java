package vn.thidua.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.thidua.organization.UnitRepository;
import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.db.StartupWork;
import vn.thidua.shared.security.CurrentUser;

/**
 * Loads the demo province all or nothing: every {@link DemoStep} runs in one transaction,
 * under the start-up lock shared by the instances, and the last thing written is the
 * marker (an audit line {@code DEMO_LOADED}). A start stopped half-way (a crash, a
 * SIGTERM) commits nothing, so the next start finds no marker and loads it all again; an
 * instance starting while another loads waits for it and then finds the marker.
 * <p>
 * {@code thidua.demo.mode}: {@code auto} (default) loads it on the embedded database
 * only; {@code true} or {@code false} force it.
 */
@Component
@Order(10)
class DemoLoad implements ApplicationRunner {

	static final String MARKER_ACTION = "DEMO_LOADED";

	static final String MARKER_TYPE = "DEMO";

	private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

	private final Environment environment;

	private final StartupWork startupWork;

	private final List<DemoStep> steps;

	private final AuditTrail audit;

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	DemoLoad(Environment environment, StartupWork startupWork, List<DemoStep> steps, AuditTrail audit,
			UnitRepository units, ApplicationEventPublisher events) {
		this.environment = environment;
		this.startupWork = startupWork;
		this.steps = steps;
		this.audit = audit;
		this.units = units;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled()) {
			load(this.steps);
		}
	}

	/** Loads the steps unless the marker is there; true if it loaded them. */
	boolean load(List<DemoStep> steps) {
		boolean[] loaded = new boolean[1];
		long started = System.nanoTime();
		this.startupWork.runAlone(() -> {
			if (!this.audit.historyOf(MARKER_TYPE, 0L).isEmpty()) {
				log.info("Dữ liệu mẫu đã có sẵn");
				return;
			}
			if (this.units.findByCodeIgnoreCase(DemoDataLoader.PROVINCE_CODE).isPresent()) {
				// loaded before the load was made atomic, when no marker was written: it
				// is
				// left as it is rather than loaded a second time over it
				log.warn("Dữ liệu mẫu đã có sẵn (nạp từ phiên bản trước, không có dấu hoàn tất)");
				return;
			}
			CurrentUser.runAsSystem(() -> {
				for (DemoStep step : steps) {
					step.load();
				}
				this.events
					.publishEvent(AuditRecord.of(MARKER_ACTION, MARKER_TYPE, 0L, "Công an tỉnh Lâm Sơn").build());
			});
			loaded[0] = true;
		});
		if (loaded[0]) {
			log.info("Đã nạp toàn bộ dữ liệu mẫu trong một giao dịch ({} ms)",
					(System.nanoTime() - started) / 1_000_000);
		}
		return loaded[0];
	}

	private boolean enabled() {
		String mode = this.environment.getProperty("thidua.demo.mode", "auto").trim();
		if ("auto".equalsIgnoreCase(mode)) {
			return !StringUtils.hasText(this.environment.getProperty("spring.datasource.url"));
		}
		return Boolean.parseBoolean(mode);
	}

}
