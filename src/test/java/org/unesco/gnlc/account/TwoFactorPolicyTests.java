package org.unesco.gnlc.account;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import java.nio.charset.StandardCharsets;

/** Who must use two-factor sign-in, and that production never waives it. */
class TwoFactorPolicyTests {

	@Test
	void administratorsAndReviewersMustUseItOthersMay() {
		assertThat(TwoFactorPolicy.roleRequires(Role.UIL_ADMIN)).isTrue();
		assertThat(TwoFactorPolicy.roleRequires(Role.UIL_REVIEWER)).isTrue();
		assertThat(TwoFactorPolicy.roleRequires(Role.CITY_OFFICIAL)).isFalse();
		assertThat(TwoFactorPolicy.roleRequires(Role.NATCOM_ENDORSER)).isFalse();
		assertThat(TwoFactorPolicy.roleRequires(Role.JURY_MEMBER)).isFalse();
	}

	@Test
	void theDemoWaiverIsHonouredOutsideProduction() {
		TwoFactorPolicy demo = new TwoFactorPolicy(new MockEnvironment().withProperty("x", "y"));
		assertThat(demo.requires(admin(true))).isFalse();
		assertThat(demo.requires(admin(false))).isTrue();
	}

	@Test
	void productionNeverWaivesTwoFactorSignIn() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod", "demo");
		TwoFactorPolicy production = new TwoFactorPolicy(environment);
		assertThat(production.waiversHonoured()).isFalse();
		assertThat(production.requires(admin(true))).isTrue();
		Accounts accounts = new Accounts(null, null, production, null, null);
		assertThatIllegalStateException().isThrownBy(() -> accounts.waiveTwoFactor("admin@demo.example"));
	}

	@Test
	void productionRefusesToStartWithoutAKeyForTheTwoFactorSecrets() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> new SecretCipher("", environment))
			.withMessageContaining("GNLC_TWO_FACTOR_SECRET_KEY");
	}

	@Test
	void secretsAreEncryptedAndTamperingIsDetected() {
		SecretCipher cipher = new SecretCipher("", new MockEnvironment());
		byte[] secret = "12345678901234567890".getBytes();
		byte[] stored = cipher.encrypt(secret);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("12345678901234567890");
		assertThat(cipher.decrypt(stored)).isEqualTo(secret);
		assertThat(cipher.encrypt(secret)).as("a new nonce each time").isNotEqualTo(stored);
		stored[stored.length - 1] ^= 1;
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(stored));
	}

	private static Account admin(boolean waived) {
		Account account = new Account("someone@example.org", "hash", "Someone", Role.UIL_ADMIN, null, "DE");
		if (waived) {
			account.waiveTwoFactor();
		}
		return account;
	}

}
