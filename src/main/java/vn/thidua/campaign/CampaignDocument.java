package vn.thidua.campaign;

import vn.thidua.shared.storage.StoredFile;

/**
 * A launch document (văn bản phát động) of a campaign: a PDF sent to the units with it
 * (plan, guidance, decision...), with its title.
 *
 * @param id the document's id
 * @param campaignId the campaign it belongs to
 * @param title its title, e.g. "Kế hoạch phát động phong trào thi đua năm 2026"
 * @param file the stored file: name, size, type, who uploaded it and when
 */
public record CampaignDocument(long id, long campaignId, String title, StoredFile file) {

}
