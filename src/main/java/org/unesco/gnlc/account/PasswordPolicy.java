package org.unesco.gnlc.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The password rules of ASVS 5.0 (V6.2): at least 8 characters; long passphrases welcome
 * (up to 256, never truncated: Argon2id hashes all of it); any character, spaces
 * included, no composition rules; common passwords refused from the list kept in the
 * repository ({@code account/common-passwords.txt}), and so are the portal's own names
 * and the person's e-mail address. Length counts characters as a reader sees them (code
 * points), after NFKC normalisation, as the password encoder does.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM = 8;

	static final int MAXIMUM = 256;

	/** Words anyone guessing a password for this portal tries first. */
	private static final Set<String> CONTEXT = Set.of("gnlcportal", "gnlc", "unesco", "unescouil", "learningcity",
			"learningcities", "learningcitiesportal", "globalnetworkoflearningcities", "lifelonglearning", "uilhamburg",
			"unescognlc");

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("account/common-passwords.txt");
	}

	/** Rejects the field with the first rule the password breaks, if any. */
	void check(@Nullable String password, @Nullable String email, Errors errors, String field) {
		String problem = problem(password, email);
		if (problem != null) {
			errors.rejectValue(field, problem);
		}
	}

	/** The message code of the first rule broken, or null for an acceptable password. */
	@Nullable String problem(@Nullable String password, @Nullable String email) {
		if (password == null || password.isEmpty()) {
			return "account.password.missing";
		}
		String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
		int length = normalized.codePointCount(0, normalized.length());
		if (length < MINIMUM) {
			return "account.password.tooShort";
		}
		if (length > MAXIMUM) {
			return "account.password.tooLong";
		}
		String lower = normalized.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || common.contains(lower.strip())) {
			return "account.password.common";
		}
		String lettersAndDigits = lower.replaceAll("[^\\p{L}\\p{N}]", "");
		if (CONTEXT.contains(lettersAndDigits) || isAllOneCharacter(normalized)) {
			return "account.password.common";
		}
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
			if (lower.equals(address) || lower.equals(local)
					|| lettersAndDigits.equals(local.replaceAll("[^\\p{L}\\p{N}]", ""))) {
				return "account.password.personal";
			}
		}
		return null;
	}

	boolean isCommon(String password) {
		return common.contains(Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
	}

	int commonCount() {
		return common.size();
	}

	private static boolean isAllOneCharacter(String password) {
		return password.codePoints().distinct().count() == 1;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>(16_384);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing: " + resource, ex);
		}
		return Set.copyOf(words);
	}

}
