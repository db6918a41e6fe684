package org.unesco.gnlc.notification;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.web.Language;

/**
 * A person an e-mail goes to: their address, the name to greet them with and the language
 * they read the portal in. {@code accountId} is empty for an address that has no account
 * (e.g. the contact address of a National Commission).
 */
public record Recipient(@Nullable Long accountId, String email, String name, Language language) {

	public Recipient {
		if (email.isBlank() || email.length() > 254) {
			throw new IllegalArgumentException("A recipient needs an e-mail address of at most 254 characters");
		}
	}

	public static Recipient address(String email, String name, Language language) {
		return new Recipient(null, email, name, language);
	}

	public Locale locale() {
		return language.locale();
	}

}
