package org.unesco.gnlc.progress;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.notification.Mail;
import org.unesco.gnlc.notification.Notifications;
import org.unesco.gnlc.shared.security.Role;

/**
 * Tells the city and UIL when a report changes state: on submission the city's officials
 * (with the link to their PDF copy) and UIL; on return or acceptance the city, with a
 * copy of an acceptance to the National Commission. Runs after the change is committed;
 * the event key makes a redelivered event queue nothing twice.
 */
@Component
@RequiredArgsConstructor
class ProgressMails {

	private final Notifications notifications;

	@ApplicationModuleListener
	void on(ReportStateChanged change) {
		switch (change.to()) {
			case SUBMITTED -> {
				notifications.toCityOfficials(change.cityId(), mail(change, "city"));
				Mail uil = mail(change, "uil");
				notifications.toRole(Role.UIL_REVIEWER, uil);
				notifications.toRole(Role.UIL_ADMIN, uil);
			}
			case RETURNED -> notifications.toCityOfficials(change.cityId(), mail(change, "city"));
			case ACCEPTED -> {
				notifications.toCityOfficials(change.cityId(), mail(change, "city"));
				notifications.toEndorsers(change.countryCode(), mail(change, "natcom"));
			}
			default -> {
				// A draft is the city's own business.
			}
		}
	}

	private static Mail mail(ReportStateChanged change, String audience) {
		String state = change.to().name();
		return Mail.template("progress/mail/state-changed")
			.event("progress-report:" + change.reportId() + ":" + change.step() + ":" + audience)
			.subject("progress.mail." + state + ".subject", change.cityName())
			.with("cityName", change.cityName())
			.with("introKey", "progress.mail." + state + ".intro")
			.with("comment", change.comment())
			.with("pdfPath",
					"SUBMITTED".equals(state) && "city".equals(audience)
							? "/progress-reports/" + change.reportId() + "/report.pdf" : null)
			.link("/progress-reports/" + change.reportId())
			.build();
	}

}
