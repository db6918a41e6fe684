package org.unesco.gnlc.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Locale;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1,
 * six digits, 30-second steps. A code of the step before or after is accepted too (clocks
 * drift); which step matched is returned so that the caller can refuse a step used
 * before.
 */
@Component
class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final String ISSUER = "GNLC Portal";

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private final SecureRandom random = new SecureRandom();

	/** A new secret of 160 bits, as RFC 4226 recommends. */
	byte[] newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return secret;
	}

	/**
	 * The step of the code among the current one and its neighbours, if it is one of
	 * them.
	 */
	OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (codeAt(secret, step).equals(digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String codeAt(byte[] secret, long step) {
		try {
			return generator.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long step(Instant when) {
		return when.getEpochSecond() / STEP.toSeconds();
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/** The secret as a person types it into an app: groups of four letters. */
	static String grouped(byte[] secret) {
		return base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** The enrolment address authenticator apps read from the QR code. */
	static String uri(byte[] secret, String account) {
		String label = encode(ISSUER) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(ISSUER)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	/**
	 * The QR code of the enrolment address as an inline SVG element (one path, no script,
	 * no style), for the page to show as is.
	 */
	static String qrCodeSvg(String content, String title) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 2);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
			int width = matrix.getWidth();
			int height = matrix.getHeight();
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"two-factor-qr\" viewBox=\"0 0 " + width + " "
					+ height + "\" width=\"240\" height=\"240\" role=\"img\" aria-labelledby=\"qr-title\""
					+ " shape-rendering=\"crispEdges\"><title id=\"qr-title\">" + HtmlUtils.htmlEscape(title)
					+ "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
					+ "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
