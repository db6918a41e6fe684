package org.unesco.gnlc.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's rules on the real table, with a clock the test moves instead of waiting.
 */
@PortalTest
class SignInThrottleTests {

	private static final String OWNER = "someone@example.org";

	private static final String GUESSER = "203.0.113.7";

	private static final String OWNERS_ADDRESS = "198.51.100.1";

	@Autowired
	JdbcClient jdbc;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-06-15T10:00:00Z"));

	private SignInThrottle throttle;

	@BeforeEach
	void emptyThrottle() {
		jdbc.sql("delete from login_throttle").update();
		throttle = new SignInThrottle(jdbc, clock);
	}

	@Test
	void fourWrongPasswordsLetThePersonTryAgainAtOnce() {
		failPasswords(OWNER, GUESSER, 4);
		assertThat(throttle.beforePassword(OWNER, GUESSER)).isEmpty();
	}

	@Test
	void theFifthWrongPasswordMakesThatAddressWaitAMinuteForThatAccountOnly() {
		failPasswords(OWNER, GUESSER, 5);

		assertThat(throttle.beforePassword(OWNER, GUESSER))
			.contains(new SignInThrottle.Wait(Duration.ofMinutes(1), SignInThrottle.Reason.ACCOUNT_FROM_ADDRESS));
		assertThat(throttle.beforePassword(OWNER, OWNERS_ADDRESS)).as("the owner elsewhere is not kept out").isEmpty();
		assertThat(throttle.beforePassword("colleague@example.org", GUESSER)).isEmpty();
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.beforePassword(OWNER, GUESSER)).isEmpty();
	}

	@Test
	void eachFurtherFailureDoublesTheWaitUpToFifteenMinutesAndNeverLocksForGood() {
		failPasswords(OWNER, GUESSER, 5);
		clock.advance(Duration.ofMinutes(1));
		failPasswords(OWNER, GUESSER, 1);
		assertThat(throttle.beforePassword(OWNER, GUESSER)).map(SignInThrottle.Wait::duration)
			.contains(Duration.ofMinutes(2));
		SignInThrottle.Limit limit = SignInThrottle.PASSWORDS_OF_ACCOUNT_FROM_ADDRESS;
		assertThat(limit.waitAfter(3)).isEqualTo(Duration.ofMinutes(8));
		assertThat(limit.waitAfter(4)).isEqualTo(Duration.ofMinutes(15));
		assertThat(limit.waitAfter(1000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		failPasswords(OWNER, GUESSER, 4);
		clock.advance(SignInThrottle.PASSWORDS_OF_ACCOUNT_FROM_ADDRESS.window().plusSeconds(1));
		failPasswords(OWNER, GUESSER, 4);
		assertThat(throttle.beforePassword(OWNER, GUESSER)).isEmpty();
	}

	@Test
	void oneAddressGuessingManyAccountsIsSlowedDownToo() {
		for (int account = 0; account < SignInThrottle.FAILURES_FROM_ADDRESS.failures(); account++) {
			failPasswords("person" + account + "@example.org", GUESSER, 1);
		}
		assertThat(throttle.beforePassword("innocent@example.org", GUESSER)).map(SignInThrottle.Wait::reason)
			.contains(SignInThrottle.Reason.ADDRESS);
		assertThat(throttle.beforePassword("innocent@example.org", OWNERS_ADDRESS)).isEmpty();
	}

	@Test
	void theRightPasswordClearsTheFailuresOfThatAddressOnly() {
		failPasswords(OWNER, GUESSER, 4);
		failPasswords(OWNER, OWNERS_ADDRESS, 4);
		throttle.passwordSucceeded("SomeOne@Example.org", OWNERS_ADDRESS);
		failPasswords(OWNER, OWNERS_ADDRESS, 4);
		failPasswords(OWNER, GUESSER, 1);

		assertThat(throttle.beforePassword(OWNER, OWNERS_ADDRESS)).isEmpty();
		assertThat(throttle.beforePassword(OWNER, GUESSER)).isPresent();
	}

	@Test
	void guessingFromManyAddressesHoldsThemBackButNeverAnAddressWithoutFailures() {
		int guessers = SignInThrottle.PASSWORDS_OF_ACCOUNT.failures();
		for (int address = 0; address < guessers; address++) {
			failPasswords(OWNER, "192.0.2." + address, 1);
		}

		assertThat(throttle.beforePassword(OWNER, "192.0.2.7")).map(SignInThrottle.Wait::reason)
			.contains(SignInThrottle.Reason.ACCOUNT);
		assertThat(throttle.beforePassword(OWNER, OWNERS_ADDRESS)).as("the owner's own connection").isEmpty();
		// A further address is checked too, but one wrong password and it is held back as
		// well.
		failPasswords(OWNER, "192.0.2.200", 1);
		assertThat(throttle.beforePassword(OWNER, "192.0.2.200")).map(SignInThrottle.Wait::reason)
			.contains(SignInThrottle.Reason.ACCOUNT);
	}

	@Test
	void wrongCodesHaveTheirOwnGrowingLimitThatARightPasswordDoesNotReset() {
		long account = 4242;
		failCodes(account, GUESSER, 5);
		assertThat(throttle.beforeCode(account, GUESSER)).isPresent();

		throttle.passwordSucceeded(OWNER, GUESSER);
		assertThat(throttle.beforeCode(account, GUESSER)).as("a right password gives no new guesses").isPresent();

		clock.advance(Duration.ofMinutes(16));
		failCodes(account, GUESSER, 1);
		assertThat(throttle.beforeCode(account, GUESSER))
			.contains(new SignInThrottle.Wait(Duration.ofMinutes(2), SignInThrottle.Reason.ACCOUNT));
		clock.advance(Duration.ofMinutes(2));
		failCodes(account, GUESSER, 1);
		assertThat(throttle.beforeCode(account, GUESSER)).map(SignInThrottle.Wait::duration)
			.contains(Duration.ofMinutes(4));
		assertThat(SignInThrottle.CODES_OF_ACCOUNT.waitAfter(30)).isEqualTo(Duration.ofDays(1));
		assertThat(throttle.beforeCode(account, OWNERS_ADDRESS)).as("the owner's own connection").isEmpty();
	}

	@Test
	void aRightCodeClearsTheWrongCodes() {
		long account = 4343;
		failCodes(account, GUESSER, 5);
		throttle.codeSucceeded(account);
		assertThat(throttle.beforeCode(account, GUESSER)).isEmpty();
	}

	@Test
	void aNewPasswordThroughTheLinkForgetsTheGuessesOfTheOldOne() {
		failPasswords(OWNER, GUESSER, 5);
		throttle.passwordReplaced(OWNER);
		assertThat(throttle.beforePassword(OWNER, GUESSER)).isEmpty();
	}

	@Test
	void anAddressTypedAtAnyLengthIsCounted() {
		String huge = "x".repeat(5_000) + "@example.org";
		failPasswords(huge, GUESSER, 5);
		assertThat(throttle.beforePassword(huge, GUESSER)).isPresent();
	}

	private void failPasswords(String email, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.passwordFailed(email, address);
		}
	}

	private void failCodes(long account, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.codeFailed(account, address);
		}
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
