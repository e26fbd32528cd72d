package vn.thidua.voting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ballot box ({@code thidua.voting.*}).
 *
 * @param ballotSecret the application secret from which each session's ballot key is
 * derived; never stored in the database. Set it (e.g. {@code THIDUA_BALLOT_SECRET}) on
 * every instance when several run; when empty, the secret is read from
 * {@code secretFile}, generated there at first start
 * @param secretFile where the generated secret is kept, outside the database's own
 * directory so that a database copy or dump does not carry it
 */
@ConfigurationProperties("thidua.voting")
record VotingProperties(String ballotSecret, @DefaultValue("./data/voting-ballot.secret") String secretFile) {

}
