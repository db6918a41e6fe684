package org.unesco.gnlc.account;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's authenticator app: reads the key shown at enrolment and makes codes from
 * it.
 */
public final class AuthenticatorApp {

	private static final Pattern KEY = Pattern.compile("id=\"two-factor-key\">([A-Z2-7 ]+)<");

	private final byte[] secret;

	private final Totp totp = new Totp();

	private AuthenticatorApp(byte[] secret) {
		this.secret = secret;
	}

	/** Scans the enrolment page (types the key shown below the QR code). */
	public static AuthenticatorApp enrolledFrom(String enrolmentPage) {
		Matcher key = KEY.matcher(enrolmentPage);
		if (!key.find()) {
			throw new AssertionError("No key on the enrolment page");
		}
		return new AuthenticatorApp(decode(key.group(1)));
	}

	/** The code the app shows now, or that many steps later. */
	public String code(int stepsLater) {
		return totp.codeAt(secret, Totp.step(Instant.now()) + stepsLater);
	}

	public String code() {
		return code(0);
	}

	static byte[] decode(String base32) {
		String letters = base32.replace(" ", "").toUpperCase(Locale.ROOT);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : letters.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
