/**
 * Year-end review and voting (bình xét, suy tôn, bỏ phiếu kín) of an emulation cluster:
 * review sessions prepared by the cluster's head unit or provincial staff, with questions
 * (the award or title each proposes, its number of places and approval threshold) and
 * candidates suggested from the year's ranking and registrations; the electorate frozen
 * when voting opens; the online secret ballot, in which nothing stored links a ballot to
 * its voter; the tally (quorum, thresholds against the whole electorate, ranking when
 * more pass than there are places, ties settled by the chair, a second round or the
 * competent leader); the published, hash-chained ballot box that anyone in the session
 * can verify; and the proposals that passed, published as events for the award module.
 * The state machine is owned by {@link vn.thidua.voting.VotingSession}; the secrecy
 * design is described in {@code docs/adr/0009-secret-ballot.md}.
 */
package vn.thidua.voting;
