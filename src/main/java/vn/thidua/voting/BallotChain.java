package vn.thidua.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the published ballots, one rule for publishing and verifying:
 * {@code h0 = SHA-256("thidua-ballot-box|" + session)},
 * {@code hi = SHA-256(hex(h(i-1)) + "\n" + position + "|" + receipt + "|" + content)}.
 */
final class BallotChain {

	private BallotChain() {
	}

	static String start(long sessionId) {
		return sha256("thidua-ballot-box|" + sessionId);
	}

	static String next(String previous, int position, String receipt, String content) {
		return sha256(previous + "\n" + position + "|" + receipt + "|" + content);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
