package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders go once each, on a fixed clock: opening, 30 and 7 days before the
 * deadline, and overdue with a copy to the National Commission. Running the job again
 * queues nothing twice.
 */
@PortalTest
class ProgressRemindersTests {

	@Autowired
	ProgressReminders reminders;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	ProgressRounds rounds;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openingARoundMailsTheOfficialsOfEachMemberDueOnce() {
		long round = fixtures.openRound(60, 30);
		long melton = reportOf(round, "melton");
		assertThat(mails("progress-report:" + melton + ":opened:city")).isEqualTo(1);
		reminders.sendDue(on(LocalDate.now()));
		assertThat(mails("progress-report:" + melton + ":opened:city")).isEqualTo(1);
	}

	@Test
	void thirtyAndSevenDaysBeforeTheDeadlineTheCityIsRemindedOnceEach() {
		long round = fixtures.openRound(60, 30);
		long melton = reportOf(round, "melton");
		LocalDate deadline = rounds.get(round).deadline();
		reminders.sendDue(on(deadline.minusDays(40)));
		assertThat(mails("progress-report:" + melton + ":days30:city:" + deadline)).isZero();
		reminders.sendDue(on(deadline.minusDays(25)));
		reminders.sendDue(on(deadline.minusDays(24)));
		assertThat(mails("progress-report:" + melton + ":days30:city:" + deadline)).isEqualTo(1);
		reminders.sendDue(on(deadline.minusDays(5)));
		reminders.sendDue(on(deadline.minusDays(1)));
		assertThat(mails("progress-report:" + melton + ":days7:city:" + deadline)).isEqualTo(1);
	}

	@Test
	void anOverdueReportIsRemindedToTheCityWithACopyToItsNationalCommissionOnce() {
		long round = fixtures.openRound(10, 30);
		long mexicoCity = reportOf(round, "mexico-city");
		long melton = reportOf(round, "melton");
		LocalDate deadline = rounds.get(round).deadline();
		reminders.sendDue(on(deadline.plusDays(1)));
		reminders.sendDue(on(deadline.plusDays(2)));
		assertThat(mails("progress-report:" + mexicoCity + ":overdue:natcom:" + deadline)).isEqualTo(1);
		assertThat(mails("progress-report:" + melton + ":overdue:city:" + deadline)).isEqualTo(1);
	}

	@Test
	void anExtendedDeadlineGetsItsOwnRemindersAndASubmittedReportNone() {
		long round = fixtures.openRound(20, 30);
		long melton = reportOf(round, "melton");
		LocalDate deadline = rounds.get(round).deadline();
		reminders.sendDue(on(deadline.minusDays(3)));
		rounds.extend(ProgressFixtures.admin(), round, deadline.plusDays(20), "More time");
		reminders.sendDue(on(deadline.minusDays(2)));
		assertThat(mails("progress-report:" + melton + ":days7:city:" + deadline)).isEqualTo(1);
		assertThat(mails("progress-report:" + melton + ":days30:city:" + deadline.plusDays(20))).isEqualTo(1);
		assertThat(DemoUsers.MELTON).isEqualTo(cities.bySlug("melton").orElseThrow().id());
	}

	private long reportOf(long round, String slug) {
		long cityId = cities.bySlug(slug).orElseThrow().id();
		return jdbc.sql("select id from progress_report where round_id = ? and city_id = ?")
			.params(round, cityId)
			.query(Long.class)
			.single();
	}

	/**
	 * How many mails of this event the most served person got (0 when nobody got one):
	 * once each means 1, however many officials other tests have given the city.
	 */
	private long mails(String eventKey) {
		return jdbc.sql("""
				select coalesce(max(sent), 0) from (select count(*) as sent from outbox_mail where event_key = ?
				                                    group by recipient_email) per_person
				""").param(eventKey).query(Long.class).single();
	}

	private static Clock on(LocalDate day) {
		return Clock.fixed(day.atTime(6, 15).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

}
