package vn.thidua.result;

import vn.thidua.shared.storage.StoredFile;

/**
 * An evidence file (minh chứng) of a report, attached to the whole report or to one of
 * its values.
 *
 * @param id the evidence's id
 * @param reportId the report
 * @param valueId the value it supports, {@code null} for the whole report
 * @param file the stored file
 */
public record Evidence(long id, long reportId, Long valueId, StoredFile file) {

}
