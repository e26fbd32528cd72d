package vn.thidua.voting;

/**
 * A ballot as published at the tally: its place in the (random) order, the receipt code
 * given to its voter, its canonical content ({@code candidateId:A|D|N}, comma-separated,
 * by candidate id) and its chain hash.
 */
public record PublishedBallot(int position, String receipt, String content, String hash) {

}
