package org.unesco.gnlc.account;

import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes as authenticator apps compute them (RFC 6238 test vectors), and their enrolment.
 */
class TotpTests {

	/** The RFC 6238 SHA-1 secret, "12345678901234567890". */
	private static final byte[] SECRET = HexFormat.of().parseHex("3132333435363738393031323334353637383930");

	private final Totp totp = new Totp();

	@Test
	void codesMatchTheTestVectorsOfRfc6238() {
		// Appendix B gives 8 digits; apps show the last six.
		assertThat(totp.codeAt(SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(totp.codeAt(SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(totp.codeAt(SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void theCurrentCodeAndItsNeighboursAreAcceptedAndOlderOnesAreNot() {
		Instant now = Instant.ofEpochSecond(1111111109);
		long step = Totp.step(now);
		assertThat(totp.matchingStep(SECRET, totp.codeAt(SECRET, step), now)).hasValue(step);
		assertThat(totp.matchingStep(SECRET, totp.codeAt(SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(totp.matchingStep(SECRET, totp.codeAt(SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(totp.matchingStep(SECRET, totp.codeAt(SECRET, step - 2), now)).isEmpty();
		assertThat(totp.matchingStep(SECRET, "12345", now)).isEmpty();
		assertThat(totp.matchingStep(SECRET, "abcdef", now)).isEmpty();
	}

	@Test
	void spacesInATypedCodeAreIgnored() {
		Instant now = Instant.ofEpochSecond(1111111109);
		String code = totp.codeAt(SECRET, Totp.step(now));
		assertThat(totp.matchingStep(SECRET, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
	}

	@Test
	void theEnrolmentAddressNamesThePortalAndTheAccount() {
		assertThat(Totp.base32(SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.uri(SECRET, "ana@example.org"))
			.isEqualTo("otpauth://totp/GNLC%20Portal:ana%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
					+ "&issuer=GNLC%20Portal&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void theQrCodeIsAnInlineSvgWithoutScriptOrStyle() {
		String svg = Totp.qrCodeSvg(Totp.uri(SECRET, "ana@example.org"), "QR code <for> the app");
		assertThat(svg).startsWith("<svg")
			.endsWith("</svg>")
			.contains("role=\"img\"")
			.contains("<title id=\"qr-title\">QR code &lt;for&gt; the app</title>")
			.doesNotContain("<script")
			.doesNotContain("style=");
	}

}
