package vn.thidua.voting;

/**
 * What a voter gets on casting a ballot: a code that appears, with the ballot, in the box
 * published at the tally, and nowhere before. Nothing stored links it to the voter.
 *
 * @param code e.g. {@code K7QF-93MZ-XR4P}
 */
public record Receipt(String code) {

}
