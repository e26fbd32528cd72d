package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.List;

/** Scoring tables for tests: a valid 100-point table over a campaign's indicators. */
final class TestScoringTables {

	private TestScoringTables() {
	}

	/**
	 * Saves a valid 100-point table, the maxima shared out evenly (the last indicator
	 * takes the rest). Run as a user who may edit the campaign.
	 */
	static CampaignScoringTable saveValid(ScoringTableService scoring, long campaignId) {
		return scoring.saveCampaignTable(campaignId, valid(scoring.indicators(campaignId)));
	}

	static ScoringTableForm valid(List<Indicator> indicators) {
		ScoringTableForm form = new ScoringTableForm();
		form.setScale(BigDecimal.valueOf(100));
		int share = 100 / indicators.size();
		for (int i = 0; i < indicators.size(); i++) {
			int max = i == indicators.size() - 1 ? 100 - share * (indicators.size() - 1) : share;
			form.getRules()
				.add(new ScoringTableForm.RuleLine(indicators.get(i).getId(), BigDecimal.valueOf(max), null, null,
						null));
		}
		return form;
	}

}
