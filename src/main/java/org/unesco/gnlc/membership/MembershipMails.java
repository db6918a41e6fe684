package org.unesco.gnlc.membership;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.notification.Mail;
import org.unesco.gnlc.notification.Notifications;
import org.unesco.gnlc.shared.security.Role;

/**
 * Tells the next actor, and the city, when an application changes state: on submission
 * the city's officials, the country's endorsers and UIL (the copy to the Secretariat); on
 * the National Commission's decision the city and UIL; on UIL's decision the city and the
 * National Commission. Runs after the change is committed; the event key makes a
 * redelivered event queue nothing twice.
 */
@Component
@RequiredArgsConstructor
class MembershipMails {

	private final Notifications notifications;

	@ApplicationModuleListener
	void on(MembershipApplicationStateChanged change) {
		switch (change.to()) {
			case SUBMITTED -> {
				toCity(change);
				toEndorsers(change);
				toSecretariat(change);
			}
			case ENDORSED, NOT_ENDORSED -> {
				toCity(change);
				toSecretariat(change);
			}
			case RETURNED -> {
				toCity(change);
				toEndorsers(change);
			}
			case APPROVED, REJECTED -> {
				toCity(change);
				toEndorsers(change);
			}
			case WITHDRAWN -> {
				if (change.reference() != null) {
					toEndorsers(change);
					toSecretariat(change);
				}
			}
			default -> {
				// A draft is the city's own business.
			}
		}
	}

	private void toCity(MembershipApplicationStateChanged change) {
		notifications.toCityOfficials(change.cityId(), mail(change, "city"));
	}

	private void toEndorsers(MembershipApplicationStateChanged change) {
		notifications.toEndorsers(change.countryCode(), mail(change, "endorsers"));
	}

	private void toSecretariat(MembershipApplicationStateChanged change) {
		Mail mail = mail(change, "uil");
		notifications.toRole(Role.UIL_REVIEWER, mail);
		notifications.toRole(Role.UIL_ADMIN, mail);
	}

	private static Mail mail(MembershipApplicationStateChanged change, String audience) {
		String state = change.to().name();
		return Mail.template("membership/mail/state-changed")
			.event("membership-application:" + change.applicationId() + ":" + change.step() + ":" + audience)
			.subject("membership.mail." + state + ".subject", change.cityName())
			.with("cityName", change.cityName())
			.with("reference", change.reference())
			.with("introKey", "membership.mail." + state + ".intro")
			.with("comment", change.comment())
			.link("/membership/applications/" + change.applicationId())
			.build();
	}

}
