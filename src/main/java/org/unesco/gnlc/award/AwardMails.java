package org.unesco.gnlc.award;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.notification.Mail;
import org.unesco.gnlc.notification.Notifications;
import org.unesco.gnlc.notification.Recipients;
import org.unesco.gnlc.shared.security.Role;

/**
 * Tells whoever acts next, and the city, when an Award application changes state, in each
 * recipient's language: on submission the country's National Commission and the city's
 * officials, and UIL's administrators when the National Commission is not on the portal;
 * on the National Commission's decision the city (and UIL's administrators for a
 * nomination); on a withdrawal after submission the National Commission. UIL's review,
 * shortlist and the jury's selection stay internal: the city learns its result when the
 * recipients are published, each nominated city then told whether it receives the Award.
 * Runs after the change is committed; the event key (application, step on its timeline or
 * publication, audience) makes a redelivered event queue nothing twice.
 */
@Component
@RequiredArgsConstructor
class AwardMails {

	private final Notifications notifications;

	private final Cities cities;

	private final AwardApplicationRepository applications;

	private final Recipients recipients;

	@ApplicationModuleListener
	void on(AwardApplicationStateChanged change) {
		switch (change.to()) {
			case SUBMITTED -> {
				toEndorsers(change, "SUBMITTED");
				if (recipients.endorsers(change.countryCode()).isEmpty()) {
					// No National Commission on the portal: UIL is told, and invites it.
					notifications.toRole(Role.UIL_ADMIN,
							mail(change.applicationId(), String.valueOf(change.step()), change.year(),
									cityName(change.cityId()), change.reference(), "WITHOUT_ENDORSER", "uil", null,
									"/award/national-commissions/" + change.countryCode()));
				}
				toCity(change, "SUBMITTED");
			}
			case NOMINATED -> {
				// Back from UIL's shortlist is internal; a nomination by the National
				// Commission is not.
				if (change.from() == ApplicationState.SUBMITTED) {
					toCity(change, "NOMINATED");
					notifications.toRole(Role.UIL_ADMIN, mail(change, "NOMINATED", "uil"));
				}
			}
			case NOT_NOMINATED -> toCity(change, "NOT_NOMINATED");
			case WITHDRAWN -> {
				if (change.from() != ApplicationState.DRAFT) {
					toEndorsers(change, "WITHDRAWN");
				}
			}
			default -> {
				// A draft is the city's own business; review, shortlist and jury wait for
				// publication.
			}
		}
	}

	/** Each nominated city of the cycle learns whether it is among the recipients. */
	@ApplicationModuleListener
	void on(AwardCyclePublished published) {
		for (AwardApplication application : applications.findInCycle(published.cycleId(),
				ApplicationState.NOMINATIONS)) {
			String what = application.state() == ApplicationState.AWARDED ? "AWARDED" : "NOT_AWARDED";
			String cityName = cities.byId(application.cityId()).map(CityInfo::name).orElse("—");
			notifications.toCityOfficials(application.cityId(), mail(application.id(), "published", application.year(),
					cityName, application.reference(), what, "city", null, "/award/applications/" + application.id()));
		}
	}

	private void toCity(AwardApplicationStateChanged change, String what) {
		notifications.toCityOfficials(change.cityId(), mail(change, what, "city"));
	}

	private void toEndorsers(AwardApplicationStateChanged change, String what) {
		notifications.toEndorsers(change.countryCode(), mail(change, what, "endorsers"));
	}

	private String cityName(long cityId) {
		return cities.byId(cityId).map(CityInfo::name).orElse("—");
	}

	private Mail mail(AwardApplicationStateChanged change, String what, String audience) {
		String cityName = cities.byId(change.cityId()).map(CityInfo::name).orElse("—");
		return mail(change.applicationId(), String.valueOf(change.step()), change.year(), cityName, change.reference(),
				what, audience, change.comment(), "/award/applications/" + change.applicationId());
	}

	private static Mail mail(long applicationId, String step, int year, String cityName, @Nullable String reference,
			String what, String audience, @Nullable String comment, String link) {
		return Mail.template("award/mail/state-changed")
			.event("award-application:" + applicationId + ":" + step + ":" + audience)
			.subject("award.application.mail." + what + ".subject", cityName, String.valueOf(year))
			.with("cityName", cityName)
			.with("year", String.valueOf(year))
			.with("reference", reference)
			.with("introKey", "award.application.mail." + what + ".intro")
			.with("comment", comment)
			.link(link)
			.build();
	}

}
