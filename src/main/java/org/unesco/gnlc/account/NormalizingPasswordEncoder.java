package org.unesco.gnlc.account;

import java.text.Normalizer;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Normalises a password to Unicode NFKC before it is hashed or compared (NIST SP
 * 800-63B), so that "é" typed as one character or as "e" and an accent is the same
 * password on every device. ASCII passwords are unchanged, so hashes made before stay
 * valid.
 */
@RequiredArgsConstructor
final class NormalizingPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return delegate.encode(normalize(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (encodedPassword == null || encodedPassword.isEmpty()) {
			// An account without a password (an invitation not yet accepted) never
			// matches.
			return false;
		}
		return delegate.matches(normalize(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private static @Nullable String normalize(@Nullable CharSequence raw) {
		return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFKC);
	}

}
