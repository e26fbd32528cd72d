package vn.thidua.award.decision;

/**
 * A decision was recorded: its lines are award records now. Published inside the
 * recording transaction, so that what answers it (the proposal dossier it was entered
 * from becomes decided) happens with it or not at all.
 *
 * @param decisionId the decision
 * @param dossierId the proposal dossier it answers, or {@code null}
 */
public record DecisionRecorded(long decisionId, Long dossierId) {

}
