package vn.thidua.campaign;

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
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.BusinessRuleException;
import vn.thidua.shared.web.NotFoundException;

/**
 * The launch documents (văn bản phát động) of a campaign: PDF files only, added while the
 * campaign is a draft or launched, by those who may edit it; removed only while it is a
 * draft; read by whoever sees the campaign.
 */
@Service
@RequiredArgsConstructor
public class CampaignDocumentService {

	private static final String COLUMNS = """
			select d.id, d.campaign_id, d.title, f.id, f.original_name, f.content_type, f.size_bytes, f.sha256,
			       f.created_by, f.created_at
			from campaign_document d join stored_file f on f.id = d.file_id
			""";

	private final CampaignService campaigns;

	private final FileStorage storage;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/** Launch documents are official texts: PDF only, up to the configured size. */
	public FileRules rules() {
		return this.storage.rules(FileType.PDF);
	}

	/** The limit in MB as users read it ("10"). */
	public String maxMegabytes() {
		return this.storage.megabytes(rules().maxBytes());
	}

	/**
	 * The documents of a campaign the caller already obtained from
	 * {@link CampaignService} (so within the user's scope), oldest first: one statement.
	 */
	@Transactional(readOnly = true)
	public List<CampaignDocument> list(Campaign campaign) {
		return this.jdbc.sql(COLUMNS + " where d.campaign_id = :id order by d.created_at, d.id")
			.param("id", campaign.getId())
			.query(CampaignDocumentService::row)
			.list();
	}

	/** A document of a campaign the user sees, or 404. */
	@Transactional(readOnly = true)
	public CampaignDocument get(long campaignId, long documentId) {
		this.campaigns.get(campaignId);
		return find(campaignId, documentId);
	}

	/** Adds an uploaded PDF; a refused file leaves everything as it was. */
	@Transactional
	public CampaignDocument add(long campaignId, String title, MultipartFile upload) {
		Campaign campaign = openForAdding(campaignId);
		return added(campaign, title, this.storage.store(upload, rules()));
	}

	/** Adds a PDF the application made (e.g. the demo plan). */
	@Transactional
	public CampaignDocument add(long campaignId, String title, String fileName, byte[] content) {
		Campaign campaign = openForAdding(campaignId);
		return added(campaign, title, this.storage.store(fileName, content, rules()));
	}

	/**
	 * Removes a document of a draft. A launched campaign's documents stay: the units in
	 * its scope have received them with the campaign and may act on them, so they must
	 * remain readable as sent; a correction is a new document.
	 */
	@Transactional
	public CampaignDocument remove(long campaignId, long documentId) {
		Campaign campaign = editable(campaignId);
		CampaignDocument document = find(campaignId, documentId);
		if (!CampaignState.DRAFT.name().equals(lockedState(campaignId))) {
			throw new BusinessRuleException("campaign.document.error.removeLaunched");
		}
		this.jdbc.sql("delete from campaign_document where id = :id").param("id", documentId).update();
		this.storage.delete(document.file().id());
		this.events.publishEvent(AuditRecord
			.of("CAMPAIGN_DOCUMENT_REMOVED", CampaignService.AUDIT_TYPE, campaignId, CampaignService.label(campaign))
			.change("campaign.document.field.document", describe(document), null)
			.build());
		return document;
	}

	private Campaign openForAdding(long campaignId) {
		Campaign campaign = editable(campaignId);
		String state = lockedState(campaignId);
		if (!CampaignState.DRAFT.name().equals(state) && !CampaignState.LAUNCHED.name().equals(state)) {
			throw new BusinessRuleException("campaign.document.error.finished");
		}
		return campaign;
	}

	private CampaignDocument added(Campaign campaign, String title, StoredFile file) {
		String cleanTitle = title.strip();
		long id = this.jdbc.sql("""
				insert into campaign_document (campaign_id, file_id, title, created_at)
				values (:campaign, :file, :title, :at) returning id
				""")
			.param("campaign", campaign.getId())
			.param("file", file.id())
			.param("title", cleanTitle)
			.param("at", java.sql.Timestamp.from(file.createdAt()))
			.query(Long.class)
			.single();
		CampaignDocument document = new CampaignDocument(id, campaign.getId(), cleanTitle, file);
		this.events.publishEvent(AuditRecord
			.of("CAMPAIGN_DOCUMENT_ADDED", CampaignService.AUDIT_TYPE, campaign.getId(),
					CampaignService.label(campaign))
			.change("campaign.document.field.document", null, describe(document))
			.build());
		return document;
	}

	private Campaign editable(long campaignId) {
		Campaign campaign = this.campaigns.get(campaignId);
		if (!this.campaigns.canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		return campaign;
	}

	/**
	 * The campaign's state, read with a row lock, so that a launch (or another change of
	 * state) in between waits for this transaction.
	 */
	private String lockedState(long campaignId) {
		return this.jdbc.sql("select state from campaign where id = :id for update")
			.param("id", campaignId)
			.query(String.class)
			.single();
	}

	private CampaignDocument find(long campaignId, long documentId) {
		return this.jdbc.sql(COLUMNS + " where d.campaign_id = :campaign and d.id = :id")
			.param("campaign", campaignId)
			.param("id", documentId)
			.query(CampaignDocumentService::row)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static CampaignDocument row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
		return new CampaignDocument(rs.getLong(1), rs.getLong(2), rs.getString(3),
				new StoredFile(rs.getLong(4), rs.getString(5), FileType.ofContentType(rs.getString(6)).orElseThrow(),
						rs.getLong(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()));
	}

	/** "Kế hoạch phát động (ke-hoach.pdf, 245,3 KB)" for the history. */
	private String describe(CampaignDocument document) {
		return document.title() + " (" + document.file().originalName() + ", "
				+ Formats.RECORDS.fileSize(document.file().size()) + ")";
	}

}
