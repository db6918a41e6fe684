package org.unesco.gnlc.notification;

import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The other half of Spring Modulith's event outbox: an event whose listener failed (say,
 * the database was briefly away) stays in {@code event_publication}; this job hands it to
 * its listener again, on one instance at a time. Listeners must therefore be idempotent,
 * which {@link Notifications} is for mail (one mail per event key and recipient).
 */
@Component
@RequiredArgsConstructor
class EventPublicationResubmission {

	private final ObjectProvider<FailedEventPublications> failed;

	@Scheduled(fixedDelayString = "${gnlc.events.resubmission-interval:1m}",
			initialDelayString = "${gnlc.events.resubmission-interval:1m}")
	@SchedulerLock(name = "event-publication-resubmission")
	void resubmitFailedPublications() {
		failed.ifAvailable(publications -> publications
			.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(1))));
	}

}
