package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.notification.Mail;
import org.unesco.gnlc.notification.Notifications;

/**
 * The reminders of a round, by mail through the outbox, once each: when the round opens,
 * 30 days and 7 days before the deadline, and when the report is overdue (to the city's
 * officials, with a copy to its National Commission's endorsers). The event keys name the
 * report, the reminder and the deadline, so that a rerun queues nothing twice and an
 * extended deadline gets its own reminders.
 */
@Component
@RequiredArgsConstructor
class ProgressReminders {

	static final int FIRST_REMINDER_DAYS = 30;

	static final int LAST_REMINDER_DAYS = 7;

	private final ProgressRoundRepository rounds;

	private final ProgressReportRepository reports;

	private final Notifications notifications;

	private final Clock clock;

	/** The mail of a round's opening to the officials of a city due to report. */
	int opened(ProgressRound round, ProgressReport report) {
		return notifications.toCityOfficials(report.cityId(),
				mail(round, report.id(), report.cityName(), "opened", "city"));
	}

	@Scheduled(cron = "${gnlc.progress.reminders-cron:0 15 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "progress-reminders")
	@Transactional
	void sendDueOnSchedule() {
		sendDue(clock);
	}

	/**
	 * Queues every reminder due on the clock's day that has not gone yet; answers how
	 * many mails.
	 */
	@Transactional
	int sendDue(Clock today) {
		LocalDate date = LocalDate.now(today);
		List<ProgressRound> open = rounds.findByStateOrderByDeadline(RoundState.OPEN)
			.stream()
			.filter(round -> !date.isBefore(round.opensOn()))
			.toList();
		if (open.isEmpty()) {
			return 0;
		}
		Map<Long, ProgressRound> byId = open.stream().collect(Collectors.toMap(ProgressRound::id, Function.identity()));
		int queued = 0;
		for (ReportSummary report : reports.inRoundsAndStates(byId.keySet(),
				EnumSet.of(ReportState.DRAFT, ReportState.RETURNED))) {
			ProgressRound round = byId.get(report.roundId());
			long daysLeft = round.daysLeft(date);
			if (daysLeft < 0) {
				queued += notifications.toCityOfficials(report.cityId(),
						mail(round, report.id(), report.cityName(), "overdue", "city"));
				queued += notifications.toEndorsers(report.countryCode(),
						mail(round, report.id(), report.cityName(), "overdue", "natcom"));
			}
			else if (daysLeft <= LAST_REMINDER_DAYS) {
				queued += notifications.toCityOfficials(report.cityId(),
						mail(round, report.id(), report.cityName(), "days7", "city"));
			}
			else if (daysLeft <= FIRST_REMINDER_DAYS) {
				queued += notifications.toCityOfficials(report.cityId(),
						mail(round, report.id(), report.cityName(), "days30", "city"));
			}
			queued += notifications.toCityOfficials(report.cityId(),
					mail(round, report.id(), report.cityName(), "opened", "city"));
		}
		return queued;
	}

	private static Mail mail(ProgressRound round, long reportId, String cityName, String reminder, String audience) {
		String key = "progress.mail.reminder." + reminder + "." + audience;
		return Mail.template("progress/mail/reminder")
			.event("progress-report:" + reportId + ":" + reminder + ":" + audience
					+ ("opened".equals(reminder) ? "" : ":" + round.deadline()))
			.subject(key + ".subject", cityName, round.title())
			.with("cityName", cityName)
			.with("roundTitle", round.title())
			.with("deadline", round.deadline().toString())
			.with("introKey", key + ".intro")
			.link("/progress-reports/" + reportId)
			.build();
	}

}
