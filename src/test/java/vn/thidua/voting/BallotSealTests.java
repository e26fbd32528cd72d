package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealing ballots without a database: the secret generated at first start and reused,
 * sealed ballots bound to their session and row, another secret refused.
 */
class BallotSealTests {

	@TempDir
	Path dir;

	@Test
	void theSecretIsGeneratedOnceOwnerOnlyAndReusedAfterARestart() throws Exception {
		Path file = this.dir.resolve("data/voting-ballot.secret");
		BallotSeal first = new BallotSeal(new VotingProperties(null, file.toString()));
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		UUID id = UUID.randomUUID();
		byte[] sealed = first.seal(7, id, "K7QF-93MZ-XR4P\n1:A,2:N");
		BallotSeal restarted = new BallotSeal(new VotingProperties("", file.toString()));
		assertThat(restarted.open(7, id, sealed)).isEqualTo("K7QF-93MZ-XR4P\n1:A,2:N");
		assertThat(restarted.keyCheck(7)).isEqualTo(first.keyCheck(7)).isNotEqualTo(first.keyCheck(8));
	}

	@Test
	void aSealedBallotOpensOnlyInItsSessionAndRowWithTheSameSecret() {
		BallotSeal seal = new BallotSeal(new VotingProperties("một bí mật đủ dài của ứng dụng", "unused"));
		UUID id = UUID.randomUUID();
		byte[] sealed = seal.seal(7, id, "X\n1:A");
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("1:A");
		assertThatThrownBy(() -> seal.open(8, id, sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> seal.open(7, UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> seal.open(7, id, sealed)).isInstanceOf(IllegalStateException.class);
		BallotSeal other = new BallotSeal(new VotingProperties("một bí mật khác của máy chủ khác", "unused"));
		assertThat(other.keyCheck(7)).isNotEqualTo(seal.keyCheck(7));
	}

}
