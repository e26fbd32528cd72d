package vn.thidua.campaign;

/**
 * Type of campaign (loại đợt thi đua): regular (thường xuyên), peak (cao điểm), thematic
 * (chuyên đề), celebrating an event (kỷ niệm sự kiện).
 */
public enum CampaignKind {

	REGULAR, PEAK, THEMATIC, CELEBRATION

}
