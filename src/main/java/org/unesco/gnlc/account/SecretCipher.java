package org.unesco.gnlc.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets at rest with AES-256-GCM. The key is
 * {@code gnlc.two-factor.secret-key} (environment {@code GNLC_TWO_FACTOR_SECRET_KEY}): 32
 * random bytes in Base64, e.g. from {@code openssl rand -base64 32}. The {@code prod}
 * profile refuses to start without it; other profiles fall back to a fixed development
 * key, which protects nothing and says so in the log. A stored value is a format byte,
 * the 12-byte nonce and the ciphertext with its tag.
 */
@Component
class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final byte FORMAT = 1;

	private static final int NONCE = 12;

	/** Development only: published in the source, so worthless as a secret. */
	private static final String DEVELOPMENT_KEY = "Z25sYy1wb3J0YWwtZGV2ZWxvcG1lbnQta2V5LTMyYiE=";

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretCipher(@Value("${gnlc.two-factor.secret-key:}") String configured, Environment environment) {
		String base64 = configured.strip();
		if (base64.isEmpty()) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new IllegalStateException("""
						The prod profile needs a key to encrypt two-factor secrets: set GNLC_TWO_FACTOR_SECRET_KEY \
						to 32 random bytes in Base64 (openssl rand -base64 32).""");
			}
			log.warn("No gnlc.two-factor.secret-key set: two-factor secrets are encrypted with the development key");
			base64 = DEVELOPMENT_KEY;
		}
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length != 32) {
			throw new IllegalStateException("gnlc.two-factor.secret-key must be 32 bytes in Base64");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	byte[] encrypt(byte[] secret) {
		try {
			byte[] nonce = new byte[NONCE];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(new byte[] { FORMAT });
			byte[] sealed = cipher.doFinal(secret);
			return ByteBuffer.allocate(1 + NONCE + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a two-factor secret", ex);
		}
	}

	byte[] decrypt(byte[] stored) {
		if (stored.length <= 1 + NONCE || stored[0] != FORMAT) {
			throw new IllegalStateException("Unknown format of a stored two-factor secret");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Arrays.copyOfRange(stored, 1, 1 + NONCE)));
			cipher.updateAAD(new byte[] { FORMAT });
			return cipher.doFinal(stored, 1 + NONCE, stored.length - 1 - NONCE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A two-factor secret could not be decrypted: was the key changed?", ex);
		}
	}

}
