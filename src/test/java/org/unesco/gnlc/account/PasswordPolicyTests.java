package org.unesco.gnlc.account;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules of ASVS 5.0, V6.2. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void sevenCharactersAreTooFewAndEightAreEnough() {
		assertThat(policy.problem("kqz7#pw", null)).isEqualTo("account.password.tooShort");
		assertThat(policy.problem("kqz7#pwx", null)).isNull();
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		// Eight characters, sixteen bytes in UTF-8: long enough. Seven are not, whatever
		// the bytes.
		assertThat(policy.problem("ŵŷźżžƀƁƂ", null)).isNull();
		assertThat(policy.problem("ŵŷźżžƀƁ", null)).isEqualTo("account.password.tooShort");
	}

	@Test
	void passphrasesOfSixtyFourAndMoreCharactersAreAcceptedUpToTwoHundredFiftySix() {
		String sixtyFour = "a river runs through the learning city of Melton every spring ok";
		assertThat(sixtyFour).hasSize(64);
		assertThat(policy.problem(sixtyFour, null)).isNull();
		assertThat(policy.problem("correct horse battery staple ".repeat(9).substring(0, 256), null)).isNull();
		assertThat(policy.problem("correct horse battery staple ".repeat(9).substring(0, 257), null))
			.isEqualTo("account.password.tooLong");
	}

	@Test
	void aLongPasswordIsNeverTruncated() {
		PasswordEncoder encoder = new NormalizingPasswordEncoder(new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19456, 2))));
		String first = "p".repeat(150) + "-one";
		String second = "p".repeat(150) + "-two";
		String hash = encoder.encode(first);
		assertThat(encoder.matches(first, hash)).isTrue();
		assertThat(encoder.matches(second, hash)).as("passwords differing after 150 characters").isFalse();
	}

	@Test
	void aPasswordTypedWithComposedOrDecomposedAccentsIsTheSame() {
		PasswordEncoder encoder = new NormalizingPasswordEncoder(new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19456, 2))));
		String hash = encoder.encode("ciudad de aprendizaje en Querétaro");
		assertThat(encoder.matches("ciudad de aprendizaje en Quere\u0301taro", hash)).isTrue();
	}

	@Test
	void commonPasswordsFromTheListInTheRepositoryAreRefusedWhateverTheirCase() {
		assertThat(policy.commonCount()).as("a real list of common passwords").isGreaterThan(5_000);
		assertThat(policy.problem("password", null)).isEqualTo("account.password.common");
		assertThat(policy.problem("Password1", null)).isEqualTo("account.password.common");
		assertThat(policy.problem("QWERTYUIOP", null)).isEqualTo("account.password.common");
		assertThat(policy.problem("iloveyou", null)).isEqualTo("account.password.common");
	}

	@Test
	void thePortalsOwnNamesAndRepeatedCharactersAreRefused() {
		assertThat(policy.problem("Learning-Cities", null)).isEqualTo("account.password.common");
		assertThat(policy.problem("UNESCO GNLC", null)).isEqualTo("account.password.common");
		assertThat(policy.problem("zzzzzzzzzz", null)).isEqualTo("account.password.common");
	}

	@Test
	void theEmailAddressOrItsNameIsRefused() {
		assertThat(policy.problem("ana.silva@example.org", "ana.silva@example.org"))
			.isEqualTo("account.password.personal");
		assertThat(policy.problem("ana.silva", "Ana.Silva@example.org")).isEqualTo("account.password.personal");
		assertThat(policy.problem("ana silva reads in Sorocaba", "ana.silva@example.org")).isNull();
	}

	@Test
	void anyCharacterIsAllowedAndNoCompositionRuleApplies() {
		assertThat(policy.problem("only lower case words here", null)).isNull();
		assertThat(policy.problem("学习型城市的终身学习", null)).isNull();
		assertThat(policy.problem("", null)).isEqualTo("account.password.missing");
	}

}
