package vn.thidua.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.storage.FileRules;
import vn.thidua.shared.storage.FileStorage;
import vn.thidua.shared.storage.FileType;
import vn.thidua.shared.storage.StoredFile;
import vn.thidua.shared.web.NotFoundException;

/**
 * Evidence files (minh chứng) of a report or of one of its indicators: PDF, JPEG or PNG.
 * The unit attaches and removes them while it may change the report; whoever sees the
 * report reads them.
 */
@Service
@RequiredArgsConstructor
public class EvidenceService {

	private static final String EVIDENCE = """
			select e.id, e.report_id, e.value_id, f.id, f.original_name, f.content_type, f.size_bytes, f.sha256,
			       f.created_by, f.created_at
			from result_evidence e join stored_file f on f.id = e.file_id
			""";

	private final ReportQueries queries;

	private final ReportPermissions permissions;

	private final FileStorage storage;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ReportHistoryText text;

	/** The evidence files of a report, oldest first: one statement. */
	@Transactional(readOnly = true)
	public List<Evidence> evidence(ResultReport report) {
		return this.jdbc.sql(EVIDENCE + " where e.report_id = :id order by e.created_at, e.id")
			.param("id", report.getId())
			.query(EvidenceService::evidenceRow)
			.list();
	}

	/** An evidence file of a report the user sees, or 404. */
	@Transactional(readOnly = true)
	public Evidence evidence(long reportId, long evidenceId) {
		this.queries.get(reportId);
		return findEvidence(reportId, evidenceId);
	}

	/** Evidence: PDF, JPEG or PNG up to the configured size. */
	public FileRules evidenceRules() {
		return this.storage.rules(FileType.PDF, FileType.JPEG, FileType.PNG);
	}

	public String maxMegabytes() {
		return this.storage.megabytes(evidenceRules().maxBytes());
	}

	/**
	 * Attaches an evidence file to the report, or to one of its values; a refused file
	 * leaves everything as it was.
	 */
	@Transactional
	public Evidence addEvidence(long id, Long valueId, MultipartFile upload) {
		ResultReport report = forUnit(id);
		report.requireEditableByUnit(this.permissions.today());
		ResultValue value = valueId == null ? null : report.value(valueId);
		if (valueId != null && value == null) {
			throw new NotFoundException();
		}
		StoredFile file = this.storage.store(upload, evidenceRules());
		Evidence evidence = new Evidence(insert(id, valueId, file), id, valueId, file);
		this.events.publishEvent(AuditRecord
			.of("RESULT_EVIDENCE_ADDED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
			.change("result.field.evidence", null,
					value == null ? this.text.describe(file) : ReportHistoryText.coded(value, this.text.describe(file)))
			.build());
		return evidence;
	}

	/**
	 * Attaches a stored file to a report being recorded as history: no check, the caller
	 * has made them.
	 */
	void attachToHistory(long reportId, Long valueId, StoredFile file) {
		insert(reportId, valueId, file);
	}

	/** Removes an evidence file while the unit may change the report. */
	@Transactional
	public Evidence removeEvidence(long id, long evidenceId) {
		ResultReport report = forUnit(id);
		report.requireEditableByUnit(this.permissions.today());
		Evidence evidence = findEvidence(id, evidenceId);
		this.jdbc.sql("delete from result_evidence where id = :id").param("id", evidenceId).update();
		this.storage.delete(evidence.file().id());
		this.events.publishEvent(
				AuditRecord.of("RESULT_EVIDENCE_REMOVED", ResultReport.AUDIT_TYPE, id, ReportHistoryText.label(report))
					.change("result.field.evidence", this.text.describe(evidence.file()), null)
					.build());
		return evidence;
	}

	private long insert(long reportId, Long valueId, StoredFile file) {
		return this.jdbc.sql("""
				insert into result_evidence (report_id, value_id, file_id, created_at)
				values (:report, :value, :file, :at) returning id
				""")
			.param("report", reportId)
			.param("value", valueId)
			.param("file", file.id())
			.param("at", Timestamp.from(file.createdAt()))
			.query(Long.class)
			.single();
	}

	/** A visible report of the current user's own unit with its values; 403 otherwise. */
	private ResultReport forUnit(long id) {
		ResultReport report = this.queries.getWithValues(id);
		if (!this.permissions.isOwnUnit(report)) {
			throw new AccessDeniedException("Only the unit enters its report");
		}
		return report;
	}

	private Evidence findEvidence(long reportId, long evidenceId) {
		return this.jdbc.sql(EVIDENCE + " where e.report_id = :report and e.id = :id")
			.param("report", reportId)
			.param("id", evidenceId)
			.query(EvidenceService::evidenceRow)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static Evidence evidenceRow(ResultSet rs, int rowNumber) throws SQLException {
		return new Evidence(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
				new StoredFile(rs.getLong(4), rs.getString(5), FileType.ofContentType(rs.getString(6)).orElseThrow(),
						rs.getLong(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()));
	}

}
