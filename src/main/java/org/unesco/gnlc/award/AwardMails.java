package org.unesco.gnlc.award;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.notification.Mail;
import org.unesco.gnlc.notification.Notifications;
import org.unesco.gnlc.shared.security.Role;

/**
 * Tells whoever acts next, and the city, when an Award application changes state, in each
 * recipient's language: on submission the country's National Commission and the city's
 * officials; on the National Commission's decision the city (and UIL's administrators for a
 * nomination); on a withdrawal after submission the National Commission; on UIL's shortlist and
 * the jury's decision the city. Runs after the change is committed; the event key (application,
 * step on its timeline, audience) makes a redelivered event queue nothing twice.
 */
@Component
class AwardMails {

	private final Notifications notifications;

	private final Cities cities;

	AwardMails(Notifications notifications, Cities cities) {
		this.notifications = notifications;
		this.cities = cities;
	}

	@ApplicationModuleListener
	void on(AwardApplicationStateChanged change) {
		switch (change.to()) {
			case SUBMITTED -> {
				toEndorsers(change, "SUBMITTED");
				toCity(change, "SUBMITTED");
			}
			case NOMINATED -> {
				if (change.from() == ApplicationState.SHORTLISTED) {
					// UIL took the city off its shortlist again while it still reviews.
					toCity(change, "UNSHORTLISTED");
				}
				else {
					toCity(change, "NOMINATED");
					notifications.toRole(Role.UIL_ADMIN, mail(change, "NOMINATED", "uil"));
				}
			}
			case NOT_NOMINATED, SHORTLISTED, NOT_SHORTLISTED, AWARDED, NOT_AWARDED -> toCity(change, change.to().name());
			case WITHDRAWN -> {
				if (change.from() != ApplicationState.DRAFT) {
					toEndorsers(change, "WITHDRAWN");
				}
			}
			default -> {
				// A draft is the city's own business.
			}
		}
	}

	private void toCity(AwardApplicationStateChanged change, String what) {
		notifications.toCityOfficials(change.cityId(), mail(change, what, "city"));
	}

	private void toEndorsers(AwardApplicationStateChanged change, String what) {
		notifications.toEndorsers(change.countryCode(), mail(change, what, "endorsers"));
	}

	private Mail mail(AwardApplicationStateChanged change, String what, String audience) {
		String cityName = cities.byId(change.cityId()).map(CityInfo::name).orElse("—");
		return Mail.template("award/mail/state-changed")
			.event("award-application:" + change.applicationId() + ":" + change.step() + ":" + audience)
			.subject("award.application.mail." + what + ".subject", cityName, String.valueOf(change.year()))
			.with("cityName", cityName)
			.with("year", String.valueOf(change.year()))
			.with("reference", change.reference())
			.with("introKey", "award.application.mail." + what + ".intro")
			.with("comment", change.comment())
			.link("/award/applications/" + change.applicationId())
			.build();
	}

}
