package vn.thidua.campaign;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.audit.AuditRecord;
import vn.thidua.shared.web.NotFoundException;

/**
 * Reordering and removing the contents and indicators of a draft campaign, by those who
 * may edit it. Once launched, units have committed to them, so they stay (the campaign
 * refuses).
 */
@Service
@RequiredArgsConstructor
class CampaignStructureService {

	static final int UP = -1;

	static final int DOWN = 1;

	private final CampaignService campaigns;

	private final CampaignRepository repository;

	private final ApplicationEventPublisher events;

	/** Moves a content up or down; returns its title. */
	@Transactional
	public String moveContent(long campaignId, long contentId, int step) {
		Campaign campaign = editable(campaignId);
		CampaignContent content = content(campaign, contentId);
		int rankBefore = rank(campaign.getContents(), content.getPosition());
		if (campaign.moveContent(content, step)) {
			this.repository.flush();
			this.events.publishEvent(AuditRecord
				.of("CAMPAIGN_CONTENT_MOVED", CampaignService.AUDIT_TYPE, campaignId, CampaignService.label(campaign))
				.change("campaign.field.content", rankBefore + ". " + content.getTitle(),
						rank(campaign.getContents(), content.getPosition()) + ". " + content.getTitle())
				.build());
		}
		return content.getTitle();
	}

	/** Removes a content without indicators; returns its title. */
	@Transactional
	public String removeContent(long campaignId, long contentId) {
		Campaign campaign = editable(campaignId);
		CampaignContent content = content(campaign, contentId);
		campaign.removeContent(content);
		this.repository.flush();
		this.events.publishEvent(AuditRecord
			.of("CAMPAIGN_CONTENT_REMOVED", CampaignService.AUDIT_TYPE, campaignId, CampaignService.label(campaign))
			.change("campaign.field.content", content.getTitle(), null)
			.build());
		return content.getTitle();
	}

	/** Moves an indicator up or down within its content; returns its code. */
	@Transactional
	public String moveIndicator(long campaignId, long indicatorId, int step) {
		Campaign campaign = editable(campaignId);
		Indicator indicator = indicator(campaign, indicatorId);
		CampaignContent content = indicator.getContent();
		int rankBefore = rank(content.getIndicators(), indicator.getPosition());
		if (content.moveIndicator(indicator, step)) {
			this.repository.flush();
			int rankAfter = rank(content.getIndicators(), indicator.getPosition());
			this.events.publishEvent(AuditRecord
				.of("INDICATOR_MOVED", CampaignService.AUDIT_TYPE, campaignId, CampaignService.label(campaign))
				.change("indicator.field.indicator", rankBefore + ". " + describe(indicator),
						rankAfter + ". " + describe(indicator))
				.build());
		}
		return indicator.getCode();
	}

	/** Removes an indicator; returns its code. */
	@Transactional
	public String removeIndicator(long campaignId, long indicatorId) {
		Campaign campaign = editable(campaignId);
		Indicator indicator = indicator(campaign, indicatorId);
		indicator.getContent().removeIndicator(indicator);
		this.repository.flush();
		this.events.publishEvent(AuditRecord
			.of("INDICATOR_REMOVED", CampaignService.AUDIT_TYPE, campaignId, CampaignService.label(campaign))
			.change("indicator.field.indicator", describe(indicator), null)
			.build());
		return indicator.getCode();
	}

	private Campaign editable(long id) {
		Campaign campaign = this.campaigns.get(id);
		if (!this.campaigns.canEdit(campaign)) {
			throw new AccessDeniedException("Not allowed");
		}
		return campaign;
	}

	private static CampaignContent content(Campaign campaign, long contentId) {
		return campaign.getContents()
			.stream()
			.filter(c -> c.getId() == contentId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private static Indicator indicator(Campaign campaign, long indicatorId) {
		return campaign.indicators()
			.stream()
			.filter(i -> i.getId() == indicatorId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The place, counted from 1, of the item at a position: as "Nội dung 2" on the page.
	 */
	private static int rank(java.util.List<?> items, int position) {
		return (int) items.stream()
			.mapToInt(item -> item instanceof CampaignContent c ? c.getPosition() : ((Indicator) item).getPosition())
			.filter(p -> p <= position)
			.count();
	}

	private static String describe(Indicator indicator) {
		return indicator.getCode() + " " + indicator.getName();
	}

}
