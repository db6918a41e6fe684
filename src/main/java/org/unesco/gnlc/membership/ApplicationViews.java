package org.unesco.gnlc.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.membership.ApplicationDocuments.Kind;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.files.Signature;
import org.unesco.gnlc.shared.files.StoredDocument;
import org.unesco.gnlc.shared.security.PortalUser;

/** What the application pages show, assembled from the application in a few queries. */
@Component
@RequiredArgsConstructor
class ApplicationViews {

	/** The top of every application page. */
	record Header(long id, @Nullable String reference, String cityName, String countryCode, String countryName,
			ApplicationState state, @Nullable Instant submittedAt, long version) {
	}

	/** One line of the task list, numbered as the section's own page is. */
	record Task(int number, String messageKey, @Nullable String href, SectionStatus status) {
	}

	record Rating(String challenge, int rating) {
	}

	/** One thing still to do before the city can submit, with where to do it. */
	record Missing(String messageKey, @Nullable String sectionKey, String href) {
	}

	/** The signature step: whether the latest signed scan still matches the answers. */
	private final MembershipApplications applications;

	private final MembershipCalls calls;

	private final ReferenceData referenceData;

	Header header(MembershipApplication application, Locale locale) {
		String country = referenceData.country(application.countryCode(), locale)
			.map(CountryInfo::name)
			.orElse(application.countryCode());
		return new Header(application.id(), application.reference(), application.cityName(), application.countryCode(),
				country, application.state(), application.submittedAt(), application.version());
	}

	/**
	 * Everything about one application that this person may see, with the actions open to
	 * them.
	 */
	void fillDossier(Model model, PortalUser user, MembershipApplication application, Locale locale) {
		long id = application.id();
		List<StoredDocument<Kind>> documents = applications.documentsOf(user, id);
		Signature<Kind> signature = signature(application, documents);
		model.addAttribute("app", header(application, locale));
		model.addAttribute("answers", application);
		model.addAttribute("ratings", ratings(application, locale));
		model.addAttribute("signature", signature);
		model.addAttribute("documents", documents);
		model.addAttribute("transitions", user.isSecretariat() ? application.transitions()
				: application.transitions().stream().filter(step -> !step.isInternal()).toList());
		model.addAttribute("comments", applications.thread(user, id));
		model.addAttribute("tasks", tasks(application, signature));
		model.addAttribute("missing", missing(application, signature));
		model.addAttribute("allAnswered", application.allSectionsCompleted());
		model.addAttribute("sections", Section.values());
		boolean official = user.actsForCity(application.cityId());
		ApplicationState state = application.state();
		model.addAttribute("isOfficial", official);
		model.addAttribute("canEdit", official && state.isEditableByCity());
		model.addAttribute("canSubmit",
				official && state.isEditableByCity() && application.allSectionsCompleted() && signature.current());
		model.addAttribute("canWithdraw", official && state.isOpen());
		boolean endorser = user.endorsesFor(application.countryCode());
		model.addAttribute("canEndorse", endorser && state == ApplicationState.SUBMITTED);
		boolean secretariat = user.isSecretariat();
		model.addAttribute("isSecretariat", secretariat);
		model.addAttribute("canDecide", secretariat && state == ApplicationState.ENDORSED);
		model.addAttribute("recommendation", application.recommendation());
		model.addAttribute("recommendationNote", secretariat ? application.recommendationNote() : null);
	}

	List<Task> tasks(MembershipApplication application, Signature<Kind> signature) {
		List<Task> tasks = new ArrayList<>();
		String base = "/membership/applications/" + application.id();
		boolean editable = application.state().isEditableByCity();
		for (Section section : Section.values()) {
			tasks.add(new Task(section.number(), section.messageKey(),
					editable ? base + "/sections/" + section.slug() : null, application.status(section)));
		}
		boolean answered = application.allSectionsCompleted();
		SectionStatus signing = !answered ? SectionStatus.CANNOT_START_YET
				: signature.current() ? SectionStatus.COMPLETED
						: signature.signedForm() != null ? SectionStatus.IN_PROGRESS : SectionStatus.NOT_STARTED;
		int sections = Section.values().length;
		tasks.add(new Task(sections + 1, "membership.task.sign",
				answered && editable ? base + "/check#signature" : null, signing));
		SectionStatus submitting = application.state() == ApplicationState.SUBMITTED
				|| !application.state().isEditableByCity() ? SectionStatus.COMPLETED
						: signing == SectionStatus.COMPLETED ? SectionStatus.NOT_STARTED
								: SectionStatus.CANNOT_START_YET;
		tasks.add(new Task(sections + 2, "membership.task.submit",
				signing == SectionStatus.COMPLETED && editable ? base + "/check" : null, submitting));
		return tasks;
	}

	/**
	 * What stands between the city's draft and its submission, in the order of the task
	 * list.
	 */
	static List<Missing> missing(MembershipApplication application, Signature<Kind> signature) {
		List<Missing> missing = new ArrayList<>();
		if (!application.state().isEditableByCity()) {
			return missing;
		}
		String base = "/membership/applications/" + application.id();
		for (Section section : Section.values()) {
			if (application.status(section) != SectionStatus.COMPLETED) {
				missing.add(new Missing("membership.missing.section", section.messageKey(),
						base + "/sections/" + section.slug()));
			}
		}
		if (!application.allSectionsCompleted()) {
			missing.add(new Missing("membership.missing.signatureLater", null, base + "/check#signature"));
		}
		else if (signature.signedForm() == null) {
			missing.add(new Missing("membership.missing.signature", null, base + "/check#signature"));
		}
		else if (!signature.current()) {
			missing.add(new Missing("membership.missing.signatureOutdated", null, base + "/check#signature"));
		}
		return missing;
	}

	Signature<Kind> signature(MembershipApplication application, List<StoredDocument<Kind>> documents) {
		return Signature.of(documents, Kind.SIGNED_FORM, application.dataFingerprint());
	}

	List<Rating> ratings(MembershipApplication application, Locale locale) {
		Map<Long, Integer> given = application.ratings();
		List<Rating> ratings = new ArrayList<>();
		for (MembershipCalls.ChallengeOption challenge : calls.allChallenges(locale)) {
			Integer rating = given.get(challenge.id());
			if (rating != null) {
				ratings.add(new Rating(challenge.name(), rating));
			}
		}
		return ratings;
	}

	/** The data the mayor signs, with the fingerprint printed on every page. */
	Map<String, Object> printModel(MembershipApplication application, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("app", header(application, locale));
		model.put("answers", application);
		model.put("ratings", ratings(application, locale));
		model.put("fingerprint", application.dataFingerprint());
		model.put("sections", Section.values());
		return model;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
