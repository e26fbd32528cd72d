package vn.thidua.voting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Seals and opens ballots while a session is open: AES-256-GCM under a key derived
 * (HMAC-SHA-256) from the application secret and the session id, the sealed row's random
 * id and the session id bound in as associated data, so a sealed ballot cannot be moved
 * to another session or row. The secret never reaches the database; only a fingerprint of
 * the session key is stored, to refuse sealing with a different secret.
 */
@Component
@EnableConfigurationProperties(VotingProperties.class)
class BallotSeal {

	private static final Logger log = LoggerFactory.getLogger(BallotSeal.class);

	private static final int NONCE = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final byte[] secret;

	BallotSeal(VotingProperties properties) {
		this.secret = StringUtils.hasText(properties.ballotSecret())
				? properties.ballotSecret().getBytes(StandardCharsets.UTF_8)
				: fromFile(Path.of(properties.secretFile()));
	}

	/** A fingerprint of the session key, stored with the session when it opens. */
	String keyCheck(long sessionId) {
		return HexFormat.of().formatHex(hmac(key(sessionId), "key-check"));
	}

	byte[] seal(long sessionId, UUID id, String plain) {
		try {
			byte[] nonce = new byte[NONCE];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(sessionId), "AES"),
					new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated(sessionId, id));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal a ballot", ex);
		}
	}

	/**
	 * Opens a sealed ballot; fails if it was altered, moved, or sealed with another key.
	 */
	String open(long sessionId, UUID id, byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(sessionId), "AES"),
					new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
			cipher.updateAAD(associated(sessionId, id));
			return new String(cipher.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed ballot cannot be opened", ex);
		}
	}

	private byte[] key(long sessionId) {
		return hmac(this.secret, "thidua-ballot-key|" + sessionId);
	}

	private static byte[] associated(long sessionId, UUID id) {
		return ("session:" + sessionId + "|ballot:" + id).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] hmac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads the generated secret, or creates it (32 random bytes, readable by the owner
	 * only) at first start. Created with CREATE_NEW so that two instances starting at
	 * once on a shared directory end up with the same secret.
	 */
	static byte[] fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Path parent = file.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				try {
					Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW,
							StandardOpenOption.WRITE);
					restrict(file);
					log.warn(
							"Generated the ballot secret in {}; set thidua.voting.ballot-secret on every instance "
									+ "when several run, and keep this file out of database backups",
							file.toAbsolutePath());
				}
				catch (FileAlreadyExistsException ex) {
					// another instance wrote it first: use theirs
				}
			}
			byte[] encoded = Files.readAllBytes(file);
			byte[] secret = Base64.getDecoder().decode(new String(encoded, StandardCharsets.US_ASCII).trim());
			Arrays.fill(encoded, (byte) 0);
			if (secret.length < 16) {
				throw new IllegalStateException("The ballot secret in " + file + " is too short");
			}
			return secret;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create the ballot secret " + file, ex);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: the directory's permissions apply
		}
	}

}
