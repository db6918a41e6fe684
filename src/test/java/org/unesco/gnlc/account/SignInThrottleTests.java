package org.unesco.gnlc.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's arithmetic on the real table, with a clock the test moves instead of waiting. */
@PortalTest
class SignInThrottleTests {

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
		fail("someone@example.org", "10.0.0.1", 4);
		assertThat(throttle.waitBeforeNextAttempt("someone@example.org", "10.0.0.1")).isEmpty();
	}

	@Test
	void theFifthWrongPasswordMakesTheAccountWaitAMinuteFromAnyAddress() {
		fail("someone@example.org", "10.0.0.1", 5);
		assertThat(throttle.waitBeforeNextAttempt("someone@example.org", "10.0.0.99")).contains(Duration.ofMinutes(1));
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.waitBeforeNextAttempt("someone@example.org", "10.0.0.99")).isEmpty();
	}

	@Test
	void eachFurtherFailureDoublesTheWaitUpToFifteenMinutesAndNeverLocksForGood() {
		fail("someone@example.org", "10.0.0.1", 5);
		clock.advance(Duration.ofMinutes(1));
		fail("someone@example.org", "10.0.0.1", 1);
		assertThat(throttle.waitBeforeNextAttempt("someone@example.org", "10.0.0.1")).contains(Duration.ofMinutes(2));
		assertThat(SignInThrottle.waitAfter(3)).isEqualTo(Duration.ofMinutes(8));
		assertThat(SignInThrottle.waitAfter(4)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.waitAfter(1000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		fail("someone@example.org", "10.0.0.1", 4);
		clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
		fail("someone@example.org", "10.0.0.1", 4);
		assertThat(throttle.waitBeforeNextAttempt("someone@example.org", "10.0.0.1")).isEmpty();
	}

	@Test
	void oneAddressGuessingManyAccountsIsSlowedDownToo() {
		for (int account = 0; account < SignInThrottle.FAILURES_PER_ADDRESS; account++) {
			fail("person" + account + "@example.org", "203.0.113.7", 1);
		}
		assertThat(throttle.waitBeforeNextAttempt("innocent@example.org", "203.0.113.7")).isPresent();
		assertThat(throttle.waitBeforeNextAttempt("innocent@example.org", "198.51.100.1")).isEmpty();
	}

	@Test
	void aCorrectPasswordClearsTheAccountsCount() {
		fail("someone@example.org", "10.0.0.1", 4);
		throttle.succeeded("SomeOne@Example.org");
		fail("someone@example.org", "10.0.0.1", 4);
		assertThat(throttle.waitBeforeNextAttempt("someone@example.org", "10.0.0.1")).isEmpty();
	}

	private void fail(String email, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(email, address);
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
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
