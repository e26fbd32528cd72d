package vn.thidua.campaign;

/**
 * Lifecycle of a campaign: draft, launched (phát động), closed, summarised (tổng kết).
 */
public enum CampaignState {

	DRAFT, LAUNCHED, CLOSED, SUMMARISED

}
